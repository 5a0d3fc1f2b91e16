/**
 * A path parameter named as a type is (`type`, `number`, `string`) keeps its name: only words no
 * value may be named (`delete`) get an underscore. KYC's `deepsearchLEI(number_: string)` needed none.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { useFixtureSdk } from './helpers/fixture-sdk.js';
import { startServer } from './helpers/server.js';
import { typecheck } from './helpers/typecheck.js';

const fixture = useFixtureSdk(
  'test/fixtures/type-word-parameters/openapi.yaml',
  'type-word-parameters',
);

const SDK_PATH = './.tmp/type-word-parameters/index.js';

it('names the parameters as the spec does, compiles, and sends each', async () => {
  const operations = readFileSync(`${fixture.out}/operations.ts`, 'utf8');
  expect(operations).toMatch(
    /getEntry\(\s*client: RegistryCore,\s*type: string,\s*number: number,\s*as: string,\s*async: boolean,\s*object: string,\s*string: string,\s*delete_: string,/,
  );
  expect(typecheck([`${fixture.out}/index.ts`])).toEqual([]);
  const sdk = (await import(SDK_PATH)) as {
    RegistryCore: new (options: { baseUrl: string }) => unknown;
    getEntry(client: unknown, ...args: unknown[]): Promise<unknown>;
  };
  const server = fixture.serve(await startServer((_r, res) => res.writeHead(204).end()));
  await sdk.getEntry(
    new sdk.RegistryCore({ baseUrl: server.url }),
    'a b',
    7,
    'x',
    true,
    'o',
    's',
    'd',
  );
  expect(server.received.map((r) => r.url)).toEqual(['/entries/a%20b/7/x/true/o/s/d']);
});
