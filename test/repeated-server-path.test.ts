/**
 * A server whose path every path repeats (new-user trial: dev.to's `https://dev.to/api` beside
 * `/api/articles`; Ticketmaster's and NASA's specs too): every call had gone to
 * `/api/api/articles`, a 404. The base URL is the server's host, and a warning says so.
 */
import { expect, it } from 'vitest';
import { fileText, generateSpec } from './helpers/generate-spec.js';

const ok = { responses: { '200': { description: 'ok' } } };
const spec = (servers: object[], paths: Record<string, object>) => ({
  openapi: '3.0.3',
  info: { title: 'Forem', version: '1' },
  servers,
  paths,
});

it('takes a server path every path repeats as written twice: the base URL is the host', async () => {
  const { files, warnings, summary } = await generateSpec(
    spec([{ url: 'https://dev.to/api/' }], {
      '/api/articles': { get: ok },
      '/api/articles/{id}': {
        get: { ...ok, parameters: [{ name: 'id', in: 'path', required: true, schema: {} }] },
      },
    }),
  );
  expect(fileText(files, 'client.ts')).toContain("readEnv('FOREM_BASE_URL') ?? 'https://dev.to'");
  expect(fileText(files, 'operations.ts')).toContain('`/api/articles/${');
  expect(summary.server).toBe('https://dev.to');
  expect(warnings.map((w) => [w.pointer, w.message])).toContainEqual([
    '/servers/0/url',
    expect.stringContaining('Every path begins with "/api"'),
  ]);
});

it('keeps the server where a path does not repeat it, servers differ, or an operation has its own', async () => {
  const cases = [
    spec([{ url: 'https://dev.to/api' }], { '/api/articles': { get: ok }, '/users': { get: ok } }),
    // `/apis` only begins with the letters of `/api`.
    spec([{ url: 'https://dev.to/api' }], { '/apis': { get: ok } }),
    spec([{ url: 'https://a.test/v1' }, { url: 'https://b.test/v2' }], { '/v1/x': { get: ok } }),
    spec([{ url: 'https://dev.to/api' }], {
      '/api/x': { get: { ...ok, servers: [{ url: 'https://uploads.dev.to/api' }] } },
    }),
  ];
  for (const given of cases) {
    const { warnings, summary } = await generateSpec(given);
    expect(summary.server).toBe(
      given.servers[0] && (given.servers[0] as { url: string }).url.replace('{base}', 'api'),
    );
    expect(warnings.map((w) => w.message).join('\n')).not.toContain('Every path begins');
  }
});
