/**
 * A header nearly every operation requires (Xero's `xero-tenant-id` on 224 calls, Apideck's
 * consumer and app ids) is an option of the client, given once: each call had to pass it. A
 * call may still give its own, which goes instead.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { useFixtureSdk } from './helpers/fixture-sdk.js';
import { json, startServer } from './helpers/server.js';
import { typecheck } from './helpers/typecheck.js';

const fixture = useFixtureSdk('test/fixtures/client-headers/openapi.yaml', 'client-headers');
const SDK_PATH = './.tmp/client-headers/index.js';

interface LedgerSdk {
  LedgerClient: new (options: {
    baseUrl: string;
    xeroTenantId?: string;
    headers?: Record<string, string>;
  }) => {
    invoices: {
      list(params?: { xeroTenantId?: string }): Promise<unknown>;
      get(id: string, params: { xRequestNote: string; xeroTenantId?: string }): Promise<unknown>;
    };
    connections: { list(): Promise<unknown> };
  };
}

it('is an option of the client, and optional in each call that takes it', () => {
  const client = readFileSync(join(fixture.out, 'client.ts'), 'utf8');
  expect(client).toContain('xeroTenantId?: string | undefined;');
  const types = readFileSync(join(fixture.out, 'types.ts'), 'utf8');
  expect(types).toMatch(/xeroTenantId\?: string \| undefined;/);
  expect(types).toContain("Defaults to the client's `xeroTenantId` option.");
  // A header only one operation takes stays the call's, required.
  expect(types).toMatch(/xRequestNote: string;/);
  const usage = join(fixture.out, 'usage.ts');
  writeFileSync(
    usage,
    [
      "import { LedgerClient, listInvoices, createInvoice } from './index.js';",
      "const client = new LedgerClient({ xeroTenantId: 't-1' });",
      'await listInvoices(client);',
      "await createInvoice(client, { body: { id: 'a' } });",
      "await client.invoices.get('a', { xRequestNote: 'n', xeroTenantId: 't-2' });",
      "await client.invoices.delete('a');",
      '',
    ].join('\n'),
  );
  expect(typecheck([usage])).toEqual([]);
});

it("sends the client's value, a call's own instead, and the headers option last", async () => {
  const sdk = (await import(SDK_PATH)) as LedgerSdk;
  const server = fixture.serve(await startServer((_r, res) => json(res, 200, [])));
  const client = new sdk.LedgerClient({ baseUrl: server.url, xeroTenantId: 't-1' });
  await client.invoices.list();
  await client.invoices.get('a', { xRequestNote: 'n', xeroTenantId: 't-2' });
  await new sdk.LedgerClient({
    baseUrl: server.url,
    xeroTenantId: 't-1',
    headers: { 'Xero-Tenant-Id': 't-3' },
  }).invoices.list();
  await new sdk.LedgerClient({ baseUrl: server.url }).invoices.list();
  expect(server.received.map((r) => r.headers['xero-tenant-id'])).toEqual([
    't-1',
    't-2',
    't-3',
    undefined,
  ]);
});
