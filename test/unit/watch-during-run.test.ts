/** A save made while a run is in progress (the user fixing the error it printed) is not missed. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { watchPaths } from '../../src/watch.js';

it('a change during a run triggers the next one', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'codegen-watch-run-'));
  const file = join(dir, 'spec.yaml');
  writeFileSync(file, 'a');
  const stop = new AbortController();
  const runs: string[] = [];
  try {
    const watching = watchPaths({
      paths: () => [file],
      intervalMs: 20,
      debounceMs: 20,
      signal: stop.signal,
      onChange: async () => {
        runs.push('run');
        // The first run is slow; the fix is saved while it runs.
        if (runs.length === 1) {
          await new Promise((resolve) => setTimeout(resolve, 50));
          writeFileSync(file, 'fixed, and longer');
          await new Promise((resolve) => setTimeout(resolve, 50));
        } else stop.abort();
      },
    });
    writeFileSync(file, 'broken');
    await Promise.race([
      watching,
      new Promise((_, reject) => setTimeout(() => reject(new Error('no second run')), 5000)),
    ]);
    expect(runs).toEqual(['run', 'run']);
  } finally {
    stop.abort();
    rmSync(dir, { recursive: true, force: true });
  }
});

// "watching" was printed before the watcher took its first look: under load, a save made in
// between was the state it compared against, and never ran (a fresh clone's CI saw it once).
it('a save made as soon as it says it is watching is a change', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'codegen-watch-ready-'));
  const file = join(dir, 'spec.yaml');
  writeFileSync(file, 'a');
  const stop = new AbortController();
  let runs = 0;
  try {
    let ready = 0;
    const watching = watchPaths({
      paths: () => [file],
      intervalMs: 20,
      debounceMs: 20,
      signal: stop.signal,
      onReady: () => {
        ready++;
        // The user saves the moment the words appear.
        if (ready === 1) writeFileSync(file, 'changed at once');
      },
      onChange: async () => {
        runs++;
        stop.abort();
      },
    });
    await Promise.race([
      watching,
      new Promise((_, reject) => setTimeout(() => reject(new Error('the save was missed')), 5000)),
    ]);
    expect(runs).toBe(1);
  } finally {
    stop.abort();
    rmSync(dir, { recursive: true, force: true });
  }
});
