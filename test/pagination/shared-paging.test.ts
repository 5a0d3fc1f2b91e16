/**
 * A list that answers the spec's page envelope without declaring its page parameters takes
 * those its paged lists share: Linode's `/networking/ips` and 18 more lists had given their
 * first 100 items only.
 */
import { expect, it } from 'vitest';
import { useFixtureSdk } from '../helpers/fixture-sdk.js';
import { normalizeDocument } from '../../src/normalize/document.js';
import { json, startServer } from '../helpers/server.js';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const SPEC = 'test/fixtures/shared-paging/openapi.yaml';
const fixture = useFixtureSdk(SPEC, 'shared-paging');
const SDK_PATH = '../.tmp/shared-paging/index.js';

interface Sdk {
  CloudClient: new (options: object) => {
    networking: {
      ips: {
        list: (params?: { page?: number; pageSize?: number }) => AsyncIterable<{ address: string }>;
      };
    };
  };
}

it('walks every page of a list that declares no page parameter', async () => {
  const asked: string[] = [];
  const server = fixture.serve(
    await startServer((req, res) => {
      const url = new URL(req.url!, 'http://x');
      asked.push(url.search);
      const page = Number(url.searchParams.get('page') ?? 1);
      json(res, 200, { data: [{ address: `10.0.0.${page}` }], page, pages: 3, results: 3 });
    }),
  );
  const { CloudClient } = (await import(SDK_PATH)) as Sdk;
  const client = new CloudClient({ baseUrl: server.url, apiKey: 'k' });
  const addresses: string[] = [];
  for await (const ip of client.networking.ips.list({ pageSize: 25 })) addresses.push(ip.address);
  expect(addresses).toEqual(['10.0.0.1', '10.0.0.2', '10.0.0.3']);
  expect(asked).toEqual(['?page=1&page_size=25', '?page=2&page_size=25', '?page=3&page_size=25']);
});

it('not where fewer than three lists page, nor for an answer that is no page', () => {
  const spec = parse(readFileSync(SPEC, 'utf8')) as { paths: Record<string, unknown> };
  const pageOf = (document: object, id: string) =>
    normalizeDocument(document as never)
      .operations.find((op) => op.functionName === id)!
      .otherParameters.map((p) => p.name);
  expect(pageOf(spec, 'getIPs')).toEqual(['page', 'page_size']);
  expect(pageOf(spec, 'getSettings')).toEqual([]);
  expect(pageOf(spec, 'getLogs')).toEqual(['page_no']);
  expect(pageOf(spec, 'getProgress')).toEqual([]);
  const twoPaged = { ...spec, paths: { ...spec.paths } };
  delete twoPaged.paths['/images'];
  expect(pageOf(twoPaged, 'getIPs')).toEqual([]);
});
