/**
 * Which of the runtime's modules an SDK carries: the optional ones only where its API uses
 * them, so an SDK without streams has no `sse.ts` for its users to compile and read (GitHub's
 * source was 8.5 KB larger for it), and `runtime/index.ts` exports only what is there.
 */
import type { Api, BodyAlternative } from '../ir/api.js';
import type { FilePlan } from './file-plan.js';
import { hasIdempotencyKeys } from './idempotency.js';

const bodies = (api: Api): BodyAlternative[] =>
  api.operations.flatMap((op) => op.body?.alternatives ?? []);

/** The optional modules, each with what makes an API need it; the others always go. */
const OPTIONAL: ReadonlyArray<
  readonly [file: string, uses: (api: Api, validate: boolean) => boolean]
> = [
  ['sse.ts', (api) => api.operations.some((op) => op.streaming || op.eventStream !== undefined)],
  ['json-lines.ts', (api) => api.operations.some((op) => op.jsonLines !== undefined)],
  [
    'text-chunks.ts',
    (api) =>
      api.operations.some(
        (op) => op.streaming || op.eventStream !== undefined || op.jsonLines !== undefined,
      ),
  ],
  ['pagination.ts', (api) => api.operations.some((op) => op.pagination !== undefined)],
  ['link-header.ts', (api) => api.operations.some((op) => op.pagination !== undefined)],
  ['multipart-body.ts', (api) => bodies(api).some((a) => a.mediaType.kind === 'multipart')],
  // The multipart encoder writes deepObject fields as a form would.
  [
    'form-body.ts',
    (api) =>
      bodies(api).some((a) => a.mediaType.kind === 'form' || a.mediaType.kind === 'multipart'),
  ],
  ['idempotency.ts', hasIdempotencyKeys],
  ['client-headers.ts', (api) => (api.clientHeaders ?? []).length > 0],
  // The body checks ship only with the schemas they check against.
  ['validate.ts', (_api, validate) => validate],
];

/** Whether an SDK of `api` carries a runtime module (`sse.ts`). */
export function carries(api: Api, file: string, validate = false): boolean {
  const optional = OPTIONAL.find(([name]) => name === file);
  return optional === undefined || optional[1](api, validate);
}

/** The runtime's files an SDK of `api` carries, its index cut to match. */
export function runtimeModules(
  files: readonly FilePlan[],
  api: Api,
  validate: boolean,
): FilePlan[] {
  const left = new Set(OPTIONAL.filter(([, uses]) => !uses(api, validate)).map(([file]) => file));
  return files
    .filter((file) => !left.has(file.path.replace(/^runtime\//, '')))
    .map((file) =>
      file.path === 'runtime/index.ts' && 'text' in file
        ? { ...file, text: withoutExports(file.text, left) }
        : file,
    );
}

/** The index without the exports (of one line or several) of the modules left out. */
function withoutExports(index: string, left: ReadonlySet<string>): string {
  return index.replace(/^export [^;]*? from '\.\/([\w-]+)\.js';\n/gm, (statement, from: string) =>
    left.has(`${from}.ts`) ? '' : statement,
  );
}
