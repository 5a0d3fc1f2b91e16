/**
 * A fingerprint per operation and per type, kept in the output's manifest, so
 * that `check` can say what changed in the API's terms, not only which files.
 */
import { createHash } from 'node:crypto';
import type { Api } from './api.js';

export interface ApiSummary {
  /** Function name → fingerprint of the operation. */
  readonly operations: Readonly<Record<string, string>>;
  /** Type name → fingerprint of the schema. */
  readonly types: Readonly<Record<string, string>>;
}

export function summarizeApi(api: Api): ApiSummary {
  return {
    operations: Object.fromEntries(api.operations.map((op) => [op.functionName, fingerprint(op)])),
    types: Object.fromEntries(api.schemas.map((s) => [s.typeName, fingerprint(s.schema)])),
  };
}

export interface ApiChanges {
  readonly added: string[];
  readonly removed: string[];
  readonly changed: string[];
}

export function compareSummaries(
  before: ApiSummary,
  after: ApiSummary,
): { operations: ApiChanges; types: ApiChanges } {
  return {
    operations: compare(before.operations, after.operations),
    types: compare(before.types, after.types),
  };
}

function compare(
  before: Readonly<Record<string, string>>,
  after: Readonly<Record<string, string>>,
): ApiChanges {
  const names = (r: Readonly<Record<string, string>>) => Object.keys(r);
  return {
    added: names(after)
      .filter((n) => !(n in before))
      .sort(),
    removed: names(before)
      .filter((n) => !(n in after))
      .sort(),
    changed: names(after)
      .filter((n) => n in before && before[n] !== after[n])
      .sort(),
  };
}

function fingerprint(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 12);
}
