/**
 * The ingest-status docs page → SDK, one reviewed snapshot per concern:
 * the types, the operation function with its JSDoc, and the client.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { generate, type GenerateResult } from '../src/index.js';

let result: GenerateResult;
beforeAll(async () => {
  result = await generate({
    input: 'specs/meibel/get-ingest-status.md',
    output: 'unused',
    dryRun: true,
  });
});

function file(path: string): string {
  const found = result.files.find((f) => f.path === path);
  if (!found) throw new Error(`no ${path} in ${result.files.map((f) => f.path).join(', ')}`);
  return found.content;
}

describe('ingest-status SDK', () => {
  it('types: five schemas, the IngestStatus union with its values', async () => {
    await expect(file('types.ts')).toMatchFileSnapshot('__snapshots__/ingest-status/types.ts');
  });

  it('operation: getIngestStatus with JSDoc from summary, responses and x-codeSamples', async () => {
    await expect(file('operations.ts')).toMatchFileSnapshot(
      '__snapshots__/ingest-status/operations.ts',
    );
  });

  it('client: MeibelClient with datasources.ingest.getStatus and its options', async () => {
    await expect(file('client.ts')).toMatchFileSnapshot('__snapshots__/ingest-status/client.ts');
  });

  // No streams, pages, forms or idempotency keys: no sse, pagination, form or idempotency module.
  it('ships the runtime modules it uses, and an index that exports everything', () => {
    expect(result.files.map((f) => f.path).sort()).toEqual([
      '.codegen-manifest.json',
      'client.ts',
      'index.ts',
      'operations.ts',
      'runtime/api-promise.ts',
      'runtime/body.ts',
      'runtime/client.ts',
      'runtime/deadline.ts',
      'runtime/errors.ts',
      'runtime/index.ts',
      'runtime/media-kind.ts',
      'runtime/own.ts',
      'runtime/path.ts',
      'runtime/redact.ts',
      'runtime/redirect.ts',
      'runtime/retry.ts',
      'runtime/security.ts',
      'runtime/serialize.ts',
      'types.ts',
    ]);
    expect(result.summary).toEqual({
      operations: 1,
      types: 5,
      files: 19,
      envVars: ['MEIBEL_API_KEY'],
      securitySchemes: 1,
      credentialParameters: 0,
      server: 'https://api.meibel.ai/v2',
    });
  });

  it("orders examples TypeScript first, then Python and Go as in the spec, on the method's docs only", () => {
    const labels = [...file('client.ts').matchAll(/@example (\w+)/g)].map((m) => m[1]);
    expect(labels).toEqual(['Create', 'Create', 'TypeScript', 'Python', 'Go']);
    expect(file('operations.ts')).not.toContain('@example');
  });
});
