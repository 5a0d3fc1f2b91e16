/** The SDK's HTTP core: `templates/runtime/*.ts`, copied into `<out>/runtime/`. */
import { readdir, readFile } from 'node:fs/promises';
import { packagePath } from '../package-root.js';
import type { FilePlan } from './file-plan.js';

const RUNTIME_DIR = packagePath('templates/runtime/');

let cached: Promise<FilePlan[]> | undefined;

export function runtimeFiles(): Promise<FilePlan[]> {
  cached ??= (async () => {
    const names = (await readdir(RUNTIME_DIR)).filter((n) => n.endsWith('.ts')).sort();
    return Promise.all(
      names.map(async (name) => ({
        path: `runtime/${name}`,
        text: await readFile(RUNTIME_DIR + name, 'utf8'),
      })),
    );
  })();
  return cached;
}
