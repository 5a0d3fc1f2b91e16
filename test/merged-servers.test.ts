/**
 * Specs merged into one SDK each keep their first server for their own operations (new-user
 * trial: Amadeus' hotel search, served under `/v3`, merged beside its flight search under `/v2`,
 * had gone to `/v2`, a 404).
 */
import { expect, it } from 'vitest';
import { useFixtureSdk } from './helpers/fixture-sdk.js';

useFixtureSdk('test/fixtures/merged-servers', 'merged-servers');

const SDK_PATH = './.tmp/merged-servers/index.js';

type Call = (client: unknown) => Promise<unknown>;

it("sends each input's operations to its own first server", async () => {
  const sdk = (await import(SDK_PATH)) as Record<string, unknown> & {
    TravelClient: new (options: object) => unknown;
  };
  const sent: string[] = [];
  const client = new sdk.TravelClient({
    fetch: async (url: URL) => {
      sent.push(String(url));
      return new Response('{}', { headers: { 'content-type': 'application/json' } });
    },
  });
  for (const name of ['getFlightOffers', 'getHotelOffers', 'bookHotel'])
    await (sdk[name] as Call)(client);
  expect(sent).toEqual([
    'https://api.travel.test/v2/shopping/flight-offers',
    'https://api.travel.test/v3/shopping/hotel-offers',
    'https://api.travel.test/v1/shopping/hotel-offers',
  ]);
});

// Red team: an input listing another site's server first had gone to the first input's server
// (the other site refused, as it must be), not to its own second one.
it("sends an input's operations to its own server of the API's site, past another site's", async () => {
  const { validate } = await import('../src/index.js');
  const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'codegen-merged-'));
  try {
    const spec = (servers: string[], path: string) =>
      JSON.stringify({
        openapi: '3.0.3',
        info: { title: 'Travel', version: '1' },
        servers: servers.map((url) => ({ url })),
        components: { securitySchemes: { key: { type: 'apiKey', in: 'header', name: 'X-Key' } } },
        security: [{ key: [] }],
        paths: { [path]: { get: { responses: { 200: { description: 'ok' } } } } },
      });
    writeFileSync(join(dir, 'a.json'), spec(['https://api.travel.test/v2'], '/flights'));
    writeFileSync(
      join(dir, 'b.json'),
      spec(['https://evil.example.net/v3', 'https://api.travel.test/v3'], '/hotels'),
    );
    const { api } = await validate({ input: [join(dir, 'a.json'), join(dir, 'b.json')] });
    expect(api.operations.find((o) => o.path === '/hotels')?.server).toBe(
      'https://api.travel.test/v3',
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
