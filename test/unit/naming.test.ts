import { describe, expect, it } from 'vitest';
import { camelCase, constantCase, exportRegistry, pascalCase, safeIdentifier } from '../../src/ir/naming.js';

describe('naming', () => {
  it('PascalCase keeps inner capitals and makes identifiers of anything', () => {
    expect(pascalCase('HTTPValidationError')).toBe('HTTPValidationError');
    expect(pascalCase('ingest_status-response')).toBe('IngestStatusResponse');
    expect(pascalCase('1st place')).toBe('_1stPlace');
    expect(pascalCase('café.menu')).toBe('CaféMenu');
  });

  it('camelCase lowers a leading word or acronym', () => {
    expect(camelCase('datasource_id')).toBe('datasourceId');
    expect(camelCase('getIngestStatus')).toBe('getIngestStatus');
    expect(camelCase('GetUser')).toBe('getUser');
    expect(camelCase('HTTPStatus')).toBe('httpStatus');
    expect(camelCase('X-Request-ID')).toBe('xRequestID');
  });

  it('CONSTANT_CASE for environment variables', () => {
    expect(constantCase('Meibel')).toBe('MEIBEL');
    expect(constantCase('bearerAuth')).toBe('BEARER_AUTH');
  });

  it('keywords get a trailing underscore as identifiers', () => {
    expect(safeIdentifier('default')).toBe('default_');
    expect(safeIdentifier('id')).toBe('id');
  });

  it('clashes with globals and runtime exports get a stable suffix; duplicates are numbered', () => {
    const names = exportRegistry();
    expect(names.claim('Error')).toBe('ErrorSchema');
    expect(names.claim('ApiError')).toBe('ApiErrorSchema');
    expect(names.claim('Pet')).toBe('Pet');
    expect(names.claim('Pet')).toBe('Pet2');
    expect(names.claim('ValidationError')).toBe('ValidationError');
  });
});
