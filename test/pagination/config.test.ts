/** The config's `pagination` option: switching an operation's pagination off, replacing it, and its errors. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CodegenError, generate } from '../../src/index.js';
import { runCli } from '../helpers/cli.js';
import { GITHUB } from './slices.js';

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'codegen-pagination-config-'));
  writeFileSync(join(work, 'github.json'), JSON.stringify(GITHUB));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

async function runWithConfig(pagination: unknown) {
  writeFileSync(
    join(work, 'codegen.config.json'),
    JSON.stringify({ input: 'github.json', output: 'sdk', pagination }),
  );
  return runCli([], work);
}

/** The statement that hands `functionName`'s request to the client. */
function callOf(functionName: string): string {
  const source = readFileSync(join(work, 'sdk/operations.ts'), 'utf8');
  const start = source.indexOf(`export function ${functionName}(`);
  return source.slice(start, source.indexOf('\n}\n', start));
}

describe('the pagination option', () => {
  it('false switches an operation off (by operationId); a descriptor replaces the inferred one (by function name)', async () => {
    const result = await runWithConfig({
      'repos/list-for-org': false,
      searchRepos: { kind: 'offset', items: ['items'], offsetParam: 'page', total: 'total_count' },
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(callOf('reposListForOrg')).toContain('client.request<');
    expect(callOf('reposListForOrg')).not.toContain('paginate');
    expect(callOf('searchRepos')).toContain(
      "offsetPages({ items: 'items', offsetParam: 'page', total: 'total_count' })",
    );
    // What it does not name keeps its inferred pagination.
    expect(callOf('orgsListMembers')).toContain('linkHeaderPages({ items: [] })');
  });

  it('a name that is no operation is an error naming it', async () => {
    const result = await runWithConfig({ 'repos/list-for-orgs': false });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      'Invalid option "pagination": "repos/list-for-orgs" is neither an operationId nor a function name of an operation',
    );
  });

  it.each([
    [
      { reposListForOrg: true },
      '"pagination.reposListForOrg" must be false or a pagination descriptor',
    ],
    [
      { reposListForOrg: { kind: 'pages', items: [] } },
      '"pagination.reposListForOrg.kind" must be',
    ],
    [
      { reposListForOrg: { kind: 'cursor', items: [], param: 'cursor' } },
      '"pagination.reposListForOrg.cursor" is required for a "cursor" descriptor',
    ],
    [
      { reposListForOrg: { kind: 'cursor', items: [], cursor: 'c', param: 'c', in: 'query' } },
      '"pagination.reposListForOrg.in" must be "body"',
    ],
    [
      { reposListForOrg: { kind: 'link', items: [], next: [] } },
      '"pagination.reposListForOrg.next" must be a field name or a list of field names',
    ],
    [
      { reposListForOrg: { kind: 'linkHeader', items: [], next: 'next' } },
      '"pagination.reposListForOrg" has "next", which a "linkHeader" descriptor does not take',
    ],
    [
      {
        reposListForOrg: { kind: 'page', items: [], pageParam: 'page', pagesHeader: 'X Pages' },
      },
      `"pagination.reposListForOrg.pagesHeader" must be a header's name`,
    ],
    [[], '"pagination" must be an object keyed by operationId'],
  ])('an invalid value is a config error at /pagination: %j', async (pagination, message) => {
    const result = await runWithConfig(pagination);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('at /pagination: Invalid config');
    expect(result.stderr).toContain(message);
  });

  it('generate() checks the value too', async () => {
    const error = await generate({
      input: join(work, 'github.json'),
      output: join(work, 'sdk'),
      pagination: { reposListForOrg: { kind: 'cursor' } } as never,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CodegenError);
    expect((error as CodegenError).message).toContain(
      '"pagination.reposListForOrg.items" is required for a "cursor" descriptor',
    );
  });
});

// Red team: an override of an operation that answers a stream had been said to name none.
it('an operation that answers a stream is said to never page', async () => {
  const error = await generate({
    input: 'test/fixtures/json-or-stream.yaml',
    output: 'unused',
    dryRun: true,
    pagination: { createChatCompletion: { kind: 'offset', items: 'data', offsetParam: 'offset' } },
  }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(CodegenError);
  expect((error as Error).message).toContain(
    '"createChatCompletion" answers a stream of events, which never pages',
  );
});

// Red team: a typo in a descriptor's parameter (`offsetParam: "nope"`) had walked nowhere unsaid.
it('warns of a parameter the descriptor names that the operation does not declare', async () => {
  const { warnings } = await generate({
    input: join(work, 'github.json'),
    output: 'unused',
    dryRun: true,
    pagination: {
      searchRepos: { kind: 'offset', items: ['items'], offsetParam: 'nope' },
      reposListForOrg: { kind: 'offset', items: [], offsetParam: 'page', limitParam: 'per_page' },
    },
  });
  const said = warnings.map((w) => w.message).filter((m) => m.includes('pagination of'));
  expect(said).toEqual([
    'The pagination of searchRepos names "offsetParam": "nope", which is no query parameter of the operation: it is sent all the same, and the call takes it',
  ]);
});

// Hetzner's lists declare no `page` nor `per_page`: with the config's descriptor the walk sent
// them, but the caller could not choose a page size or a first page without a cast.
it("a parameter the config's pagination names and the spec does not declare is the call's too", async () => {
  const { files } = await generate({
    input: join(work, 'github.json'),
    output: 'unused',
    dryRun: true,
    pagination: {
      searchRepos: { kind: 'page', items: ['items'], pageParam: 'pg', limitParam: 'size' },
    },
  });
  const types = files.find((f) => f.path === 'types.ts')!.content;
  const params = /export interface SearchReposParams\b[^]*?\n\}/.exec(types)?.[0] ?? '';
  expect(params).toMatch(/\n {2}pg\?: number \| undefined;/);
  expect(params).toMatch(/\n {2}size\?: number \| undefined;/);
  // Never one that would take a declared one's name (red team: a declared one had been renamed).
  const { files: clash } = await generate({
    input: join(work, 'github.json'),
    output: 'unused',
    dryRun: true,
    pagination: {
      searchRepos: { kind: 'page', items: ['items'], pageParam: 'Q', limitParam: 'size' },
    },
  });
  const clashed = /export interface SearchReposParams\b[^]*?\n\}/.exec(
    clash.find((f) => f.path === 'types.ts')!.content,
  )?.[0];
  expect(clashed).toMatch(/\n {2}q: string;/);
  expect(clashed).not.toMatch(/\bq2\b/);
});
