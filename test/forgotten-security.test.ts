/**
 * A spec that declares a security scheme and names it in no `security` requirement still sends
 * the credential the client is given: Files.com's and Cloudmersive's keys were options never
 * sent, and every call came back 401.
 */
import { expect, it } from 'vitest';
import { useFixtureSdk } from './helpers/fixture-sdk.js';
import { startServer } from './helpers/server.js';

const fixture = useFixtureSdk(
  'test/fixtures/forgotten-security/openapi.yaml',
  'forgotten-security',
);
const SDK_PATH = './.tmp/forgotten-security/index.js';

interface FilesSdk {
  FilesClient: new (options: { baseUrl: string; apiKey?: string }) => unknown;
  listFolders(client: unknown): Promise<unknown>;
}

it('sends the key of a scheme no requirement names', async () => {
  const sdk = (await import(SDK_PATH)) as FilesSdk;
  const server = fixture.serve(await startServer((_r, res) => res.writeHead(204).end()));
  await sdk.listFolders(new sdk.FilesClient({ baseUrl: server.url, apiKey: 'files-key' }));
  // Without a key there is nothing to send, and the call still goes.
  await sdk.listFolders(new sdk.FilesClient({ baseUrl: server.url }));
  expect(server.received.map((r) => r.headers['x-filesapi-key'])).toEqual(['files-key', undefined]);
});
