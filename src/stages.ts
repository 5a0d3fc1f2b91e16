/**
 * The pipeline's stage modules, which generate.ts loads on its first run: a
 * process that imports generate.ts only to hand SDKs to worker threads (the
 * CLI with several SDKs) never loads the generator itself.
 */
export { emitSdk } from './emit/index.js';
export { filterCodeSamples } from './ir/filter-samples.js';
export { compareSummaries, summarizeApi } from './ir/api-summary.js';
export { loadSpec } from './load/index.js';
export { normalizeDocument } from './normalize/document.js';
export { collectWarnings } from './normalize/warnings.js';
export { draftText, printDraft } from './print/print.js';
export { readManifest } from './write/manifest.js';
export {
  diffOutput,
  recoverInterruptedWrite,
  refuseForeignFiles,
  refuseUntrustedOutput,
  withManifest,
  writeOutput,
} from './write/write.js';
