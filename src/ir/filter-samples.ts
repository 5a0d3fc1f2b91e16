/** Keeps only the `x-codeSamples` in the languages the user wants in the docs. */
import type { Api } from './api.js';

export function filterCodeSamples(api: Api, languages: readonly string[]): Api {
  const wanted = new Set(languages.map((l) => l.toLowerCase()));
  return {
    ...api,
    operations: api.operations.map((op) => ({
      ...op,
      // By its label too: Svix's TypeScript sample is JavaScript by its language.
      codeSamples: op.codeSamples.filter(
        (s) => wanted.has(s.lang.toLowerCase()) || wanted.has(s.label?.toLowerCase() ?? ''),
      ),
    })),
  };
}
