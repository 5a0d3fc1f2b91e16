/**
 * What `check` prints on drift: the API's changes (operations and types
 * added, removed, changed), the files that differ, and with `--diff` a
 * unified diff of each.
 */
import type { GenerateResult } from '../generate.js';
import type { ApiChanges } from '../ir/api-summary.js';
import { MANIFEST } from '../write/manifest.js';
import { readOutputFile } from '../write/write.js';
import type { Colors } from './colors.js';

export async function checkReport(
  result: GenerateResult,
  outDir: string,
  shownAs: string,
  colors: Colors,
  withDiff: boolean,
): Promise<string> {
  const lines = [colors.red(`${shownAs} differs from what the spec generates:`)];
  lines.push(
    ...describeChanges('operation', result.apiChanges.operations),
    ...describeChanges('type', result.apiChanges.types),
  );
  // The manifest changes with every other file (its fingerprints): it is news only on its own.
  const own = result.changes.filter((c) => c.path !== MANIFEST);
  const shown = own.length > 0 ? own : result.changes;
  lines.push('files:');
  for (const c of shown) lines.push(`  ${c.change.padEnd(8)} ${c.path}`);
  if (withDiff) {
    // The diff library loads only for `--diff`: an up-to-date check never needs it.
    const { createTwoFilesPatch } = await import('diff');
    const byPath = new Map(result.files.map((f) => [f.path, f.content]));
    for (const c of shown) {
      // Never through a symlink: a diff shows only what the output folder itself holds.
      const before = (await readOutputFile(outDir, c.path)) ?? '';
      const after = byPath.get(c.path) ?? '';
      lines.push(
        colorize(
          createTwoFilesPatch(`a/${c.path}`, `b/${c.path}`, before, after, '', '', { context: 3 }),
          colors,
        ).trimEnd(),
      );
    }
  }
  lines.push('Run `npx codegen` to regenerate.');
  return `${lines.join('\n')}\n`;
}

function describeChanges(kind: string, changes: ApiChanges): string[] {
  const out: string[] = [];
  for (const [verb, names] of [
    ['added', changes.added],
    ['removed', changes.removed],
    ['changed', changes.changed],
  ] as const) {
    if (names.length > 0) out.push(`  ${kind}s ${verb}: ${names.join(', ')}`);
  }
  return out;
}

function colorize(patch: string, colors: Colors): string {
  return patch
    .split('\n')
    .map((line) =>
      line.startsWith('+') && !line.startsWith('+++')
        ? colors.green(line)
        : line.startsWith('-') && !line.startsWith('---')
          ? colors.red(line)
          : line,
    )
    .join('\n');
}
