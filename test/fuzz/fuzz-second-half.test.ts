/** The second half of the bounded fuzz run (bounded-run.ts). */
import { boundedRun, RUNS } from './bounded-run.js';

boundedRun(RUNS / 2, RUNS);
