import { describe, expect, it } from 'vitest';
import ts from 'typescript';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from '../../src/index.js';
import {
  camelCase,
  claimEach,
  clientOptionScope,
  constantCase,
  exportScope,
  memberScope,
  pascalCase,
  parameterScope,
  paramsKeyScope,
  serverKeyScope,
} from '../../src/ir/naming.js';

/** What TypeScript's own scanner reads as one identifier. */
function isIdentifier(name: string): boolean {
  const scanner = ts.createScanner(ts.ScriptTarget.ES2022, true, ts.LanguageVariant.Standard, name);
  return scanner.scan() === ts.SyntaxKind.Identifier && scanner.getTokenEnd() === name.length;
}

describe('naming', () => {
  it('PascalCase keeps inner capitals and makes identifiers of anything', () => {
    expect(pascalCase('HTTPValidationError')).toBe('HTTPValidationError');
    expect(pascalCase('ingest_status-response')).toBe('IngestStatusResponse');
    expect(pascalCase('1st place')).toBe('_1stPlace');
    expect(pascalCase('café.menu')).toBe('CaféMenu');
  });

  it('splits ASCII text at every character an identifier cannot hold, and at _ and $', () => {
    for (let code = 0; code < 0x80; code++) {
      const char = String.fromCharCode(code);
      const inWord =
        char !== '_' && char !== '$' && ts.isIdentifierPart(code, ts.ScriptTarget.ES2022);
      expect([char, pascalCase(`x${char}y`)]).toStrictEqual([char, inWord ? `X${char}y` : 'XY']);
    }
  });

  it('camelCase lowers a leading word or acronym', () => {
    expect(camelCase('datasource_id')).toBe('datasourceId');
    expect(camelCase('getIngestStatus')).toBe('getIngestStatus');
    expect(camelCase('GetUser')).toBe('getUser');
    // Xero's `IDs` parameter: an acronym's plural is lowered whole.
    expect(camelCase('IDs')).toBe('ids');
    // MIMIC's `SNMPv3` had become `snmPv3`.
    expect(camelCase('SNMPv3')).toBe('snmpv3');
    // Fuzz: `ƛ` upper-cased is a letter TypeScript's Unicode does not know (`GetByꟜParams`).
    expect(pascalCase('get by ƛ')).toBe('GetByƛ');
    expect(camelCase('ƛ thing')).toBe('ƛThing');
    expect(camelCase('user IDs')).toBe('userIDs');
    expect(camelCase('HTTPStatus')).toBe('httpStatus');
    expect(camelCase('X-Request-ID')).toBe('xRequestID');
    // Mux's SCREAMING_SNAKE parameters (were `liveSTREAMID`, `pageSIZE`).
    expect(camelCase('LIVE_STREAM_ID')).toBe('liveStreamId');
    expect(camelCase('PAGE_SIZE')).toBe('pageSize');
    expect(pascalCase('ERROR_RESPONSE')).toBe('ErrorResponse');
    expect(pascalCase('HTTP')).toBe('HTTP');
    expect(camelCase('X-API-KEY')).toBe('xApiKey');
    // Walmart's headers, dotted too (were `wmSECTIMESTAMP`, `wmCONSUMERCHANNELTYPE`).
    expect(camelCase('WM_SEC.TIMESTAMP')).toBe('wmSecTimestamp');
    expect(camelCase('WM_CONSUMER.CHANNEL.TYPE')).toBe('wmConsumerChannelType');
    expect(camelCase('SKU EAN')).toBe('skuEAN');
  });

  // Twilio's filters: `DateSent<` and `DateSent>` are two parameters, not `dateSent2`/`dateSent3`.
  it('a comparison ending a name is said in words; angle brackets elsewhere are not', () => {
    expect(camelCase('DateSent<')).toBe('dateSentBefore');
    expect(camelCase('DateSent>')).toBe('dateSentAfter');
    expect(camelCase('StartTime>=')).toBe('startTimeAtOrAfter');
    expect(camelCase('EndTime<=')).toBe('endTimeAtOrBefore');
    expect(pascalCase('List<String>')).toBe('ListString');
  });

  it('CONSTANT_CASE for environment variables', () => {
    expect(constantCase('Meibel')).toBe('MEIBEL');
    expect(constantCase('bearerAuth')).toBe('BEARER_AUTH');
    // Environment variable names stay ASCII.
    expect(constantCase('Café Ümlaut 中文')).toBe('CAFE_UMLAUT');
  });

  it.each([
    'X²',
    'a\u200db',
    'price€',
    '𐄇 count',
    'Ⅻ',
    'naïve',
    '日本語',
    '\u{10FFFF}x',
    '🙂smile',
    'a\u0301b',
    'x\u0897y',
    '\u1C89',
    'a\uA7CB',
  ])('makes a valid TypeScript identifier of %j', (text) => {
    for (const name of [pascalCase(text), camelCase(text)])
      expect(isIdentifier(name), name).toBe(true);
  });

  it('exports never include `then` (a thenable module breaks `await import()`)', () => {
    expect(exportScope().claim('then')).toBe('thenSchema');
  });

  it("credential options never take a base option's name", () => {
    const options = clientOptionScope();
    expect(
      ['timeout', 'apiKey', 'apiKey', 'headers', 'fetch'].map((n) => options.claim(n)),
    ).toStrictEqual([
      'timeoutCredential',
      'apiKey',
      'apiKey2',
      'headersCredential',
      'fetchCredential',
    ]);
  });

  it('members keep clear of the base client and of `then`; keywords are fine as members', () => {
    const members = memberScope();
    expect(
      ['request', 'then', 'constructor', 'delete', 'list'].map((n) => members.claim(n)),
    ).toStrictEqual(['request_', 'then_', 'constructor_', 'delete', 'list']);
  });

  it('server keys never set a prototype', () => {
    expect(serverKeyScope().claim('__proto__')).toBe('__proto___');
  });

  // Red team: a path's `:readAny` had shadowed the runtime's reader in the function's body.
  it("a path parameter's binding never shadows what the runtime exports", () => {
    expect(parameterScope('op').claim('readAny')).toBe('readAny_');
    expect(parameterScope('op').claim('encodeParams')).toBe('encodeParams_');
  });

  it('keywords get a trailing underscore as bindings, never as keys', () => {
    expect(parameterScope('op').claim('default')).toBe('default_');
    expect(parameterScope('op').claim('id')).toBe('id');
    expect(paramsKeyScope().claim('default')).toBe('default');
    expect(paramsKeyScope().claim('toString')).toBe('toString_');
  });

  // BulkSMS's `GET /messages/send?body=…`: with no request body, `body` is the parameter's.
  it('`body` and `contentType` are keys of the body where it has them, else free', () => {
    expect([paramsKeyScope(0).claim('body'), paramsKeyScope(0).claim('contentType')]).toEqual([
      'body',
      'contentType',
    ]);
    expect([paramsKeyScope(1).claim('body'), paramsKeyScope(1).claim('contentType')]).toEqual([
      'body_',
      'contentType',
    ]);
    expect(paramsKeyScope(2).claim('contentType')).toBe('contentType_');
  });

  it('clashes with globals and runtime exports get a stable suffix; duplicates are numbered', () => {
    const names = exportScope();
    expect(names.claim('Error')).toBe('ErrorSchema');
    expect(names.claim('ApiError')).toBe('ApiErrorSchema');
    expect(names.claim('Pet')).toBe('Pet');
    expect(names.claim('Pet')).toBe('Pet2');
    expect(names.claim('ValidationError')).toBe('ValidationError');
  });
});

// The runtime's `stream` and `paginate` are functions, not members of the client.
it('a resource named stream or paginate keeps its name on the client', () => {
  const members = memberScope('client');
  expect([members.claim('stream'), members.claim('paginate'), members.claim('request')]).toEqual([
    'stream',
    'paginate',
    'request_',
  ]);
});

// Casing SCREAMING_SNAKE words made `ERROR_RESPONSE` take `ErrorResponse` from the schema of that
// name (which became `ErrorResponse2`) when listed first, and `PAGE_SIZE` take `page_size`'s key.
describe('claimEach', () => {
  it('gives a name to the text already spelled so, then to lower case, then to SCREAMING', () => {
    const names = claimEach(exportScope(), [
      { text: 'ERROR_RESPONSE', wanted: 'ErrorResponse' },
      { text: 'error_response', wanted: 'ErrorResponse' },
      { text: 'ErrorResponse', wanted: 'ErrorResponse' },
    ]);
    expect(names).toEqual(['ErrorResponse3', 'ErrorResponse2', 'ErrorResponse']);
  });

  it('keeps the plain names of a spec that lists the SCREAMING ones first', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'codegen-claim-each-'));
    const spec = {
      openapi: '3.0.3',
      info: { title: 'Shop', version: '1' },
      servers: [{ url: 'https://shop.example' }],
      paths: {
        '/items': {
          get: {
            operationId: 'listItems',
            parameters: [
              { name: 'PAGE_SIZE', in: 'query', schema: { type: 'integer' } },
              { name: 'page_size', in: 'query', schema: { type: 'integer' } },
            ],
            responses: {
              '200': {
                description: 'ok',
                content: {
                  'application/json': { schema: { $ref: '#/components/schemas/ErrorResponse' } },
                },
              },
            },
          },
        },
      },
      components: {
        schemas: {
          ERROR_RESPONSE: { type: 'object', properties: { code: { type: 'string' } } },
          ErrorResponse: { type: 'object', properties: { message: { type: 'string' } } },
        },
      },
    };
    writeFileSync(join(dir, 'spec.json'), JSON.stringify(spec));
    const { files } = await generate({
      input: join(dir, 'spec.json'),
      output: join(dir, 'out'),
      dryRun: true,
    }).finally(() => rmSync(dir, { recursive: true, force: true }));
    const content = (path: string) => files.find((f) => f.path === path)!.content;
    expect(content('types.ts')).toMatch(/interface ErrorResponse \{\s*message\?: string;/);
    expect(content('types.ts')).toMatch(/interface ErrorResponse2 \{\s*code\?: string;/);
    expect(content('operations.ts')).toMatch(
      /PAGE_SIZE: params\?\.pageSize2,\s*page_size: params\?\.pageSize\b/,
    );
  });
});

// api.video's `LIST-videos` had `listVideos` beside `LISTVideosParams`; a second `getPet` had
// `getPet2` beside `GetPetParams2`.
describe('an operation’s types', () => {
  it('are named as its function is, clash number included', async () => {
    const { normalizeDocument } = await import('../../src/normalize/document.js');
    const query = [{ name: 'q', in: 'query', schema: { type: 'string' } }];
    const op = (operationId: string) => ({
      operationId,
      parameters: query,
      responses: { '200': { description: 'ok' } },
    });
    const api = normalizeDocument({
      openapi: '3.0.3',
      info: { title: 'Names', version: '1' },
      paths: {
        '/videos': { get: op('LIST-videos'), post: op('POST-video') },
        '/pets/mine': { get: op('getPet') },
        '/pets': { get: op('getPet') },
        '/a': { get: op('list1'), post: op('list1') },
        '/b': { get: op('delete'), post: op('delete') },
      },
    } as never);
    expect(api.operations.map((o) => [o.functionName, o.paramsTypeName, o.errorTypeName])).toEqual([
      ['listVideos', 'ListVideosParams', 'ListVideosError'],
      ['postVideo', 'PostVideoParams', 'PostVideoError'],
      ['getPet', 'GetPetParams', 'GetPetError'],
      ['getPet2', 'GetPet2Params', 'GetPet2Error'],
      ['list1', 'List1Params', 'List1Error'],
      ['list12', 'List12Params', 'List12Error'],
      ['deleteOperation', 'DeleteParams', 'DeleteError'],
      ['deleteOperation2', 'Delete2Params', 'Delete2Error'],
    ]);
  });
});
