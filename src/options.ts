/**
 * Every option of an SDK, once: its config key, its command-line flag, the
 * values it takes and its help. The config's validation, the CLI's flags and
 * the flag-over-config merge are all derived from this table, so adding an
 * option is one row here plus the code that reads it.
 */
import {
  paginationOptionProblem,
  type PaginationOverrides,
} from './normalize/pagination-config.js';
import type { EnvOverrides } from './normalize/security.js';

interface Row {
  readonly key: string;
  /** Commander's spelling; none: config only. */
  readonly flag?: string;
  readonly help: string;
  readonly value:
    'boolean' | 'string' | 'identifier' | 'choice' | 'list' | 'count' | 'env' | 'pagination';
  readonly choices?: readonly string[];
  /** A flag of every run (`codegen`, `check`, `generate`, `validate`), not of `generate` alone. */
  readonly everyRun?: true;
}

export const SDK_OPTIONS = [
  {
    key: 'clientName',
    flag: '--client-name <name>',
    value: 'identifier',
    help: 'the client class name (default: from the TypeScript code samples or info.title)',
  },
  {
    key: 'emit',
    flag: '--emit <what>',
    value: 'choice',
    choices: ['types', 'functions', 'client'],
    help: 'which files: types only, types and functions, or the full client',
  },
  {
    key: 'layout',
    flag: '--layout <layout>',
    value: 'choice',
    choices: ['files', 'resources', 'single'],
    help: 'types.ts/operations.ts/client.ts, operations split by resource, or one index.ts',
  },
  {
    key: 'enumStyle',
    flag: '--enum-style <style>',
    value: 'choice',
    choices: ['const', 'union'],
    help: 'string enums as a union plus a const of values, or the union alone',
  },
  {
    key: 'examples',
    flag: '--examples <languages>',
    value: 'list',
    help: 'only these x-codeSamples languages as @example (comma-separated; "none" for none)',
  },
  {
    key: 'format',
    flag: '--no-format',
    value: 'boolean',
    help: 'skip prettier (faster; output stays deterministic)',
  },
  {
    key: 'pathsTypes',
    flag: '--paths-types',
    value: 'boolean',
    help: "also write paths.ts: openapi-typescript's paths/components types, for openapi-fetch",
  },
  {
    key: 'validate',
    flag: '--validate',
    value: 'boolean',
    help: 'also write schemas.ts (zod schemas of every type) and check each JSON response against them; the SDK then needs zod',
  },
  {
    key: 'dates',
    flag: '--dates <type>',
    value: 'choice',
    choices: ['string', 'Date'],
    help: 'how format: date-time and date fields of responses arrive: as sent (string), or converted to Date objects (needs --validate)',
  },
  {
    key: 'package',
    flag: '--package <name>',
    value: 'string',
    help: 'make the output a publishable npm package of this name: package.json, a build to JS and declarations, README.md, api.md',
  },
  {
    key: 'allowExternalRefs',
    flag: '--allow-external-refs',
    value: 'boolean',
    help: 'follow $refs to files outside the project (URLs are never fetched)',
  },
  {
    key: 'maxWarnings',
    flag: '--max-warnings <count>',
    value: 'count',
    everyRun: true,
    help: 'fail (exit 2, nothing written) when the spec has more warnings than this; 0 makes every warning an error',
  },
  {
    key: 'env',
    value: 'env',
    help: 'environment variables credentials fall back to: false for none, or { "<credential option>": "NAME" | ["USER", "PASSWORD"] | false }',
  },
  {
    key: 'pagination',
    value: 'pagination',
    help: 'per operation (operationId or function name): false for no pagination, or the descriptor to use: { "kind": "cursor" | "after" | "link" | "linkHeader" | "offset", "items": …, … }',
  },
] as const satisfies readonly Row[];

type OptionRow = (typeof SDK_OPTIONS)[number];

type ValueOf<R extends OptionRow> = R extends { readonly choices: ReadonlyArray<infer C> }
  ? C
  : R['value'] extends 'boolean'
    ? boolean
    : R['value'] extends 'string' | 'identifier'
      ? string
      : R['value'] extends 'list'
        ? readonly string[]
        : R['value'] extends 'count'
          ? number
          : R['value'] extends 'pagination'
            ? PaginationOverrides
            : EnvOverrides;

/** The options of one SDK, as the config and the flags give them. */
export type SdkOptions = { readonly [R in OptionRow as R['key']]?: ValueOf<R> | undefined };

/** The problem with `value` for this option, or undefined when it is valid. */
export function optionProblem(row: Row, value: unknown): string | undefined {
  const name = `"${row.key}"`;
  switch (row.value) {
    case 'boolean':
      return typeof value === 'boolean' ? undefined : `${name} must be true or false`;
    case 'string':
      return typeof value === 'string' ? undefined : `${name} must be a string`;
    case 'identifier':
      return typeof value === 'string' && IDENTIFIER.test(value)
        ? undefined
        : `${name} must be a TypeScript identifier such as MyClient (letters, digits, _ or $; not a digit first)`;
    case 'choice':
      return row.choices?.includes(value as string)
        ? undefined
        : `${name} must be ${orList(row.choices ?? [])}`;
    case 'list':
      return Array.isArray(value) && value.every((x) => typeof x === 'string')
        ? undefined
        : `${name} must be a list of strings`;
    case 'count':
      return Number.isSafeInteger(value) && (value as number) >= 0
        ? undefined
        : `${name} must be a whole number, 0 or more`;
    case 'env':
      return envProblem(value);
    case 'pagination':
      return paginationOptionProblem(value);
  }
}

// A client name that is no identifier (`my-client`) is refused, not silently made into another.
const IDENTIFIER = /^[\p{ID_Start}$_][\p{ID_Continue}$\u200C\u200D]*$/u;

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function envProblem(value: unknown): string | undefined {
  if (value === false) return undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return '"env" must be false or an object';
  for (const [option, names] of Object.entries(value)) {
    const list = typeof names === 'string' ? [names] : names;
    if (list === false) continue;
    if (
      !Array.isArray(list) ||
      list.length === 0 ||
      list.length > 2 ||
      !list.every((n) => typeof n === 'string' && ENV_NAME.test(n))
    ) {
      return `"env.${option}" must be false, a variable name, or [user name variable, password variable]`;
    }
  }
  return undefined;
}

/** `--examples TypeScript,Go` or `none`. */
export function parseList(text: string): string[] {
  return text === 'none'
    ? []
    : text
        .split(',')
        .map((l) => l.trim())
        .filter(Boolean);
}

/** Flags win over the config, option by option; a `--no-x` flag counts only when given. */
export function mergeOptions(
  config: SdkOptions,
  flags: Readonly<Record<string, unknown>>,
): SdkOptions {
  const merged: Record<string, unknown> = { ...config };
  for (const row of SDK_OPTIONS) {
    if (!('flag' in row)) continue;
    const flag = flags[row.key];
    const negated = row.flag.startsWith('--no-');
    if (negated ? flag === false : flag !== undefined) merged[row.key] = flag;
  }
  return merged as SdkOptions;
}

function orList(items: readonly string[]): string {
  const quoted = items.map((i) => `"${i}"`);
  return quoted.length <= 1
    ? quoted.join('')
    : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}
