#!/usr/bin/env node
/**
 * Compiles the OpenAPI 3.0 and 3.1 JSON Schemas into standalone ajv validators
 * (dist/oas-validators/oas30.cjs, oas31.cjs), so a run loads plain code instead
 * of compiling 60 kB of schema every time (see src/load/schema-validation.ts).
 *
 * The schemas are the OAI's, as published by @seriousme/openapi-schema-validator
 * (kept current, $dynamicRefs made plain for ajv). 3.1's Schema Objects are
 * checked against JSON Schema 2020-12's meta-schema, which the published
 * schema leaves out ("without Schema Object validation"): a typo such as
 * `type: strin` is what this validation exists to catch.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import Ajv04 from 'ajv-draft-04';

const require = createRequire(import.meta.url);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'dist', 'oas-validators');

function publishedSchema(version) {
  const file = require.resolve(
    `@seriousme/openapi-schema-validator/schemas/v${version}/schema.json`,
  );
  return JSON.parse(readFileSync(file, 'utf8'));
}

/**
 * Every error, not the first (a valid document costs the same either way).
 * Formats are not judged: a URL's spelling does not change the SDK. CommonJS,
 * so the loader can require it synchronously and ajv's runtime helpers resolve.
 */
const OPTIONS = {
  allErrors: true,
  strict: false,
  validateFormats: false,
  code: { source: true, optimize: true },
};

function oas30(options) {
  const ajv = new Ajv04(options);
  const schema = referencesByPresence(publishedSchema('3.0'));
  return standaloneCode(ajv, ajv.compile(schema));
}

function oas31(options) {
  const ajv = new Ajv2020(options);
  const schema = publishedSchema('3.1');
  // The specification says a link parameter is "Any | {expression}"; the published
  // schema narrows it to strings, which would refuse valid documents.
  schema.$defs.link.properties.parameters = {
    $comment: 'https://spec.openapis.org/oas/v3.1#link-object: Map[string, Any | {expression}]',
    type: 'object',
  };
  schema.$defs.schema = {
    $comment: 'https://spec.openapis.org/oas/v3.1#schema-object: a JSON Schema 2020-12 schema',
    $ref: 'https://json-schema.org/draft/2020-12/schema',
  };
  return standaloneCode(ajv, ajv.compile(schema));
}

/**
 * `oneOf: [X, Reference]` checks every value against both: each of GitHub's
 * 30,000 schemas is validated twice, and the failing branch's errors are built
 * and thrown away. Every object X can be rejects a `$ref` key (all but
 * Reference forbid unknown keys), so the value's `$ref` alone picks the branch:
 * `if: {required: [$ref]}, then: Reference, else: X` (as the 3.1 schema itself
 * is written) accepts and rejects the same documents, and reports only the
 * branch the value was meant for.
 */
function referencesByPresence(schema) {
  const REFERENCE = '#/definitions/Reference';
  const visit = (node) => {
    if (Array.isArray(node)) return node.map(visit);
    if (node === null || typeof node !== 'object') return node;
    const out = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, visit(value)]));
    const branches = out.oneOf;
    if (
      Array.isArray(branches) &&
      branches.length === 2 &&
      branches.every((b) => typeof b.$ref === 'string' && Object.keys(b).length === 1) &&
      branches.some((b) => b.$ref === REFERENCE)
    ) {
      const other = branches.find((b) => b.$ref !== REFERENCE);
      delete out.oneOf;
      Object.assign(out, {
        if: { type: 'object', required: ['$ref'] },
        then: { $ref: REFERENCE },
        else: other,
      });
    }
    return out;
  };
  return visit(schema);
}

mkdirSync(OUT, { recursive: true });
for (const [name, build] of [
  ['oas30', oas30],
  ['oas31', oas31],
]) {
  writeFileSync(join(OUT, `${name}.cjs`), build(OPTIONS));
}
