/**
 * Multi-file Swagger 2.0: parameters and responses `$ref`'d from another file
 * are converted like the document's own (a body parameter becomes the request
 * body), errors in them are located in that file, and what the converter warns
 * of or repairs reaches the user as located warnings.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CodegenError } from '../../src/diagnostics.js';
import { generate } from '../../src/index.js';
import { useFixtureSdk } from '../helpers/fixture-sdk.js';
import { json, startServer } from '../helpers/server.js';
import { typecheck } from '../helpers/typecheck.js';

const MULTI = 'test/swagger2/fixtures/multi';
const fixture = useFixtureSdk(`${MULTI}/api.yaml`, 'swagger2-multi');

interface ShopSdk {
  ShopClient: new (options: { baseUrl: string; maxRetries?: number }) => {
    items: {
      list(params?: { limit?: number }): Promise<unknown>;
      create(params: { body: { name: string } }): Promise<unknown>;
    };
  };
  ApiError: new (...args: never[]) => Error & { status: number; body: unknown };
}
const SDK_PATH = '../.tmp/swagger2-multi/index.js';
const sdk = (): Promise<ShopSdk> => import(SDK_PATH) as Promise<ShopSdk>;

describe('parameters and responses from another file', () => {
  it('are converted: a query parameter, a body parameter as the request body, a default response', () => {
    const probe = join(fixture.out, 'probe.ts');
    writeFileSync(
      probe,
      [
        "import { ShopClient, type Item, type CreateItemParams } from './index.js';",
        'const client = new ShopClient();',
        'export const listed: Promise<Item[]> = client.items.list({ limit: 10 });',
        "export const body: CreateItemParams['body'] = { name: 'pen' };",
        '// @ts-expect-error the limit is an integer, as the other file says',
        "client.items.list({ limit: 'ten' });",
      ].join('\n'),
    );
    expect(typecheck([join(fixture.out, 'index.ts'), probe])).toEqual([]);
    // The default response of the other file types the errors.
    expect(readFileSync(join(fixture.out, 'operations.ts'), 'utf8')).toContain(
      'export type ListItemsError = OperationError<{}, Problem>;',
    );
  });

  it('send what the other file declares', async () => {
    const { ShopClient, ApiError } = await sdk();
    const server = fixture.serve(
      await startServer((request, res) =>
        request.method === 'POST'
          ? json(res, 201, { name: 'pen' })
          : json(res, 500, { message: 'down' }),
      ),
    );
    const { items } = new ShopClient({ baseUrl: server.url, maxRetries: 0 });
    await expect(items.create({ body: { name: 'pen' } })).resolves.toEqual({ name: 'pen' });
    expect(server.received[0]).toMatchObject({ url: '/items', body: '{"name":"pen"}' });
    expect(server.received[0]!.headers['content-type']).toBe('application/json');
    const error = await items.list({ limit: 5 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(server.received[1]!.url).toBe('/items?limit=5');
  });

  it('errors in them are located in that file', async () => {
    const error = await generate({
      input: `${MULTI}/broken.yaml`,
      output: 'unused',
      dryRun: true,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CodegenError);
    const located = (error as CodegenError).diagnostics.map(
      (d) => `${d.location?.file}:${d.location?.line}:${d.location?.column}`,
    );
    expect(located).toEqual([
      `${MULTI}/broken-common.yaml:6:21`,
      `${MULTI}/broken-common.yaml:10:21`,
    ]);
    // The code frame is the other file's text.
    expect((error as CodegenError).diagnostics[0]!.frame).toContain(
      "schema: { $ref: '#/definitions/Missing' }",
    );
  });
});

describe("the converter's warnings and repairs", () => {
  it('reach the user as located warnings', async () => {
    const { warnings } = await generate({
      input: `${MULTI}/warned.yaml`,
      output: 'unused',
      dryRun: true,
    });
    const converter = warnings
      .filter((w) => w.message.startsWith('Converting from Swagger 2.0'))
      .map((w) => ({ at: `${w.location?.file}:${w.location?.line}`, message: w.message }));
    expect(converter).toEqual([
      {
        at: `${MULTI}/warned-common.yaml:3`,
        message: 'Converting from Swagger 2.0: collectionFormat:tsv is no longer supported',
      },
      {
        at: `${MULTI}/warned.yaml:1`,
        message:
          'Converting from Swagger 2.0: the converter repaired a fault of the document (parameter.type is mandatory for non-body parameters); it is read as repaired',
      },
    ]);
  });

  it('a clean document has none', async () => {
    const { warnings } = await generate({
      input: `${MULTI}/api.yaml`,
      output: 'unused',
      dryRun: true,
    });
    expect(warnings.filter((w) => w.message.startsWith('Converting'))).toEqual([]);
  });
});
