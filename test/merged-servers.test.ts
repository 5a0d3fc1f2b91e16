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
