/**
 * `multipart/form-data` bodies: one part per field, and per item of an array.
 * Files go as they are; an object is JSON text, or a typed part when the
 * spec's `encoding` names its content type.
 */
import type { BodySpec, Encodings } from './body.js';
import { own } from './own.js';
import { isStructured, scalar } from './serialize.js';

export function multipartBody(
  value: unknown,
  encodings: Encodings = {},
  contentType = 'multipart/form-data',
): BodySpec {
  return { value, contentType, encode: () => multipartParts(value, encodings) };
}

export function multipartParts(value: unknown, encodings: Encodings): FormData {
  const form = new FormData();
  for (const [key, field] of Object.entries(value as Record<string, unknown>)) {
    const partType = own(encodings, key)?.contentType;
    for (const item of Array.isArray(field) ? field : [field]) {
      if (item === undefined || item === null) continue;
      if (item instanceof Blob) {
        form.append(key, item);
        continue;
      }
      const text = isStructured(item) ? JSON.stringify(item) : scalar(item);
      form.append(key, partType ? new Blob([text], { type: partType }) : text);
    }
  }
  return form;
}
