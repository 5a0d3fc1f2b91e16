/**
 * `generate()`: the whole pipeline, load → normalize → emit → print → format →
 * write, each stage timed. Importable by build steps; never exits the process.
 */
import { credentialParameters } from './ir/credential-parameters.js';
import {
  CodegenError,
  fromPointer,
  locatedWhenRead,
  withWarnings,
  type Diagnostic,
} from './diagnostics.js';
import type { OpenAPI3 } from 'openapi-typescript';
import type { EmitOptions } from './emit/index.js';
import { defaultServerUrl, type Api } from './ir/api.js';
import { runtimeDependencies } from './emit/package/package-json.js';
import type { ApiChanges } from './ir/api-summary.js';
import type { EnvOverrides } from './normalize/security.js';
import type { PaginationOverrides } from './normalize/pagination-config.js';
import type { PrintedFile } from './print/print.js';
import type { FileChange } from './write/write.js';

// Loaded on the first run, not on import (see stages.ts).
const stages = () => import('./stages.js');

export interface GenerateOptions extends EmitOptions {
  /** Spec files, docs pages, or directories of them; merged into one API. */
  readonly input: string | readonly string[];
  /** The SDK's directory. */
  readonly output: string;
  /** Compare with the files on disk instead of writing. */
  readonly check?: boolean | undefined;
  /** Return the files without touching the disk. */
  readonly dryRun?: boolean | undefined;
  /** Overrides the client class name. */
  readonly clientName?: string | undefined;
  /** Renames or disables the environment variables credentials fall back to (`false`: none). */
  readonly env?: EnvOverrides | undefined;
  /** Per operation (operationId or function name): `false`, or the pagination descriptor to use. */
  readonly pagination?: PaginationOverrides | undefined;
  /** Allow `$ref`s to files outside the project (the nearest folder with a package.json or .git). */
  readonly allowExternalRefs?: boolean | undefined;
  /** Run prettier on the output (default true). */
  readonly format?: boolean | undefined;
  /** Only these `x-codeSamples` languages become `@example`s (default: all). */
  readonly examples?: readonly string[] | undefined;
  /** Also write `paths.ts`: openapi-typescript's `paths`/`components` types, for openapi-fetch users. */
  readonly pathsTypes?: boolean | undefined;
  /** Make the output a publishable npm package of this name (package.json, build, README.md, api.md). */
  readonly package?: string | undefined;
  /** `Date`: date and date-time fields of responses arrive as `Date` objects (needs `validate`). */
  readonly dates?: 'string' | 'Date' | undefined;
  /** More warnings than this are an error: nothing is written (CI's `0`: every warning fails). */
  readonly maxWarnings?: number | undefined;
}

export interface GenerateResult {
  readonly files: readonly PrintedFile[];
  /** What differs from the output directory (in `check` mode: what would change). */
  readonly changes: readonly FileChange[];
  readonly summary: {
    readonly operations: number;
    readonly types: number;
    readonly files: number;
    /** The environment variables the SDK reads credentials from. */
    readonly envVars: readonly string[];
    /** How many security schemes the spec declares: with none, credentials go in `headers`. */
    readonly securitySchemes: number;
    /** Parameters of calls that carry a credential, in a spec that declares no scheme. */
    readonly credentialParameters: number;
    /** Beside them, calls that take none: their credentials go in `headers`. */
    readonly someCallsTakeNone?: true;
    /** The API's first server, where the credentials go by default (absent when it names none). */
    readonly server?: string;
    /** The packages the SDK imports, with their ranges (zod, with `validate`); none otherwise. */
    readonly dependencies?: Readonly<Record<string, string>>;
    /** The first server's URL where a variable of it is the credential (Telegram's `bot{token}`). */
    readonly serverWithCredential?: string;
    /** Servers operations name for themselves (of the API's own site), where theirs go. */
    readonly operationServers?: readonly string[];
    /** The SDK is its types alone (`emit: types`): it sends nothing, and reads no credential. */
    readonly typesOnly?: true;
  };
  /** Every file read, `$ref`'d ones included. */
  readonly inputFiles: readonly string[];
  /** Operations and types added, removed or changed against the output directory. */
  readonly apiChanges: { readonly operations: ApiChanges; readonly types: ApiChanges };
  /** Doubts about a valid spec (no operationId, unused schemas…), each with where it is. */
  readonly warnings: readonly Diagnostic[];
  /** Milliseconds per stage. */
  readonly timings: Readonly<Record<string, number>>;
}

export type ValidateOptions = Pick<
  GenerateOptions,
  | 'input'
  | 'clientName'
  | 'allowExternalRefs'
  | 'env'
  | 'pagination'
  | 'validate'
  | 'dates'
  | 'maxWarnings'
>;

export interface ValidateResult {
  readonly api: Api;
  /** The loaded (bundled, merged, validated) document. */
  readonly document: OpenAPI3;
  /** Every file read, `$ref`'d ones included. */
  readonly inputFiles: readonly string[];
  readonly warnings: readonly Diagnostic[];
}

type Timer = <T>(stage: string, run: () => T | Promise<T>) => Promise<T>;
const untimed: Timer = async (_stage, run) => run();

/** Load and normalize without generating: every error throws, every doubt is a warning. */
export async function validate(options: ValidateOptions): Promise<ValidateResult> {
  return keepingWarnings(async (found) => {
    const result = await analyze(options, untimed, found);
    refuseTooManyWarnings(found, options.maxWarnings);
    return result;
  });
}

/** `maxWarnings` exceeded: an error, which carries the warnings to be shown with it. */
function refuseTooManyWarnings(
  found: readonly Diagnostic[],
  max: number | undefined,
  outcome = '',
): void {
  if (max === undefined || found.length <= max) return;
  const many = found.length === 1 ? '1 warning' : `${found.length} warnings`;
  throw new CodegenError([{ message: `${many}, more than maxWarnings (${max}) allows${outcome}` }]);
}

/** Runs a stage list that reports warnings into `found`; an error it throws carries them. */
async function keepingWarnings<T>(run: (found: Diagnostic[]) => Promise<T>): Promise<T> {
  const found: Diagnostic[] = [];
  try {
    return await run(found);
  } catch (error) {
    throw withWarnings(error, found);
  }
}

/** Warnings go into `found` as they are found, so that an error after them can carry them. */
async function analyze(
  options: ValidateOptions,
  time: Timer,
  found: Diagnostic[],
): Promise<ValidateResult> {
  const { loadSpec, normalizeDocument, collectWarnings } = await stages();
  const inputs = typeof options.input === 'string' ? [options.input] : [...options.input];
  refuseDatesWithoutValidation(options);
  const spec = await time('load', () =>
    loadSpec(inputs, {
      allowExternalRefs: options.allowExternalRefs,
      onWarning: (warning) => found.push(warning),
    }),
  );
  const located = (d: Diagnostic): Diagnostic => {
    const { pointer } = d;
    return spec.restate(
      d.location !== undefined || pointer === undefined
        ? { ...d, location: d.location }
        : locatedWhenRead(d, () => spec.locate(fromPointer(pointer))),
    );
  };
  const api = await time('normalize', () => {
    try {
      return normalizeDocument(spec.document, {
        clientName: options.clientName,
        env: options.env,
        pagination: options.pagination,
        validate: options.validate,
        dates: options.dates === 'Date',
      });
    } catch (error) {
      // Normalize knows the pointer of a problem; the loaded spec knows its file, line and column.
      throw error instanceof CodegenError
        ? new CodegenError(error.diagnostics.map(located))
        : error;
    }
  });
  found.push(
    ...[
      ...spec.warnings,
      ...collectWarnings(spec.document as unknown as Record<string, unknown>, api),
    ].map(located),
  );
  return { api, warnings: found, inputFiles: spec.files, document: spec.document };
}

/** Dates are converted while a response is checked: without the checks nothing would convert them. */
function refuseDatesWithoutValidation(options: ValidateOptions): void {
  if (options.dates === 'Date' && options.validate !== true)
    throw new CodegenError([
      {
        message:
          '"dates": "Date" (--dates Date) needs "validate": true (--validate): dates are converted while responses are checked',
      },
    ]);
}

export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  return keepingWarnings((found) => generateFiles(options, found));
}

async function generateFiles(
  options: GenerateOptions,
  found: Diagnostic[],
): Promise<GenerateResult> {
  const timings: Record<string, number> = {};
  const time: Timer = async (stage, run) => {
    const start = performance.now();
    try {
      return await run();
    } finally {
      timings[stage] = Math.round((performance.now() - start) * 10) / 10;
    }
  };
  const { api: analyzed, warnings, inputFiles, document } = await analyze(options, time, found);
  const {
    compareSummaries,
    diffOutput,
    draftText,
    emitSdk,
    filterCodeSamples,
    printDraft,
    readManifest,
    recoverInterruptedWrite,
    refuseForeignFiles,
    refuseUntrustedOutput,
    summarizeApi,
    withManifest,
    writeOutput,
  } = await stages();
  const api = options.examples ? filterCodeSamples(analyzed, options.examples) : analyzed;
  const plans = await time('emit', () => emitSdk(api, options));
  // openapi-typescript and prettier load only when asked for: start-up is paid on every build.
  if (options.pathsTypes) {
    const { pathsTypesFile } = await import('./emit/paths-types.js');
    plans.push(await time('paths', () => pathsTypesFile(document)));
  }
  const printed = await time('print', () => plans.map(printDraft));
  // Every file is formatted from the spec's text: nothing in the output folder vouches for a file's bytes.
  // Drafts printed whole in prettier's form need no format stage (GitHub's do not).
  const formatted =
    options.format === false || printed.every((d) => d.pieces.every((p) => p.formatted))
      ? printed.map((d) => ({ path: d.path, content: draftText(d) }))
      : await time('format', async () => (await import('./format/format.js')).formatFiles(printed));
  const documents = options.package
    ? (await import('./emit/package/index.js')).packageFiles(
        api,
        options.package,
        options.emit ?? 'client',
        options.validate,
      )
    : [];
  const fingerprints = summarizeApi(api);
  // Where credentials go: an operation server of another site gets none, nor one whose
  // operations take none of the schemes (Box's `account.box.com/authorize`, `security: []`),
  // unless the client's credential headers go there too (red team: Postmark's).
  const schemesOnly = api.securitySchemes.length > 0 && !api.clientHeaders?.length;
  const operationServers = [
    ...new Set(
      api.operations.flatMap((op) =>
        op.serverOfOtherSite || (schemesOnly && op.security.every((a) => a.length === 0))
          ? []
          : (op.server ?? []),
      ),
    ),
  ];
  const defaultServer = defaultServerUrl(api);
  const files = withManifest([...formatted, ...documents], fingerprints);
  // Every warning is in by now (emitting adds some): too many, and the output stays as it was.
  refuseTooManyWarnings(found, options.maxWarnings, options.check ? '' : ': nothing was written');
  // What the output folder holds is checked before anything in it changes, in check mode too.
  const guarded = options.dryRun
    ? undefined
    : await time('guard', () =>
        refuseUntrustedOutput(
          options.output,
          files.map((f) => f.path),
        ).catch(unwritable(options.output)),
      );
  // A run killed while writing is completed first (never in check mode, which writes nothing).
  if (!options.dryRun && !options.check)
    await time('recover', () =>
      recoverInterruptedWrite(options.output).catch(unwritable(options.output)),
    );
  const previous = options.dryRun ? undefined : (guarded ?? (await readManifest(options.output)));
  const changes = options.dryRun
    ? []
    : await time('compare', () =>
        diffOutput(options.output, files, previous).catch(unwritable(options.output)),
      );
  const apiChanges = compareSummaries(previous?.api ?? fingerprints, fingerprints);
  // Not after completing a killed run's write: what that moved in, codegen wrote.
  if (!options.check && guarded !== undefined) refuseForeignFiles(options.output, changes, guarded);
  if (!options.check && !options.dryRun)
    await time('write', () =>
      writeOutput(options.output, files, changes).catch(unwritable(options.output)),
    );
  const credentials = credentialParameters(api);
  return {
    files,
    changes,
    summary: {
      operations: api.operations.length,
      types: api.schemas.length,
      files: files.length,
      // Two spellings of one scheme share their variables: each is said once.
      envVars: [
        ...new Set([
          ...api.securitySchemes.flatMap((s) => s.envVars),
          ...(api.clientHeaders ?? []).flatMap((h) => h.envVar ?? []),
        ]),
      ],
      securitySchemes: api.securitySchemes.length,
      credentialParameters: credentials.perCall.length,
      ...(credentials.someTakeNone && { someCallsTakeNone: true }),
      ...(defaultServer !== undefined && { server: defaultServer }),
      ...(options.validate && { dependencies: runtimeDependencies(api) }),
      ...(api.servers[0]?.credentialVariable !== undefined && {
        serverWithCredential: api.servers[0].url,
      }),
      ...(operationServers.length > 0 && { operationServers }),
      ...(options.emit === 'types' && { typesOnly: true as const }),
    },
    warnings,
    apiChanges,
    inputFiles,
    timings,
  };
}

export interface CheckResult {
  /** True when the output directory holds exactly what the spec generates. */
  readonly upToDate: boolean;
  readonly changes: readonly FileChange[];
  readonly apiChanges: GenerateResult['apiChanges'];
}

/** Compares the output directory with what would be generated; writes nothing. */
export async function check(
  options: Omit<GenerateOptions, 'check' | 'dryRun'>,
): Promise<CheckResult> {
  const { changes, apiChanges } = await generate({ ...options, check: true });
  return { upToDate: changes.length === 0, changes, apiChanges };
}

// What the file system says about a folder the user named is bad input, not a bug of ours.
const UNWRITABLE = new Set([
  'ENOTDIR',
  'EEXIST',
  'EACCES',
  'EPERM',
  'EROFS',
  'ENOSPC',
  'ENAMETOOLONG',
  'EISDIR',
]);

function unwritable(output: string): (error: unknown) => never {
  return (error) => {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    if (code === undefined || !UNWRITABLE.has(code)) throw error;
    throw new CodegenError([
      { message: `Cannot write the SDK to ${output}: ${(error as Error).message}` },
    ]);
  };
}
