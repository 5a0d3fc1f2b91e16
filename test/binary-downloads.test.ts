/**
 * An operation the spec says answers a file resolves to a Blob whatever the server labels it:
 * a JSON or CSV file came back parsed, an object or a string, where the type promised a Blob.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { useFixtureSdk } from './helpers/fixture-sdk.js';
import { startServer } from './helpers/server.js';

const fixture = useFixtureSdk('test/fixtures/binary-downloads/openapi.yaml', 'binary-downloads');
const SDK_PATH = './.tmp/binary-downloads/index.js';

interface DriveSdk {
  DriveClient: new (options: { baseUrl: string }) => unknown;
  filesDownload(client: unknown, id: string): Promise<unknown>;
  filesRaw(client: unknown, id: string): Promise<unknown>;
  containerLogs(client: unknown, id: string): Promise<unknown>;
  downloadFileViaToken(client: unknown, token: string): Promise<unknown>;
  getAttachment(client: unknown, id: string): Promise<unknown>;
  NotFoundError: new (...args: never[]) => Error & { body: unknown };
}

it('reads a file as bytes, though it is labelled JSON or text; errors are still read as JSON', async () => {
  const sdk = (await import(SDK_PATH)) as DriveSdk;
  const server = fixture.serve(
    await startServer((request, res) => {
      if (request.url === '/files/missing/download') {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end('{"message":"no such file"}');
      } else if (request.url?.endsWith('/download')) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"hello":"world"}');
      } else {
        res.writeHead(200, { 'content-type': 'text/csv' });
        res.end('a,b\n1,2\n');
      }
    }),
  );
  const client = new sdk.DriveClient({ baseUrl: server.url });
  const json = await sdk.filesDownload(client, 'f1');
  expect(json).toBeInstanceOf(Blob);
  expect(await (json as Blob).text()).toBe('{"hello":"world"}');
  const csv = await sdk.filesRaw(client, 'f2');
  expect(csv).toBeInstanceOf(Blob);
  expect(await (csv as Blob).text()).toBe('a,b\n1,2\n');
  const failure = await sdk.filesDownload(client, 'missing').catch((e: unknown) => e);
  expect(failure).toBeInstanceOf(sdk.NotFoundError);
  expect((failure as { body: unknown }).body).toEqual({ message: 'no such file' });
});

it('reads a file beside a 204 as bytes too, and the 204 as undefined', async () => {
  const sdk = (await import(SDK_PATH)) as DriveSdk;
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff]);
  const server = fixture.serve(
    await startServer((request, res) => {
      if (request.url?.includes('none')) res.writeHead(204).end();
      else res.writeHead(200, { 'content-type': 'text/plain' }).end(png);
    }),
  );
  const client = new sdk.DriveClient({ baseUrl: server.url });
  const file = await sdk.getAttachment(client, 'a1');
  expect(file).toBeInstanceOf(Blob);
  // Every byte, where text had made the 0xff a replacement character.
  expect(Buffer.from(await (file as Blob).arrayBuffer())).toEqual(png);
  expect(await sdk.getAttachment(client, 'none')).toBeUndefined();
  // Beside another success of no content too (red team: a 202 had left the file read as text).
  expect(await sdk.getAttachment(client, 'a2')).toBeInstanceOf(Blob);
  // One that declares no 204 stays a Blob, as its type says, an empty one (red team).
  const empty = await sdk.filesRaw(client, 'none');
  expect(empty).toBeInstanceOf(Blob);
});

it("reads a JSON string's logs as text whatever their label (Docker's raw stream), never as a Blob", async () => {
  const sdk = (await import(SDK_PATH)) as DriveSdk;
  const server = fixture.serve(
    await startServer((_r, res) =>
      res.writeHead(200, { 'content-type': 'application/vnd.docker.raw-stream' }).end('a\nb\n'),
    ),
  );
  const client = new sdk.DriveClient({ baseUrl: server.url });
  expect(await sdk.containerLogs(client, 'c1')).toBe('a\nb\n');
});

it('reads as bytes a success of no content where every body the operation declares is a file', async () => {
  // DRACOON's downloads: a JSON file had lost its digits to parsing, a Latin-1 one its letters.
  const sdk = (await import(SDK_PATH)) as DriveSdk;
  const file = '{"a":12345678901234567890,  "b":1}';
  const server = fixture.serve(
    await startServer((_r, res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end(file),
    ),
  );
  const client = new sdk.DriveClient({ baseUrl: server.url });
  const blob = await sdk.downloadFileViaToken(client, 't1');
  expect(blob).toBeInstanceOf(Blob);
  expect(await (blob as Blob).text()).toBe(file);
  expect(server.received[0]?.headers['accept']).toBe('application/octet-stream');
  const types = readFileSync(join(fixture.out, 'operations.ts'), 'utf8');
  expect(types).toMatch(/export function downloadFileViaToken\([^)]*\): ApiPromise<Blob>/);
  // Red team: not a 202 beside a file (an empty image), a HEAD, or a POST's 201.
  expect(types).toMatch(/export function getImage\([^)]*\): ApiPromise<Blob \| undefined>/);
  expect(types).not.toMatch(/export function headImage\([^)]*\): ApiPromise<Blob/);
  expect(types).not.toMatch(/export function createJob\([^)]*\): ApiPromise<Blob/);
  expect(types).toMatch(/export function getExport\([^)]*\): ApiPromise<Blob>/);
});
