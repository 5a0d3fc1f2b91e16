/**
 * `multipart/form-data` bodies: one part per field, and per item of an array.
 * A file goes as it is, with the content type the spec's `encoding` names when it
 * has none of its own; other values are text (an object as JSON), sent as a typed
 * part when the encoding names a type other than plain text. FormData gives such
 * a part a file name, so a plain-text field stays a plain field. A field whose encoding
 * has a style goes as form fields of that style. A `FormData` goes as it is.
 */
import type { BodySpec, Encodings } from './body.js';
import { InvalidArgumentError } from './errors.js';
import { formFields } from './form-body.js';
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
  // Built by the caller, where the spec's schema names no fields (one file).
  if (value instanceof FormData) return value;
  // A file or text alone names no part to go under: sent as fields, it would be an empty form.
  if (typeof value !== 'object' || value === null || value instanceof Blob || isBytes(value))
    throw new InvalidArgumentError('A multipart body is an object of fields or a FormData');
  const form = new FormData();
  // Fields before files, whatever order the caller's object has: a server that reads the body as
  // it comes needs what describes a file before it (Box refuses `attributes` after the file,
  // `metadata_after_file_contents`).
  const fields = Object.entries(value as Record<string, unknown>);
  const ordered = [
    ...fields.filter(([, field]) => !holdsFile(field)),
    ...fields.filter(([, field]) => holdsFile(field)),
  ];
  for (const [key, field] of ordered) {
    const encoding = own(encodings, key);
    // deepObject (OpenAPI 3.2; Stripe's `expand[]` and `file_link_data[create]`) writes a
    // field of values as a form would name its parts, and a list that says it is not exploded
    // goes as one part of its delimited items (Swagger 2.0's `collectionFormat: csv`, MotaWord's
    // `custom`, had gone as a part per item). Other styles, which OpenAPI 3.0 and 3.1 ignore in
    // multipart (Swashbuckle writes `style: form` on every field), change nothing, and files
    // always go as file parts.
    if (
      (encoding?.style === 'deepObject' ||
        // Of scalars: objects joined by commas would be no JSON (red team).
        (encoding?.style !== undefined &&
          encoding.explode === false &&
          Array.isArray(field) &&
          !field.some(isStructured))) &&
      !encoding.contentType &&
      !holdsFile(field)
    ) {
      // `forEach`: iterating URLSearchParams needs the DOM.Iterable lib, which users may leave out.
      formFields({ [key]: field }, { [key]: encoding }).forEach((text, name) =>
        form.append(name, text),
      );
      continue;
    }
    // One concrete type (not `image/*`, not a list; parameters allowed) can label a part.
    const named = encoding?.contentType;
    const essence = named?.split(';')[0]!.trim() ?? '';
    const partType = /^[^\s,*/]+\/[^\s,*/]+$/.test(essence) ? named : undefined;
    for (const item of Array.isArray(field) ? field : [field]) {
      if (item === undefined || item === null) continue;
      if (item instanceof Blob) {
        // Labelled anew, a file keeps its name (a Blob has none: FormData says `blob`).
        if (item.type || !partType) form.append(key, item);
        else
          form.append(
            key,
            new Blob([item], { type: partType }),
            (item as { name?: string }).name ?? 'blob',
          );
        continue;
      }
      const text = isStructured(item) ? JSON.stringify(item) : scalar(item);
      form.append(
        key,
        partType && !/^text\/plain$/i.test(essence) ? new Blob([text], { type: partType }) : text,
      );
    }
  }
  return form;
}

function holdsFile(value: unknown, depth = 0): boolean {
  if (value instanceof Blob) return true;
  // Nested as deep as any form would name (`doc[file]`), and no deeper: a cycle ends here.
  if (typeof value !== 'object' || value === null || depth > 16) return false;
  return Object.values(value).some((v) => holdsFile(v, depth + 1));
}

function isBytes(value: object): boolean {
  return (
    value instanceof ArrayBuffer || ArrayBuffer.isView(value) || value instanceof ReadableStream
  );
}
