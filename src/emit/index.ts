/** The emit stage: API IR → one plan per output file. */
import type { Api } from '../ir/api.js';
import { clientFile } from './client-file.js';
import type { FilePlan } from './file-plan.js';
import type { EmitOptions } from './options.js';
import { indexFile } from './index-file.js';
import { operationsFile, operationsFilesByResource } from './operations-file.js';
import { singleFile } from './single-file.js';
import { runtimeFiles } from './runtime-files.js';
import { typesFile } from './types-file.js';

export type { FilePlan } from './file-plan.js';

export type { EmitOptions } from './options.js';

export async function emitSdk(api: Api, options: EmitOptions = {}): Promise<FilePlan[]> {
  const types = typesFile(api, options);
  if (options.emit === 'types') return [types, indexFile(['./types.js'])];
  const runtime = await runtimeFiles();
  // Functions take the core; `emit: functions` leaves out the client class and its resources.
  const withMethods = options.emit !== 'functions';
  const client = clientFile(api, { resources: withMethods });
  if (options.layout === 'single')
    return [singleFile([types, operationsFile(api, { withMethods }), client]), ...runtime];
  const operations =
    options.layout === 'resources'
      ? operationsFilesByResource(api, { withMethods })
      : [operationsFile(api, { withMethods })];
  return [types, ...operations, client, indexFile(), ...runtime];
}
