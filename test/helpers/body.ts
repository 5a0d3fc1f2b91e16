/** A runtime `BodySpec` for a value and media type, made by the body function the generator would call. */
import { jsonBody, rawBody, type BodySpec, type Encodings } from '../../templates/runtime/body.js';
import { formBody } from '../../templates/runtime/form-body.js';
import { mediaKind } from '../../templates/runtime/media-kind.js';
import { multipartBody } from '../../templates/runtime/multipart-body.js';

export function bodyOf(value: unknown, contentType: string, encodings: Encodings = {}): BodySpec {
  switch (mediaKind(contentType)) {
    case 'json':
      return jsonBody(value, contentType);
    case 'form':
      return formBody(value, encodings, contentType);
    case 'multipart':
      return multipartBody(value, encodings, contentType);
    default:
      return rawBody(value, contentType);
  }
}
