/**
 * What `check` says on drift: the API's changes (operations and types added,
 * removed, changed) and the files that differ. `--diff`'s patch is
 * `./patch.ts`: it goes to stdout, this to stderr.
 */
import type { GenerateResult } from '../generate.js';
import type { ApiChanges } from '../ir/api-summary.js';
import { MANIFEST, readManifest } from '../write/manifest.js';
import type { Colors } from './colors.js';

export async function checkReport(
  result: GenerateResult,
  outDir: string,
  shownAs: string,
  colors: Colors,
): Promise<string> {
  const lines = [colors.red(`${shownAs} differs from what the spec generates:`)];
  lines.push(
    ...describeChanges('operation', result.apiChanges.operations),
    ...describeChanges('type', result.apiChanges.types),
  );
  // The manifest changes with every other file (its fingerprints): it is news only on its own.
  const own = result.changes.filter((c) => c.path !== MANIFEST);
  const shown = own.length > 0 ? own : result.changes;
  // A file the manifest lists but the folder lacks was deleted, not added by the spec
  // (new-team trial: a deleted file had shown as "added").
  const written = new Set((await readManifest(outDir)).files);
  lines.push('files:');
  for (const c of shown) {
    const change = c.change === 'added' && written.has(c.path) ? 'missing' : c.change;
    lines.push(`  ${change.padEnd(8)} ${c.path}`);
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
