/**
 * Media types are classified by one rule set, the same in the generator and in the SDK's runtime,
 * but for text types a call reads with `readText` (below).
 */
import { describe, expect, it } from 'vitest';
import { mediaKind as generatorKind } from '../../src/normalize/media-type.js';
import { mediaKind as runtimeKind } from '../../templates/runtime/media-kind.js';

const TABLE: ReadonlyArray<[string, string]> = [
  ['application/json', 'json'],
  ['application/json; charset=utf-8', 'json'],
  ['Application/JSON', 'json'],
  ['application/vnd.github+json', 'json'],
  ['application/merge-patch+json', 'json'],
  ['application/problem+json', 'json'],
  ['application/json-patch+json', 'json'],
  ['*/*', 'json'],
  // ASP.NET (Swashbuckle) declares these beside application/json.
  ['text/json', 'json'],
  ['application/*+json', 'json'],
  // What DynamoDB answers where its spec says application/json.
  ['application/x-amz-json-1.0', 'json'],
  ['application/x-amz-json-1.1', 'json'],
  // A stream of JSON values, one per line (Otoroshi's, Zuora's, a Kubernetes watch).
  ['application/json-seq', 'json-lines'],
  ['application/x-ndjson', 'json-lines'],
  ['application/ndjson', 'json-lines'],
  ['application/jsonl', 'json-lines'],
  ['application/stream+json', 'json-lines'],
  ['application/json;stream=watch', 'json-lines'],
  ['application/json; Stream=watch; charset=utf-8', 'json-lines'],
  ['application/vnd.kubernetes.protobuf;stream=watch', 'binary'],
  ['application/json;stream=watched', 'json'],
  ['application/x-www-form-urlencoded', 'form'],
  ['application/x-www-form-urlencoded; charset=utf-8', 'form'],
  ['multipart/form-data', 'multipart'],
  // Mastodon's misspelling: its uploads went as raw bytes.
  ['application/form-data', 'multipart'],
  ['multipart/mixed', 'binary'],
  ['text/event-stream', 'event-stream'],
  ['text/plain', 'text'],
  ['text/csv', 'text'],
  ['text/html; charset=utf-8', 'text'],
  ['application/xml', 'text'],
  ['application/atom+xml', 'text'],
  ['application/octet-stream', 'binary'],
  ['application/vnd.github.raw', 'binary'],
  ['image/png', 'binary'],
  ['application/pdf', 'binary'],
  // Parameters, spaces and case around the essence change nothing.
  [' Application/Problem+JSON ;charset=utf-8', 'json'],
  ['application/json ; x=1', 'json'],
  ['application/jsonp; x=1', 'binary'],
  ['TEXT/Event-Stream ; charset=utf-8', 'event-stream'],
  ['text/event-streams', 'text'],
  ['text/event-stream-x; a=b', 'text'],
  ['application/soap+XML;charset=utf-8', 'text'],
  ['application/xmlx', 'binary'],
  ['*/* ; q=0.5', 'json'],
];

describe('mediaKind', () => {
  it.each(TABLE)('%s is %s, in the generator and in the runtime', (type, kind) => {
    expect(generatorKind(type)).toBe(kind);
    expect(runtimeKind(type)).toBe(kind);
  });

  // YAML (Kubernetes'), JavaScript, Turtle (Europeana's) and CSV (Velo's) are text to the generator, which
  // types them `string` and has the call read them with `readText`: the runtime's classifier,
  // in every bundle, does not carry them (20 B).
  it.each([
    'application/yaml',
    'application/x-yaml; charset=utf-8',
    'application/vnd.oai.openapi+yaml',
    'application/javascript',
    'application/x-turtle',
    'application/csv',
  ])('%s is text to the generator', (type) => {
    expect(generatorKind(type)).toBe('text');
    expect(runtimeKind(type)).toBe('binary');
  });
  it('application/yamlx is no YAML', () =>
    expect(generatorKind('application/yamlx')).toBe('binary'));
});
