/** The IR of the seed's schemas and operation, asserted as literal objects. */
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../src/load/index.js';
import { normalizeDocument } from '../../src/normalize/document.js';

const api = normalizeDocument((await loadSpec(['specs/meibel/get-ingest-status.md'])).document);

describe('normalize: ingest-status page', () => {
  it('IngestStatusResponse: required, optional, nullable via anyOf, default', () => {
    expect(api.schemas.find((s) => s.key === 'IngestStatusResponse')).toStrictEqual({
      key: 'IngestStatusResponse',
      typeName: 'IngestStatusResponse',
      schema: {
        kind: 'object',
        title: 'IngestStatusResponse',
        description: 'Status of the most recent ingest run for a datasource.',
        additional: false,
        properties: [
          {
            name: 'datasource_id',
            required: true,
            schema: { kind: 'string', title: 'Datasource Id', description: 'ID of the datasource' },
          },
          {
            name: 'status',
            required: true,
            schema: { kind: 'ref', target: 'IngestStatus', description: 'Overall run status' },
          },
          {
            name: 'started_at',
            required: false,
            schema: {
              kind: 'union',
              variants: [{ kind: 'string' }, { kind: 'null' }],
              title: 'Started At',
              description: 'ISO 8601 timestamp when this run started',
            },
          },
          {
            name: 'completed_at',
            required: false,
            schema: {
              kind: 'union',
              variants: [{ kind: 'string' }, { kind: 'null' }],
              title: 'Completed At',
              description: 'ISO 8601 timestamp when this run finished — null while still running',
            },
          },
          {
            name: 'methods',
            required: false,
            schema: {
              kind: 'array',
              items: { kind: 'ref', target: 'IngestMethodSummary' },
              title: 'Methods',
              description: 'Per-method progress and counts for this run',
              default: { value: [] },
            },
          },
        ],
      },
    });
  });

  it('IngestStatus: a string enum with a values list', () => {
    expect(api.schemas.find((s) => s.key === 'IngestStatus')).toStrictEqual({
      key: 'IngestStatus',
      typeName: 'IngestStatus',
      valuesName: 'IngestStatusValues',
      schema: {
        kind: 'enum',
        values: [
          'not_started',
          'running',
          'completed',
          'failed',
          'canceled',
          'terminated',
          'timed_out',
          'unknown',
        ],
        title: 'IngestStatus',
        description: 'Lifecycle state of an ingest run.',
      },
    });
  });

  it('getIngestStatus: path parameter, responses, security, samples and client placement', () => {
    const [op] = api.operations;
    expect(op).toMatchObject({
      functionName: 'getIngestStatus',
      method: 'GET',
      path: '/datasources/{datasource_id}/ingest-status',
      pathParameters: [
        {
          name: 'datasource_id',
          identifier: 'datasourceId',
          in: 'path',
          required: true,
          schema: { kind: 'string', title: 'Datasource Id' },
        },
      ],
      otherParameters: [],
      success: {
        status: '200',
        description: 'Successful Response',
        schema: { kind: 'ref', target: 'IngestStatusResponse' },
      },
      errors: [{ status: '422', schema: { kind: 'ref', target: 'HTTPValidationError' } }],
      accept: 'application/json',
      security: [['APIKeyHeader']],
      resource: ['datasources', 'ingest'],
      methodName: 'getStatus',
      errorTypeName: 'GetIngestStatusError',
    });
    expect(op?.codeSamples.map((s) => s.lang)).toEqual(['TypeScript', 'Python', 'Go']);
    expect(op?.body).toBeUndefined();
    expect(op?.paramsTypeName).toBeUndefined();
  });

  it('client: named from the TypeScript sample, one API-key scheme, first server', () => {
    expect(api.client).toStrictEqual({
      className: 'MeibelClient',
      coreName: 'MeibelCore',
      optionsName: 'MeibelClientOptions',
      envPrefix: 'MEIBEL',
      baseUrlEnvVar: 'MEIBEL_BASE_URL',
    });
    expect(api.securitySchemes).toStrictEqual([
      {
        key: 'APIKeyHeader',
        kind: { type: 'apiKey', in: 'header', name: 'Meibel-API-Key' },
        optionName: 'apiKey',
        envVars: ['MEIBEL_API_KEY'],
      },
    ]);
    expect(api.servers[0]).toStrictEqual({
      url: 'https://api.meibel.ai/v2',
      description: 'Meibel API (v2)',
      key: 'meibelAPIV2',
      index: 0,
    });
    expect(api.serversConstName).toBe('MeibelServers');
  });
});
