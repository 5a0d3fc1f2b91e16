/**
 * Watch mode. Polls the inputs (and every file they `$ref`) rather than using
 * fs.watch: editors save by renaming, which fs.watch loses track of, and a few
 * stat calls every 200 ms cost nothing. Changes are debounced; a broken save
 * only prints its error, because a failed run never touches the output.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface WatchOptions {
  /** The paths to watch now (files or directories); asked again after each run. */
  readonly paths: () => readonly string[];
  /** Runs after a change has settled. */
  readonly onChange: () => Promise<void>;
  /**
   * Called once what a change is measured against is taken, and after each run: the moment
   * to say "watching", so that no save after the words can be taken for the state before.
   */
  readonly onReady?: () => void;
  readonly intervalMs?: number;
  readonly debounceMs?: number;
  readonly signal?: AbortSignal;
}

export async function watchPaths(options: WatchOptions): Promise<void> {
  const interval = options.intervalMs ?? 200;
  const debounce = options.debounceMs ?? 150;
  let last = signature(options.paths());
  options.onReady?.();
  while (!options.signal?.aborted) {
    await delay(interval);
    let now = signature(options.paths());
    if (now === last) continue;
    // Let a burst of saves settle before regenerating.
    for (let settled = false; !settled;) {
      await delay(debounce);
      const again = signature(options.paths());
      settled = again === now;
      now = again;
    }
    // What the run reads, not what is there after it: a save made while it runs (the user
    // fixing the error it just printed) is a change the next poll sees. New files the run
    // found to watch (a new $ref) cost one more run, which changes nothing.
    last = now;
    await options.onChange();
    options.onReady?.();
  }
}

/** One string that changes when any watched file is added, removed or modified. */
function signature(paths: readonly string[]): string {
  return paths.map(describe).join('\n');
}

function describe(path: string): string {
  try {
    const info = statSync(path);
    if (!info.isDirectory()) return `${path} ${info.mtimeMs} ${info.size}`;
    return readdirSync(path, { recursive: true, encoding: 'utf8' })
      .sort()
      .map((entry) => describe(join(path, entry)))
      .join('\n');
  } catch {
    return `${path} missing`;
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
