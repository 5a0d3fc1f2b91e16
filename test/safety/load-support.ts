/** Shared by the load safety tests: temporary spec folders and a run of the generator that reports how it ended. */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { CodegenError } from '../../src/diagnostics.js';
import { generate, type GenerateOptions, type GenerateResult } from '../../src/generate.js';

const dirs: string[] = [];

/** A fresh folder; `cleanTempDirs` removes it. */
export function tempDir(prefix = 'codegen-load-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

export function cleanTempDirs(): void {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Writes `files` (path relative to `dir` → text, or a value written as JSON) and returns `dir`. */
export function writeFiles(dir: string, files: Readonly<Record<string, string | object>>): string {
  for (const [path, content] of Object.entries(files)) {
    const file = join(dir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
  return dir;
}

export type Outcome =
  | { readonly kind: 'ok'; readonly result: GenerateResult; readonly text: string }
  | { readonly kind: 'bad-input'; readonly message: string }
  | { readonly kind: 'crash'; readonly error: unknown };

/** Runs the whole generator in process without writing, and says how it ended. */
export async function run(
  input: string | readonly string[],
  options: Partial<GenerateOptions> = {},
): Promise<Outcome> {
  try {
    const result = await generate({
      input,
      output: join(tempDir(), 'sdk'),
      dryRun: true,
      format: false,
      ...options,
    });
    return { kind: 'ok', result, text: result.files.map((f) => f.content).join('\n') };
  } catch (error) {
    if (error instanceof CodegenError) return { kind: 'bad-input', message: error.message };
    return { kind: 'crash', error };
  }
}

/** The smallest valid document, with `extra` fields on top. */
export function spec(extra: Readonly<Record<string, unknown>> = {}): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: { title: 'T', version: '1' },
    paths: { '/a': { get: { operationId: 'getA', responses: { '200': { description: 'ok' } } } } },
    ...extra,
  };
}

/** A GET /a whose 200 JSON body is `schema`. */
export function returning(schema: unknown): Record<string, unknown> {
  return {
    '/a': {
      get: {
        operationId: 'getA',
        responses: { '200': { description: 'ok', content: { 'application/json': { schema } } } },
      },
    },
  };
}
