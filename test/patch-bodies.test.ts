/**
 * Kubernetes lists JSON Patch first among its PATCH media types, beside merge patches of the same
 * object schema: an object went out labelled as a JSON Patch (a list of operations), and the
 * server refused it. A merge patch is the default; a JSON Patch is one when it is all there is.
 */
import { expect, it } from 'vitest';
import { useFixtureSdk } from './helpers/fixture-sdk.js';
import { json, startServer } from './helpers/server.js';

const fixture = useFixtureSdk('test/fixtures/patch-bodies/openapi.yaml', 'patch-bodies');
const SDK_PATH = './.tmp/patch-bodies/index.js';

interface PodsSdk {
  PodsClient: new (options: { baseUrl: string }) => unknown;
  patchPod(
    client: unknown,
    name: string,
    params: { body: object; contentType?: string },
  ): Promise<unknown>;
  patchPodOperations(client: unknown, name: string, params: { body: object[] }): Promise<unknown>;
}

it('sends an object as a merge patch by default, and a list of operations as a JSON Patch', async () => {
  const sdk = (await import(SDK_PATH)) as PodsSdk;
  const server = fixture.serve(await startServer((_r, res) => json(res, 200, {})));
  const client = new sdk.PodsClient({ baseUrl: server.url });
  await sdk.patchPod(client, 'web', { body: { metadata: { labels: { tier: 'front' } } } });
  await sdk.patchPod(client, 'web', {
    body: { spec: {} },
    contentType: 'application/strategic-merge-patch+json',
  });
  await sdk.patchPodOperations(client, 'web', { body: [{ op: 'remove', path: '/spec/x' }] });
  expect(server.received.map((r) => r.headers['content-type'])).toEqual([
    'application/merge-patch+json',
    'application/strategic-merge-patch+json',
    'application/json-patch+json',
  ]);
});
