#!/usr/bin/env node
/** Installs the pinned corpus into `.cache/corpus/` when missing (see docs/corpus.md); nothing when present. */
import { ensureCorpus } from './corpus-cache.mjs';

try {
  ensureCorpus();
} catch (error) {
  process.stderr.write(`corpus: ${error?.message ?? error}\n`);
  process.exit(1);
}
