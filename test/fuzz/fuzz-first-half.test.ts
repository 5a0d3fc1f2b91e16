/** The first half of the bounded fuzz run (bounded-run.ts). */
import { boundedRun, RUNS } from './bounded-run.js';

boundedRun(0, RUNS / 2);
