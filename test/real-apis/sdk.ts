/**
 * The SDK of a slice, loaded as a user's code would load it, and its standalone
 * functions looked up by the operation they send (`POST /v1/customers`), so the
 * tests never depend on how the generator names them.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inject } from 'vitest';
import { REAL_APIS, operationLabel, type RealApisContext } from './apis.js';
import type { OperationKey } from './slice.js';

/** What a test needs of a generated SDK; its real types are checked by the batched type-check. */
export interface LoadedSdk {
  /**
   * `new Client({ baseUrl, ...options })`, with `credential` given to the client
   * option of the security scheme `scheme` (the spec's key), whatever the option is named.
   */
  client(
    options: Record<string, unknown>,
    credential?: { readonly scheme: string; readonly value: string },
  ): unknown;
  /** One of the API's calls (see apis.ts) on `client`: the arguments the setup type-checked. */
  call(name: string, client: unknown): PromiseLike<unknown> & AsyncIterable<unknown>;
  /** The SDK's own runtime exports (error classes…). */
  readonly exports: Readonly<Record<string, unknown>>;
}

export function context(): RealApisContext {
  return inject('realApis');
}

export async function loadSdk(name: string): Promise<LoadedSdk> {
  const sdk = context().sdks[name];
  if (sdk === undefined) throw new Error(`no slice named ${name}`);
  if (!sdk.ok) throw new Error(`the ${name} slice did not generate:\n${sdk.error}`);
  const exports = (await import(pathToFileURL(join(sdk.dir, 'index.ts')).href)) as Record<
    string,
    unknown
  >;
  const Client = exports[sdk.clientName] as new (options: Record<string, unknown>) => unknown;
  const calls = REAL_APIS.find((api) => api.name === name)?.calls ?? {};
  /** The standalone function of an operation: `(client, ...pathParams, params?, options?)`. */
  const fn = (operation: OperationKey) => {
    const label = operationLabel(operation);
    const functionName = sdk.functions[label];
    const found = functionName === undefined ? undefined : exports[functionName];
    if (typeof found !== 'function')
      throw new Error(`the ${sdk.clientName} SDK has no function for ${label}`);
    return found as (...args: unknown[]) => ReturnType<LoadedSdk['call']>;
  };
  return {
    call: (callName, client) => {
      const call = Object.hasOwn(calls, callName) ? calls[callName] : undefined;
      if (call === undefined) throw new Error(`the ${name} API has no call ${callName} in apis.ts`);
      return fn(call.operation)(client, ...call.args);
    },
    exports,
    client: (options, credential) => {
      if (credential === undefined) return new Client(options);
      const option = sdk.credentialOptions[credential.scheme];
      if (option === undefined)
        throw new Error(`the ${name} SDK has no scheme ${credential.scheme}`);
      return new Client({ ...options, [option]: credential.value });
    },
  };
}

/** Every item `for await` yields. */
export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

/** A request target as its path and decoded query pairs, in order: what a server reads, whatever the escaping. */
export function target(url: string): { path: string; query: [string, string][] } {
  const parsed = new URL(url, 'http://placeholder');
  return { path: parsed.pathname, query: [...parsed.searchParams] };
}
