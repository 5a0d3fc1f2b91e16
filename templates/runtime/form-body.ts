/**
 * `application/x-www-form-urlencoded` bodies, per each property's Encoding
 * Object (https://spec.openapis.org/oas/v3.1.0#encoding-object). A nested
 * object with no encoding goes in bracket notation (`shipping[address][city]`),
 * as Stripe-style form APIs read it, never flattened into its parent.
 */
import type { BodySpec, Encoding, Encodings } from './body.js';
import { InvalidArgumentError } from './errors.js';
import { own } from './own.js';
import { appendBracketed, appendQuery, isStructured, scalar } from './serialize.js';

export function formBody(
  value: unknown,
  encodings: Encodings = {},
  contentType = 'application/x-www-form-urlencoded',
): BodySpec {
  return { value, contentType, encode: () => formFields(value, encodings) };
}

export function formFields(value: unknown, encodings: Encodings): URLSearchParams {
  const form = new URLSearchParams();
  for (const [key, field] of Object.entries(value as Record<string, unknown>))
    appendField(form, key, field, own(encodings, key));
  return form;
}

function appendField(
  form: URLSearchParams,
  key: string,
  value: unknown,
  encoding: Encoding | undefined,
): void {
  if (value === undefined) return;
  // A field set to null goes empty, as a form says none: Twilio's `LastReadMessageIndex=` unsets
  // it (a null had been left out, and the field kept its value).
  if (value === null) return form.append(key, '');
  // It would go as `{}`: its bytes lost without a word.
  if (value instanceof Blob)
    throw new InvalidArgumentError(
      `The field ${JSON.stringify(key)} is a file, which a form-urlencoded body cannot carry`,
    );
  const style = encoding?.style;
  if (style === 'deepObject') return appendBracketed(form, key, value);
  if (style !== undefined) {
    appendQuery(form, key, value, { style, explode: encoding?.explode ?? style === 'form' });
    return;
  }
  // A content type and no style: the value is written as that type (JSON text for JSON).
  if (encoding?.contentType !== undefined && isStructured(value)) {
    form.append(key, /json/i.test(encoding.contentType) ? JSON.stringify(value) : scalar(value));
    return;
  }
  // No encoding: scalars and arrays of scalars as form, exploded (`tag=a&tag=b`); objects bracketed.
  if (Array.isArray(value) && !value.some(isStructured)) {
    appendQuery(form, key, value);
    return;
  }
  appendBracketed(form, key, value);
}
