/** The emit stage: API IR → one plan per output file. */
import type { Api } from '../ir/api.js';
import { clientFile } from './client-file.js';
import type { FilePlan } from './file-plan.js';
import type { EmitOptions } from './options.js';
import { indexFile } from './index-file.js';
import { operationsFile, operationsFilesByResource } from './operations-file.js';
import { singleFile } from './single-file.js';
import { runtimeFiles } from './runtime-files.js';
import { runtimeModules } from './runtime-modules.js';
import { typesFile } from './types-file.js';
import { zodSchemasFile } from './zod-schemas.js';

export type { FilePlan } from './file-plan.js';

export type { EmitOptions } from './options.js';

export async function emitSdk(api: Api, options: EmitOptions = {}): Promise<FilePlan[]> {
  const types = typesFile(api, options);
  const schemas = options.validate
    ? [zodSchemasFile(api, options.layout === 'single' ? './index.js' : './types.js')]
    : [];
  if (options.emit === 'types') return [types, ...schemas, indexFile(api, ['./types.js'])];
  const runtime = runtimeModules(await runtimeFiles(), api, options.validate === true);
  // Functions take the core; `emit: functions` leaves out the client class and its resources.
  const withMethods = options.emit !== 'functions';
  const validate = options.validate;
  const client = clientFile(api, { resources: withMethods, validate });
  if (options.layout === 'single')
    return [
      singleFile(api, [types, operationsFile(api, { withMethods, validate }), client]),
      ...schemas,
      ...runtime,
    ];
  const operations =
    options.layout === 'resources'
      ? operationsFilesByResource(api, { withMethods, validate })
      : [operationsFile(api, { withMethods, validate })];
  return [
    types,
    ...schemas,
    ...operations,
    client,
    indexFile(api, undefined, validate),
    ...runtime,
  ];
}
