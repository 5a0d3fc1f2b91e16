/** An SDK generated in memory from a spec given as an object: its files and warnings, nothing written. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate, type GenerateOptions } from '../../src/index.js';

export async function generateSpec(
  spec: object,
  options: Omit<GenerateOptions, 'input' | 'output' | 'dryRun'> = {},
): ReturnType<typeof generate> {
  const dir = mkdtempSync(join(tmpdir(), 'codegen-spec-'));
  try {
    writeFileSync(join(dir, 'openapi.json'), JSON.stringify(spec));
    return await generate({
      ...options,
      input: join(dir, 'openapi.json'),
      output: 'unused',
      dryRun: true,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of one generated file. */
export function fileText(
  files: ReadonlyArray<{ path: string; content: string }>,
  path: string,
): string {
  return files.find((f) => f.path === path)!.content;
}
