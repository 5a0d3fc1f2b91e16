/** What the exit status of `codegen` means; 1 is drift and nothing else. */
export const EXIT_OK = 0;
/** `--check` found the output differing from what the specs generate. */
export const EXIT_DRIFT = 1;
/** Bad input or usage: the output directory is untouched. */
export const EXIT_BAD_INPUT = 2;
/** A bug in codegen. */
export const EXIT_INTERNAL = 3;
