/**
 * Used by scripts/bench.mjs where `/usr/bin/time` is missing (or with --launcher):
 * runs a node CLI in this very process and, as the process exits, writes its
 * peak resident set size to the file named first.
 *
 *   node bench-launcher.mjs <rss-out.json> <script.js> [args...]
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [rssFile, script, ...args] = process.argv.slice(2);
if (!rssFile || !script) {
  process.stderr.write('usage: node bench-launcher.mjs <rss-out.json> <script.js> [args...]\n');
  process.exit(2);
}
process.on('exit', (code) => {
  // maxRSS is in kilobytes, like GNU time's %M.
  writeFileSync(rssFile, JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS, code }));
});
// The script sees the command line it would see when run directly.
process.argv = [process.argv[0], resolve(script), ...args];
await import(pathToFileURL(resolve(script)).href);
