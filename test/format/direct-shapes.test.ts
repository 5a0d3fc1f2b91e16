/**
 * Shapes a large spec (GitHub's) used to leave to prettier, now printed
 * directly: each must leave nothing for the format stage and be exactly what
 * prettier makes of it. A spec of this size then never loads prettier.
 */
import type { StatementStructures } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { StructureKind, VariableDeclarationKind } from '../../src/emit/structure-kind.js';
import { formatText } from '../../src/format/prettier.js';
import { draftText, printDraft } from '../../src/print/print.js';

const object = (...members: string[]) => `{\n${members.join('\n')}\n}`;
const open = object('[key: string]: unknown;');
const doc = '/**\n * The kind.\n */\n';
const names = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => `${prefix}Variant${i}WithALongerName`);

const alias = (name: string, type: string): StatementStructures => ({
  kind: StructureKind.TypeAlias,
  name,
  isExported: true,
  type,
});
const member = (name: string, type: string, optional = false): StatementStructures => ({
  kind: StructureKind.Interface,
  name: 'Holder',
  isExported: true,
  properties: [{ name, type, hasQuestionToken: optional }],
});
const longUnion = names('"', 6)
  .map((n) => `${n.slice(1).toLowerCase()}"`)
  .map((n) => `"${n}`)
  .join(' | ');

const fn = (
  parameters: Array<{ name: string; type: string; hasQuestionToken?: boolean }>,
  returnType: string,
  statement: string,
): StatementStructures => ({
  kind: StructureKind.Function,
  name: 'listSelectedRepositoriesEnabledForTheOrganization',
  isExported: true,
  parameters: [
    { name: 'client', type: 'GitHubCore' },
    ...parameters,
    { name: 'options', type: 'RequestOptions', hasQuestionToken: true },
  ],
  returnType,
  statements: [statement],
});

const PAGE = 'ListSelectedRepositoriesEnabledForTheOrganizationResponse, MinimalRepository';

/** A params interface extending shared parameters' interfaces, with or without members. */
const extending = (name: string, bases: string[], members: boolean): StatementStructures => ({
  kind: StructureKind.Interface,
  name,
  isExported: true,
  extends: bases,
  properties: members ? [{ name: 'sort', type: 'string | undefined', hasQuestionToken: true }] : [],
});
const PARAMS = 'ActionsListSelfHostedRunnersInGroupForOrgParams';
// Long enough that `export interface … extends A, B {}` is 101 columns and `{` alone 100.
const AT_WIDTH = `${PARAMS}XXXXXXX`;

const cases: Array<[string, StatementStructures]> = [
  [
    'a value list whose `= [` does not fit',
    {
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      isExported: true,
      declarations: [
        {
          name: 'CodeScanningVariantAnalysisStatusValues',
          type: 'readonly CodeScanningVariantAnalysisStatus[]',
          initializer: '["pending", "in_progress", "succeeded"]',
        },
      ],
    },
  ],
  ['an open object and a union of names', alias('Rule', `${open} & (${names('', 8).join(' | ')})`)],
  [
    'an open object and a union of objects and intersections',
    alias(
      'Collaborator',
      `${open} & ((SimpleUser & ${object(`${doc}kind: "User";`)}) | ${object('kind: "Team";', 'id: number;')} | (Named & Other))`,
    ),
  ],
  [
    'an object, a name and an object',
    alias('Stacked', `${open} & PullRequestMinimal & ${object('node_id: string;')}`),
  ],
  [
    'an object and two names, inside a union',
    alias(
      'Conditions',
      `${open} & ((${open} & RepositoryConditions & RepositoryNameTarget) | Other)`,
    ),
  ],
  // A webhook's issue: its own members over a repeated part's (written once, by its name).
  [
    'an object and a name of two names',
    member('issue', `${object(`${doc}assignees: User[];`)} & Omit<IssuePart, "assignees">`),
  ],
  [
    'an array of a name and an object',
    member('repositories', `(Repository & ${object('custom_properties?: string;')})[]`),
  ],
  [
    'a union of a union and an object',
    member(
      'source',
      `("gh-pages" | "master" | "master /docs") | ${object('branch: string;')}`,
      true,
    ),
  ],
  ['a long list of literals or undefined', member('sort', `(${longUnion})[] | undefined`, true)],
  [
    'a list of literals or undefined that fits on the line after its key',
    member(
      'aoRequestorType',
      `(${[...Array(16).keys()].map((i) => i + 1).join(' | ')})[] | undefined`,
      true,
    ),
  ],
  [
    'a union parameter too long for its line',
    fn(
      [{ name: 'actorType', type: longUnion }],
      'ApiPromise<void>',
      'return client.request<void>({ path: path`/orgs`, accept: "application/json" }, options);',
    ),
  ],
  [
    'two type arguments too long for their line, and a template calling a function',
    fn(
      [{ name: 'alertNumber', type: 'AlertNumber' }],
      `PagePromise<${PAGE}>`,
      `return paginate<${PAGE}>(client, { path: path\`/alerts/\${pathStyle("alert_number", alertNumber, "simple", false)}\`, accept: "application/json" }, { kind: "linkHeader", items: "repositories" }, options);`,
    ),
  ],
  [
    'a type argument that is a union with an object',
    fn(
      [],
      `ApiPromise<Deployment | ${object('message?: string;')} | undefined>`,
      `return client.request<Deployment | ${object('message?: string;')} | undefined>({ method: "POST", path: path\`/deployments\`, accept: "application/json" }, options);`,
    ),
  ],
  [
    'a literal parameter, and a return type of one name too long for its line',
    fn(
      [{ name: 'accessName', type: '"access"' }],
      'ApiPromise<GetCompaniesByCompanyIdIntegrationFeatureSettingsByIntegrationFeatureSettingIdResponse>',
      'return client.request<void>({ path: path`/access`, accept: "application/json" }, options);',
    ),
  ],
  [
    'a property whose call hugs its last object',
    fn(
      [],
      'ApiPromise<Account>',
      'return client.request<Account>({ method: "POST", path: "/v1/accounts", body: formBody(params?.body, { bank_account: { style: "deepObject", explode: true }, business_profile: { style: "deepObject", explode: true } }), accept: "application/json" }, options);',
    ),
  ],
  [
    'an indexed access type among type arguments too long for their line',
    fn(
      [],
      `PagePromise<${PAGE.replace(', MinimalRepository', ', ListSelectedRepositoriesEnabledForTheOrganizationResponse["tasks"][number]')}>`,
      `return paginate<${PAGE.replace(', MinimalRepository', ', ListSelectedRepositoriesEnabledForTheOrganizationResponse["tasks"][number]')}>(client, { path: "/tasks" }, { kind: "linkHeader", items: "tasks" }, options);`,
    ),
  ],
  [
    'one union type argument too long for its call',
    fn(
      [],
      'ApiPromise<InteractionsGetRestrictionsForAuthenticatedUserResponseOfALongerName | undefined>',
      'return client.request<InteractionsGetRestrictionsForAuthenticatedUserResponseOfALongerName | undefined>({ path: "/user/interaction-limits" }, options);',
    ),
  ],
  [
    'an alias of a union with a generic, on the line after `=`',
    alias(
      'InteractionsGetRestrictionsForOrgResponse',
      'InteractionLimitResponse | Record<string, never>',
    ),
  ],
  ['an interface whose bases fit its line', extending(PARAMS, ['PerPageParam'], true)],
  [
    'an interface with one base, past the width',
    extending(`${PARAMS}WithAVeryLongName`, ['ApiVersionParameterParam'], true),
  ],
  ['the same, empty', extending(`${PARAMS}WithAVeryLongName`, ['ApiVersionParameterParam'], false)],
  [
    'an empty interface at the width, `{}` counted',
    extending(AT_WIDTH, ['PerPage', 'PageParam'], false),
  ],
  ['an interface at the width, `{` counted', extending(AT_WIDTH, ['PerPage', 'PageParam'], true)],
  [
    'an interface whose bases go on a line of their own',
    extending(PARAMS, ['PerPageParam', 'PageParam', 'SinceParam'], true),
  ],
  ['an interface with a base on each line', extending(PARAMS, names('Base', 5), false)],
  ['the same with members', extending(PARAMS, names('Base', 5), true)],
];

describe('shapes printed without prettier', () => {
  it.each(cases)('%s', async (_name, statement) => {
    const draft = printDraft({
      path: 'x.ts',
      structure: { kind: StructureKind.SourceFile, statements: [statement] },
    });
    expect(draft.pieces.filter((p) => !p.formatted)).toEqual([]);
    const text = draftText(draft);
    expect(text).toBe(await formatText(text));
  });
});
