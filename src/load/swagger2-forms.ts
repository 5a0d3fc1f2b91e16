/**
 * Swagger 2.0's `collectionFormat` of a form field, which the converter drops: `csv`, 2.0's
 * default, sends `scopes=read,write`, where OpenAPI 3's default form field is exploded
 * (`scopes=read&scopes=write`). Written back as the field's `encoding` in the converted
 * document's form body, `application/x-www-form-urlencoded` or `multipart/form-data` (MotaWord's
 * `custom`, `csv`, had gone as a part per item).
 */
import { isRecord } from './dictionary.js';

type Raw = Record<string, unknown>;

const STYLES: Readonly<Record<string, { style: string; explode: boolean }>> = {
  __proto__: null,
  csv: { style: 'form', explode: false },
  ssv: { style: 'spaceDelimited', explode: false },
  pipes: { style: 'pipeDelimited', explode: false },
  multi: { style: 'form', explode: true },
} as never;

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'];

const FORMS = ['application/x-www-form-urlencoded', 'multipart/form-data'];

export function keepFormCollectionFormats(original: Raw, converted: Raw): void {
  const paths = original.paths;
  if (!isRecord(paths) || !isRecord(converted.paths)) return;
  for (const [path, item] of Object.entries(paths)) {
    const convertedItem = own(converted.paths, path);
    if (!isRecord(item) || !isRecord(convertedItem)) continue;
    for (const method of METHODS) {
      const operation = own(item, method);
      const convertedOperation = own(convertedItem, method);
      const given = own(convertedOperation, 'requestBody');
      let body = resolve(converted, given);
      if (!isRecord(operation) || !isRecord(convertedOperation)) continue;
      // The operation's own first: it overrides its path's parameter of the same name.
      const named = new Map<string, Raw>();
      for (const p of [...list(operation.parameters), ...list(item.parameters)].map((p) =>
        resolve(original, p),
      ))
        if (isRecord(p) && p.in === 'formData' && typeof p.name === 'string' && !named.has(p.name))
          named.set(p.name, p);
      const fields = [...named.values()].filter((p) => p.type === 'array');
      const formatOf = (field: Raw) =>
        STYLES[typeof field.collectionFormat === 'string' ? field.collectionFormat : 'csv'];
      for (const media of FORMS) {
        const found = own(own(body, 'content'), media);
        if (!isRecord(found)) continue;
        let form: Raw = found;
        // The converter shares one body among operations whose forms look alike: where this one's
        // formats differ from those written there, it takes a copy of its own (red team: `multi`
        // had gone as `csv`, the first operation's).
        const written = isRecord(form.encoding) ? form.encoding : {};
        const differs = fields.some((field) => {
          const there = own(written, String(field.name));
          const format = formatOf(field);
          return (
            isRecord(there) &&
            format !== undefined &&
            (there.style !== format.style || there.explode !== format.explode)
          );
        });
        if (differs && body !== given) {
          body = structuredClone(body);
          convertedOperation.requestBody = body;
          form = own(own(body, 'content'), media) as Raw;
          delete form.encoding;
        }
        for (const field of fields) {
          const format = formatOf(field);
          if (format === undefined || typeof field.name !== 'string') continue;
          const encoding = isRecord(form.encoding) ? form.encoding : (form.encoding = {});
          // Defined, not assigned: a field named `__proto__` is a field.
          if (!Object.hasOwn(encoding, field.name))
            Object.defineProperty(encoding, field.name, {
              value: { ...format },
              enumerable: true,
              writable: true,
              configurable: true,
            });
        }
      }
    }
  }
}

function own(value: unknown, key: string): unknown {
  return isRecord(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A local `$ref` (`#/parameters/scopes`, `#/components/requestBodies/login`) followed once. */
function resolve(document: Raw, value: unknown): unknown {
  const ref = own(value, '$ref');
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return value;
  return ref
    .slice(2)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((at, part) => own(at, part), document);
}
