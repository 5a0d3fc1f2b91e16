/**
 * Global setup of the real-APIs suite: cuts each slice from the pinned corpus,
 * generates its SDK in-process, and type-checks every SDK in one strict program
 * (one lib.dom parse, not six). The tests get where each SDK is and how its
 * functions are named through `inject('realApis')`.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import type { TestProject } from 'vitest/node';
import { generate, validate } from '../../src/index.js';
import { SDK_COMPILER_OPTIONS } from '../helpers/typecheck.js';
import {
  REAL_APIS,
  USAGE_FILE,
  operationLabel,
  operationsOf,
  type GeneratedSdk,
  type RealApi,
} from './apis.js';
import { sliceSpec } from './slice.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const CORPUS_MODULES = join(ROOT, '.cache', 'corpus', 'node_modules');
// Inside the repository, so vitest imports the SDKs like any other test file; ignored by git.
const OUT = join(ROOT, 'test', '.tmp', 'real-apis');

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(CORPUS_MODULES))
    throw new Error(
      'the pinned corpus is missing: run `npm run test:real-apis`, which installs it',
    );
  const slices = await mkdtemp(join(tmpdir(), 'codegen-real-apis-'));
  await rm(OUT, { recursive: true, force: true });

  const started = performance.now();
  const sdks: Record<string, GeneratedSdk> = {};
  for (const api of REAL_APIS) sdks[api.name] = await generateSlice(api, slices);
  const generated = performance.now();

  const roots = Object.values(sdks).flatMap((sdk) =>
    sdk.ok ? [join(sdk.dir, 'index.ts'), join(sdk.dir, USAGE_FILE)] : [],
  );
  const diagnostics = roots.length === 0 ? [] : typecheckAll(roots);
  project.provide('realApis', {
    sdks,
    diagnostics,
    timings: {
      sliceAndGenerateMs: Math.round(generated - started),
      typecheckMs: Math.round(performance.now() - generated),
    },
  });

  return async () => {
    await rm(slices, { recursive: true, force: true });
    // REAL_APIS_KEEP=1 keeps the SDKs in test/.tmp/real-apis for reading after a failure.
    if (!process.env.REAL_APIS_KEEP) await rm(OUT, { recursive: true, force: true });
  };
}

async function generateSlice(api: RealApi, slices: string): Promise<GeneratedSdk> {
  try {
    const doc = JSON.parse(await readFile(join(CORPUS_MODULES, api.spec), 'utf8')) as Record<
      string,
      unknown
    >;
    const input = join(slices, `${api.name}.json`);
    await writeFile(input, JSON.stringify(sliceSpec(doc, operationsOf(api)), null, 2));
    const dir = join(OUT, api.name);
    await generate({ input, output: dir });
    await writeFile(join(dir, 'package.json'), '{ "type": "module" }\n');
    // The IR names every function; the tests look them up by method and path, never by a guessed name.
    const { api: ir } = await validate({ input });
    const functions: Record<string, string> = {};
    for (const op of ir.operations) functions[operationLabel(op)] = op.functionName;
    const credentialOptions: Record<string, string> = {};
    for (const scheme of ir.securitySchemes) credentialOptions[scheme.key] = scheme.optionName;
    await writeFile(join(dir, USAGE_FILE), usageSource(api, ir.client.className, functions));
    return { ok: true, dir, clientName: ir.client.className, functions, credentialOptions };
  } catch (error) {
    return { ok: false, error: String((error as Error)?.stack ?? error) };
  }
}

/** The calls of `api`'s tests as a user writes them: awaited, or walked with `for await`. */
function usageSource(
  api: RealApi,
  clientName: string,
  functions: Readonly<Record<string, string>>,
): string {
  const lines = Object.entries(api.calls).map(([name, call]) => {
    const fn = functions[operationLabel(call.operation)] ?? `missing_${name}`;
    const args = ['client', ...call.args.map((a) => JSON.stringify(a))].join(', ');
    return call.iterated
      ? `  for await (const item of sdk.${fn}(${args})) void item; // ${name}`
      : `  await sdk.${fn}(${args}); // ${name}`;
  });
  return [
    `import * as sdk from './index.js';`,
    '',
    `export async function calls(client: sdk.${clientName}): Promise<void> {`,
    ...lines,
    '}',
    '',
  ].join('\n');
}

function typecheckAll(roots: readonly string[]): string[] {
  const program = ts.createProgram(roots, SDK_COMPILER_OPTIONS);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    if (!d.file || d.start === undefined) return message;
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    const file = relative(OUT, d.file.fileName).split(sep).join('/');
    return `${file}:${line + 1}:${character + 1} ${message}`;
  });
}
