/**
 * Compile-time checks on the Meibel SDK: type-checked (not run) by
 * test/typecheck.test.ts with the contract's strict flags. Each
 * `@ts-expect-error` line fails the check if it ever compiles.
 */
import {
  IngestStatus,
  IngestStatusValues,
  MeibelClient,
  UnprocessableEntityError,
  getIngestStatus,
  type GetIngestStatusError,
  type IngestStatusResponse,
  type ValidationError,
} from '../../generated/meibel/index.js';

export async function usage(): Promise<void> {
  const client = new MeibelClient({
    apiKey: 'k',
    timeout: 1000,
    maxRetries: 1,
    headers: { 'x-a': 'b' },
  });
  const status: IngestStatusResponse = await client.datasources.ingest.getStatus('id', {
    timeout: 5,
  });
  const viaFunction: Promise<IngestStatusResponse> = getIngestStatus(client, 'id');
  void viaFunction;

  // completed_at is optional and nullable; datasource_id and status are required.
  const minimal: IngestStatusResponse = {
    datasource_id: 'x',
    status: 'running',
    completed_at: null,
  };
  // @ts-expect-error status is required
  const missing: IngestStatusResponse = { datasource_id: 'x' };
  // @ts-expect-error not one of the eight statuses
  const wrong: IngestStatus = 'done';
  const named: IngestStatus = IngestStatus.timed_out;
  const all: readonly IngestStatus[] = IngestStatusValues;
  // @ts-expect-error datasource_id is a string, never null
  const nullId: IngestStatusResponse = { datasource_id: null, status: 'running' };
  void [status, minimal, missing, wrong, named, all, nullId];

  // @ts-expect-error the path parameter is required
  await client.datasources.ingest.getStatus();

  try {
    await client.datasources.ingest.getStatus('id');
  } catch (e) {
    const error = e as GetIngestStatusError;
    if (error instanceof UnprocessableEntityError) {
      const first: ValidationError | undefined = error.body.detail?.[0];
      const loc: (string | number)[] | undefined = first?.loc;
      // @ts-expect-error the body is HTTPValidationError, not `any`
      const notAny: number = error.body;
      void [loc, notAny];
    }
  }
}
