/**
 * A required parameter with one possible value, or a default, is the SDK's to send: DynamoDB's
 * callers had to pass `xAmzTarget: 'DynamoDB_20120810.GetItem'` on every call, and Amadeus'
 * `xHTTPMethodOverride: 'GET'`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { useFixtureSdk } from './helpers/fixture-sdk.js';
import { json, startServer } from './helpers/server.js';
import { typecheck } from './helpers/typecheck.js';

const fixture = useFixtureSdk('test/fixtures/fixed-parameters/openapi.yaml', 'fixed-parameters');
const SDK_PATH = './.tmp/fixed-parameters/index.js';

interface TablesSdk {
  TablesClient: new (options: { baseUrl: string }) => unknown;
  getItem(client: unknown, params: { body: { TableName: string } }): Promise<unknown>;
}

it('is optional, and sent when the caller gives none', async () => {
  const types = readFileSync(join(fixture.out, 'types.ts'), 'utf8');
  expect(types).toMatch(/xAmzTarget\?: 'DynamoDB_20120810\.GetItem' \| undefined;/);
  expect(types).toMatch(/xHTTPMethodOverride\?: string \| undefined;/);
  // Beside a JSON body a Content-Type parameter says nothing: not offered.
  expect(/interface GetItemParams \{[^}]*\}/.exec(types)?.[0]).not.toMatch(/contentType_/);
  expect(typecheck([join(fixture.out, 'index.ts')])).toEqual([]);
  const sdk = (await import(SDK_PATH)) as TablesSdk;
  const server = fixture.serve(await startServer((_r, res) => json(res, 200, {})));
  await sdk.getItem(new sdk.TablesClient({ baseUrl: server.url }), { body: { TableName: 't' } });
  expect(server.received[0]?.headers['x-amz-target']).toBe('DynamoDB_20120810.GetItem');
  expect(server.received[0]?.url).toBe('/?filter=%22open%22');
  expect(server.received[0]?.headers['content-type']).toBe('application/json');
  expect(server.received[0]?.headers['x-http-method-override']).toBe('GET');
});

it("never fills a credential from the spec's default: it stays the caller's to give", async () => {
  const types = readFileSync(join(fixture.out, 'types.ts'), 'utf8');
  expect(types).toMatch(/\bcookie: string;/);
  expect(types).toMatch(/\bxAuthToken: string;/);
  expect(types).toMatch(/\bsession: string;/);
  expect(types).toMatch(/\bappId: string;/);
  const operations = readFileSync(join(fixture.out, 'operations.ts'), 'utf8');
  expect(operations).not.toMatch(/author-(session|token|cookie|app)/);
});

it("sends a required parameter's default only where it is the protocol's", () => {
  const types = readFileSync(join(fixture.out, 'types.ts'), 'utf8');
  expect(types).toMatch(/\bzipCode: string;/);
  expect(types).toMatch(/\bhost: string;/);
  expect(types).toMatch(/\bdocumentVersion: number;/);
  expect(types).toMatch(/\bapiVersion\?: string \| undefined;/);
  const operations = readFileSync(join(fixture.out, 'operations.ts'), 'utf8');
  expect(operations).not.toContain('29611');
  expect(operations).toContain("'2019-01-01'");
  expect(types).toMatch(/\bnotionVersion\?: string \| undefined;/);
});

it('takes a required Content-Type with a default as optional', () => {
  const types = readFileSync(join(fixture.out, 'types.ts'), 'utf8');
  expect(types).toMatch(/contentType_\?: string \| undefined;/);
});

// Azure's `api-version` is required on every call with no default (332 specs): its value is the
// document's `info.version`, which every caller had to pass again.
it("Azure's required api-version is the document's dated version, sent unasked", async () => {
  const { normalizeDocument } = await import('../src/normalize/document.js');
  const spec = (version: string, schema: object = { type: 'string' }) => ({
    openapi: '3.0.0',
    info: { title: 'StorageManagementClient', version },
    paths: {
      '/operations': {
        get: {
          parameters: [{ name: 'api-version', in: 'query', required: true, schema }],
          responses: { '200': { description: 'ok' } },
        },
      },
    },
  });
  const apiVersion = (version: string, schema?: object) =>
    normalizeDocument(spec(version, schema) as never).operations[0]!.otherParameters[0]!;
  expect(apiVersion('2019-04-01')).toMatchObject({ required: false, fixed: '2019-04-01' });
  expect(apiVersion('2021-06-01-preview')).toMatchObject({ fixed: '2021-06-01-preview' });
  // Another API's version says nothing of what its parameter takes.
  expect(apiVersion('1.0.0')).toMatchObject({ required: true });
  expect(apiVersion('1.0.0').fixed).toBeUndefined();
  // Nor where the parameter does not take it (red team: an enum of older versions, a number).
  const older = { type: 'string', enum: ['2019-01-01', '2020-01-01'] };
  expect(apiVersion('2021-06-01', older).fixed).toBeUndefined();
  expect(apiVersion('2021-06-01', { type: 'integer' }).fixed).toBeUndefined();
  expect(apiVersion('2020-01-01', older).fixed).toBe('2020-01-01');
});

it('takes a path parameter of one possible value as part of the path, no argument', async () => {
  const operations = readFileSync(join(fixture.out, 'operations.ts'), 'utf8');
  expect(operations).toMatch(/getPagePolicy\(\s*client: \w+,\s*pageName: string,\s*options\?/);
  // Its docs say what it sends (red team: they had shown the placeholder).
  const client = readFileSync(join(fixture.out, 'client.ts'), 'utf8');
  expect(client).toContain('`GET /pages/{pageName}.json/policies/Default`');
  // Not an extensible enum (Azure's `modelAsString`): its one value is the first of more.
  expect(operations).toMatch(
    /getServerPolicy\(\s*client: \w+,\s*serverName: string,\s*policyName:/,
  );
  // Swagger 2.0's, on the parameter itself (red team).
  expect(operations).toMatch(
    /getAlertPolicy\(\s*client: \w+,\s*serverName: string,\s*alertPolicyName:/,
  );
  const sdk = (await import(SDK_PATH)) as unknown as {
    TablesClient: new (options: { baseUrl: string }) => unknown;
    getPagePolicy(client: unknown, pageName: string): Promise<unknown>;
  };
  const server = fixture.serve(await startServer((_r, res) => json(res, 200, {})));
  await sdk.getPagePolicy(new sdk.TablesClient({ baseUrl: server.url }), 'a/b');
  expect(server.received[0]?.url).toBe('/pages/a%2Fb.json/policies/Default');
});

it('sends a flag that may be empty as an empty value (S3’s `?uploads`)', async () => {
  const sdk = (await import(SDK_PATH)) as unknown as {
    TablesClient: new (options: { baseUrl: string }) => unknown;
    createMultipartUpload(client: unknown, key: string): Promise<unknown>;
  };
  const server = fixture.serve(await startServer((_r, res) => json(res, 200, {})));
  await sdk.createMultipartUpload(new sdk.TablesClient({ baseUrl: server.url }), 'big.bin');
  expect(server.received[0]?.url).toBe('/big.bin?uploads=');
});
