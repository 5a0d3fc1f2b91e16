/**
 * The document against the official OpenAPI 3.0 / 3.1 JSON Schemas (3.1's
 * Schema Objects against JSON Schema 2020-12), so a typo such as
 * `type: strin` is an error at its line instead of a silent `unknown`.
 *
 * The validators are compiled when the generator is built
 * (scripts/build-oas-validators.mjs) and only loaded here: compiling the
 * schemas on every run would cost more than validating GitHub's spec.
 */
import { createRequire } from 'node:module';
import type { Diagnostic } from '../diagnostics.js';
import { toPointer } from '../diagnostics.js';
import { packagePath } from '../package-root.js';
import { reduceSchemaErrors, type AjvError } from './schema-errors.js';
import type { Locate } from './validate.js';

interface CompiledValidator {
  (data: unknown): boolean;
  errors?: AjvError[] | null;
}

const require = createRequire(import.meta.url);
const loaded = new Map<string, CompiledValidator>();

function validator(version: '30' | '31'): CompiledValidator {
  let compiled = loaded.get(version);
  if (compiled === undefined) {
    compiled = require(packagePath(`dist/oas-validators/oas${version}.cjs`)) as CompiledValidator;
    loaded.set(version, compiled);
  }
  return compiled;
}

export interface SchemaValidation {
  readonly errors: Diagnostic[];
  readonly warnings: Diagnostic[];
}

/** Every violation, located; unknown keys (which change nothing) as warnings. */
export function validateAgainstOasSchema(
  document: Record<string, unknown>,
  locate: Locate,
): SchemaValidation {
  const version = String(document.openapi).startsWith('3.0') ? '30' : '31';
  const validate = validator(version);
  const result: SchemaValidation = { errors: [], warnings: [] };
  let valid: boolean;
  try {
    valid = validate(document);
  } catch (error) {
    // The validators recurse with the document; load refuses documents deeper than they can go.
    if (!(error instanceof RangeError)) throw error;
    result.errors.push({ message: 'The document nests too deeply to be validated', pointer: '/' });
    return result;
  }
  if (valid) return result;
  for (const problem of reduceSchemaErrors(validate.errors ?? [], document)) {
    const diagnostic: Diagnostic = {
      message: problem.message,
      pointer: toPointer(problem.segments) || '/',
      location: locate(problem.segments),
    };
    (problem.severity === 'error' ? result.errors : result.warnings).push(diagnostic);
  }
  return result;
}
