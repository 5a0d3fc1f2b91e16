/** Method names as hand-made SDKs read, from real operationIds: no fragments, no repeated resource. */
import type { OpenAPI3 } from 'openapi-typescript';
import { describe, expect, it } from 'vitest';
import type { HttpMethod } from '../../src/ir/api.js';
import {
  collectionPaths,
  methodName,
  parentPaths,
  resourceFromPath,
  resourceFromTag,
  stem,
  type MethodNameInput,
} from '../../src/normalize/method-names.js';
import { shortTitle } from '../../src/normalize/client-info.js';
import { collectWarnings } from '../../src/normalize/warnings.js';
import { clientClassFromSample } from '../../src/normalize/code-samples.js';
import { words } from '../../src/ir/naming.js';
import { normalizeDocument } from '../../src/normalize/document.js';

const STRIPE_PATHS = [
  '/v1/customers',
  '/v1/customers/search',
  '/v1/customers/{customer}',
  '/v1/customers/{customer}/discount',
  '/v1/customers/{customer}/sources',
  '/v1/customers/{customer}/sources/{id}',
  '/v1/charges/{charge}/capture',
  '/v1/balance',
  '/2010-04-01/Accounts/{AccountSid}/Calls.json',
  '/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}.json',
];

describe('resources from paths (specs without tags)', () => {
  it.each<[string, string[]]>([
    ['/v1/customers', ['customers']],
    ['/v1/customers/{customer}', ['customers']],
    ['/v1/customers/{customer}/sources/{id}', ['customers', 'sources']],
    // A last segment with nothing below it that says what to do is an action on its parent;
    // one that names a thing is a resource of its own.
    ['/v1/customers/search', ['customers']],
    ['/v1/billing_portal/sessions', ['billingPortal', 'sessions']],
    ['/v1/charges/{charge}/capture', ['charges']],
    // SIGNL4's (had been `alerts.updateAnnotate`, `users.updatePunchIn`).
    ['/alerts/{alertId}/annotate', ['alerts']],
    ['/alerts/{alertId}/undoClose', ['alerts']],
    ['/users/{userId}/punchIn', ['users']],
    ['/punch-cards', ['punchCards']],
    ['/projects/{id}/fork', ['projects']],
    ['/v1/customers/{customer}/discount', ['customers', 'discount']],
    ['/v1/balance', ['balance']],
    ['/2010-04-01/Accounts/{AccountSid}/Calls.json', ['accounts', 'calls']],
    // Jira's `/rest/api/2/…`: a bare version number is no resource (was `client._2.issue`).
    ['/rest/api/2/issue/{issueIdOrKey}', ['issue']],
    // Telegram's calls at the root name no resource: `client.sendMessage()`.
    ['/sendMessage', []],
    ['/getMe', []],
    ['/editMessageText', []],
    // `log out` is a verb of two words; `restrict` a verb (were `client.logOut.create()`).
    ['/logOut', []],
    // Plaid's RPC routes end in a verb (was `client.item.publicToken.exchange.create()`).
    ['/item/public_token/exchange', ['item', 'publicToken']],
    ['/sandbox/item/fire_webhook', ['sandbox', 'item']],
    // Adyen's disputes (were `client.defendDispute.create()`).
    ['/defendDispute', []],
    // GitLab's star of a project, without tags.
    ['/projects/{id}/star', ['projects']],
    ['/restrictChatMember', []],
  ])('%s → %j', (path, resource) => {
    expect(resourceFromPath({ path, parents: parentPaths(STRIPE_PATHS) })).toEqual(resource);
  });

  it('a tag drops version words', () => {
    expect(resourceFromTag('Api20100401Account')).toEqual(['account']);
    expect(resourceFromTag('admin.conversations')).toEqual(['adminConversations']);
    // DigitalOcean's: a number that starts the name is a word of it, a version is none.
    expect(resourceFromTag('1-Click Applications')).toEqual(['oneClickApplications']);
    // Meraki's ratios, in words (had been `mxManyNATRules` beside `mxNATRules`).
    expect(resourceFromTag('MX 1:Many NAT Rules')).toEqual(['mxOneToManyNATRules']);
    expect(resourceFromTag('MX 1:1 NAT Rules')).toEqual(['mxOneToOneNATRules']);
    expect(resourceFromTag('Accounts 2')).toEqual(['accounts']);
    // Files.com: keys of the API, beside its `publicKeys`.
    expect(resourceFromTag('api_keys')).toEqual(['apiKeys']);
    expect(resourceFromTag('Users API')).toEqual(['users']);
    expect(resourceFromTag('API v2 Users')).toEqual(['users']);
    // Versions only: the path names the resource.
    expect(resourceFromTag('v1')).toBeUndefined();
    expect(resourceFromTag('Version 2')).toBeUndefined();
  });

  // LetMC's `client.diaryController`, LambdaTest's `client.getDevices.list()`.
  it("a tag drops a handler class's word and a reading verb before its thing", () => {
    expect(resourceFromTag('DiaryController')).toEqual(['diary']);
    expect(resourceFromTag('Get Devices')).toEqual(['devices']);
    expect(resourceFromTag('Get OS-Browsers')).toEqual(['osBrowsers']);
    // Alone, each is the thing.
    expect(resourceFromTag('Controller')).toEqual(['controller']);
    expect(resourceFromTag('List')).toEqual(['list']);
    // Red team: not before what it does not read, nor a mailing list's members.
    expect(resourceFromTag('Get Started')).toEqual(['getStarted']);
    expect(resourceFromTag('List Members')).toEqual(['listMembers']);
    // A name run together is a thing: Azure's list management.
    expect(resourceFromTag('ListManagementImageLists')).toEqual(['listManagementImageLists']);
    // A verb that does something stays: `startScreenshotTest` is no screenshot test.
    expect(resourceFromTag('Start Screenshot Test')).toEqual(['startScreenshotTest']);
  });

  // Vimeo's 61 tags had become `albumsEssentials`, `albumsAlbumVideos`, `videosTextTracks`.
  it('a tag that nests names a resource within one', () => {
    expect(resourceFromTag('Albums\\Essentials')).toEqual(['albums']);
    expect(resourceFromTag('Albums\\Album videos')).toEqual(['albums', 'videos']);
    expect(resourceFromTag('Albums\\Custom album thumbnails')).toEqual([
      'albums',
      'customThumbnails',
    ]);
    expect(resourceFromTag('Videos\\Text Tracks')).toEqual(['videos', 'textTracks']);
    expect(resourceFromTag('On Demand\\Purchases and Rentals')).toEqual([
      'onDemand',
      'purchasesAndRentals',
    ]);
    // A slash more often says "or" than "within".
    expect(resourceFromTag('Backup/Restore')).toEqual(['backupRestore']);
  });
});

/** The name `methodName` gives an operation of `resource` by its id, method and path. */
function named(name: string, method: HttpMethod, path: string, resource: string[]): string {
  return methodName({
    name,
    method,
    path,
    parents: new Set(),
    resource,
    pathParameters: [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!),
  }).name;
}

describe('method names', () => {
  it.each<[string, HttpMethod, string, string[], string[], string]>([
    // Stripe: the operationId echoes the route; what is left is a verb of the HTTP method and path.
    ['GetCustomers', 'GET', '/v1/customers', ['customers'], [], 'list'],
    ['PostCustomers', 'POST', '/v1/customers', ['customers'], [], 'create'],
    ['GetCustomersCustomer', 'GET', '/v1/customers/{customer}', ['customers'], ['customer'], 'get'],
    [
      'PostCustomersCustomer',
      'POST',
      '/v1/customers/{customer}',
      ['customers'],
      ['customer'],
      'update',
    ],
    [
      'DeleteCustomersCustomer',
      'DELETE',
      '/v1/customers/{customer}',
      ['customers'],
      ['customer'],
      'delete',
    ],
    ['GetCustomersSearch', 'GET', '/v1/customers/search', ['customers'], [], 'search'],
    [
      'PostChargesChargeCapture',
      'POST',
      '/v1/charges/{charge}/capture',
      ['charges'],
      ['charge'],
      'capture',
    ],
    [
      'DeleteCustomersCustomerDiscount',
      'DELETE',
      '/v1/customers/{customer}/discount',
      ['customers'],
      ['customer'],
      'deleteDiscount',
    ],
    ['GetBalance', 'GET', '/v1/balance', ['balance'], [], 'get'],
    // A plural name is a collection, a singular one a thing, though nothing is below either.
    [
      'GetInvoicesInvoiceLines',
      'GET',
      '/v1/invoices/{invoice}/lines',
      ['invoices', 'lines'],
      ['invoice'],
      'list',
    ],
    [
      'PostCustomersCustomerCashBalance',
      'POST',
      '/v1/customers/{customer}/cash_balance',
      ['customers', 'cashBalance'],
      ['customer'],
      'update',
    ],
    [
      'PostTerminalConnectionTokens',
      'POST',
      '/v1/terminal/connection_tokens',
      ['terminal', 'connectionTokens'],
      [],
      'create',
    ],
    // An item (a parameter) is never an action; `people` are persons.
    [
      'PostAccountsAccountPeoplePerson',
      'POST',
      '/v1/accounts/{account}/people/{person}',
      ['accounts', 'people'],
      ['account', 'person'],
      'update',
    ],
    // The action is the HTTP method's own word.
    [
      'PostTestHelpersTreasuryOutboundPaymentsIdPost',
      'POST',
      '/v1/test_helpers/treasury/outbound_payments/{id}/post',
      ['testHelpers', 'treasury', 'outboundPayments'],
      ['id'],
      'post',
    ],
    // Spotify: articles go, and no fragment is left behind.
    ['get-an-album', 'GET', '/albums/{id}', ['albums'], ['id'], 'get'],
    ['save-albums-user', 'PUT', '/me/albums', ['albums'], [], 'save'],
    ['get-a-list-of-current-users-playlists', 'GET', '/me/playlists', ['playlists'], [], 'list'],
    ['get-an-albums-tracks', 'GET', '/albums/{id}/tracks', ['albums'], ['id'], 'getTracks'],
    // A word that says which items lets the resource after it go; a noun does not.
    ['get-multiple-albums', 'GET', '/albums', ['albums'], [], 'getMultiple'],
    [
      'get-an-artists-related-artists',
      'GET',
      '/artists/{id}/related-artists',
      ['artists'],
      ['id'],
      'getRelated',
    ],
    [
      'get-a-categories-playlists',
      'GET',
      '/browse/categories/{category_id}/playlists',
      ['playlists'],
      ['category_id'],
      'listForCategory',
    ],
    // GitHub: the tag's words lead; a dangling preposition goes with the word it led to.
    [
      'users/list-followers-for-user',
      'GET',
      '/users/{username}/followers',
      ['users'],
      ['username'],
      'listFollowers',
    ],
    [
      'issues/add-sub-issue',
      'POST',
      '/repos/{owner}/{repo}/issues/{issue_number}/sub_issues',
      ['issues'],
      ['owner', 'repo', 'issue_number'],
      'addSubIssue',
    ],
    ['repos/get', 'GET', '/repos/{owner}/{repo}', ['repos'], ['owner', 'repo'], 'get'],
    ['repos/list-for-org', 'GET', '/orgs/{org}/repos', ['repos'], ['org'], 'listForOrg'],
    // Slack: a multi-word tag is cut whole; a verb that is not the HTTP method stays.
    [
      'admin.conversations.archive',
      'POST',
      '/admin.conversations.archive',
      ['adminConversations'],
      [],
      'archive',
    ],
    [
      'admin.conversations.delete',
      'POST',
      '/admin.conversations.delete',
      ['adminConversations'],
      [],
      'delete',
    ],
    ['chat.postMessage', 'POST', '/chat.postMessage', ['chat'], [], 'postMessage'],
    // Twilio: one tag holds a resource wherever the path puts it. Whose it is says `For`
    // (a call's recordings); segments it merely sits in (`SIP`, `Usage/Records`) go.
    [
      'ListCallRecording',
      'GET',
      '/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings.json',
      ['recording'],
      ['AccountSid', 'CallSid'],
      'listForCall',
    ],
    [
      'ListRecordingAddOnResultPayload',
      'GET',
      '/2010-04-01/Accounts/{AccountSid}/Recordings/{ReferenceSid}/AddOnResults/{AddOnResultSid}/Payloads.json',
      ['payload'],
      ['AccountSid', 'ReferenceSid', 'AddOnResultSid'],
      'listForRecordingAddOnResult',
    ],
    [
      'ListIncomingPhoneNumberAssignedAddOn',
      'GET',
      '/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{ResourceSid}/AssignedAddOns.json',
      ['assignedAddOn'],
      ['AccountSid', 'ResourceSid'],
      'listForIncomingPhoneNumber',
    ],
    [
      'ListUsageRecordAllTime',
      'GET',
      '/2010-04-01/Accounts/{AccountSid}/Usage/Records/AllTime.json',
      ['allTime'],
      ['AccountSid'],
      'list',
    ],
    // The leading `List` is the verb, though the resource (`credentialList`) ends with it.
    [
      'ListSipCredentialList',
      'GET',
      '/2010-04-01/Accounts/{AccountSid}/SIP/CredentialLists.json',
      ['credentialList'],
      ['AccountSid'],
      'list',
    ],
    // Jira, Vimeo, Asana, Zoom, SendGrid (a new user's trial): no fragment, no resource said twice.
    ['searchForIssuesUsingJql', 'GET', '/rest/api/3/search', ['issueSearch'], [], 'searchUsingJql'],
    [
      'like_video',
      'PUT',
      '/users/{user_id}/likes/{video_id}',
      ['likesEssentials'],
      ['user_id', 'video_id'],
      'likeVideo',
    ],
    [
      'typeaheadForWorkspace',
      'GET',
      '/workspaces/{workspace_gid}/typeahead',
      ['typeahead'],
      ['workspace_gid'],
      'getForWorkspace',
    ],
    [
      'createOrUpdateRemoteIssueLink',
      'POST',
      '/rest/api/3/issue/{issueIdOrKey}/remotelink',
      ['issueRemoteLinks'],
      ['issueIdOrKey'],
      'createOrUpdate',
    ],
    [
      'getIdsOfWorklogsDeletedSince',
      'GET',
      '/rest/api/3/worklog/deleted',
      ['issueWorklogs'],
      [],
      'getIdsOfWorklogsDeletedSince',
    ],
    [
      'AddonPropertiesResource.getAddonProperties_get',
      'GET',
      '/rest/atlassian-connect/1/addons/{addonKey}/properties',
      ['appProperties'],
      ['addonKey'],
      'getAddonProperties',
    ],
    ['trackingfieldList', 'GET', '/tracking_fields', ['trackingField'], [], 'list'],
    ['GET_ips-pools-pool_name', 'GET', '/ips/pools/{pool_name}', ['ipPools'], ['pool_name'], 'get'],
    // Azure's `<Resource>_<Verb>`: the resource said first, whole, is not a verb (`Compute`).
    ['ComputeNode_List', 'GET', '/pools/{poolId}/nodes', ['computeNodes'], ['poolId'], 'list'],
    // A trailing HTTP method goes only where the name starts with it.
    ['UpdateGroups_Delete', 'DELETE', '/UpdateGroups/{ID}', ['updateGroups'], ['ID'], 'delete'],
    [
      'api_transport-clickatell_id_get',
      'GET',
      '/api/transport-clickatell/{id}',
      ['transportClickatell'],
      ['id'],
      'get',
    ],
    // GitLab's `getV3Projects` spells its route, version and all; Vercel's aliases.
    ['getV3Projects', 'GET', '/v3/projects', ['projects'], [], 'list'],
    ['getAlias', 'GET', '/v4/aliases/{idOrAlias}', ['aliases'], ['idOrAlias'], 'get'],
    // Trello's tool says the HTTP method in words of its own (`add` a POST, `update` a PUT).
    [
      'addBoardsChecklistsByIdBoard',
      'POST',
      '/boards/{idBoard}/checklists',
      ['board'],
      ['idBoard'],
      'createChecklist',
    ],
    [
      'updateBoardsClosedByIdBoard',
      'PUT',
      '/boards/{idBoard}/closed',
      ['board'],
      ['idBoard'],
      'updateClosed',
    ],
    // Not without a `By` (Flat's), nor where the route has no word (Cloud Elements').
    [
      'addCollaborator',
      'POST',
      '/scores/{score}/collaborators',
      ['score'],
      ['score'],
      'addCollaborator',
    ],
    [
      'updateByObjectId',
      'PATCH',
      '/{objectName}/{objectId}',
      ['objectName'],
      ['objectName', 'objectId'],
      'updateByObjectId',
    ],
    // Kubernetes: the API's version says nothing of what a method does.
    [
      'listCoreV1NamespacedPod',
      'GET',
      '/api/v1/namespaces/{namespace}/pods',
      ['core'],
      ['namespace'],
      'listNamespacedPod',
    ],
    // A kept resource ending in a preposition keeps it (`AddOn`, not `Add`).
    [
      'ListPhoneAssignedAddOn',
      'GET',
      '/AssignedAddOns',
      ['assignedAddOn'],
      [],
      'listPhoneAssignedAddOn',
    ],
    // AWS's RPC specs tell operations apart by a fragment, which names no resource.
    [
      'DescribeActivations',
      'POST',
      '/#X-Amz-Target=AmazonSSM.DescribeActivations',
      [],
      [],
      'describeActivations',
    ],
    // Box's operationIds say after `#` what the call does.
    [
      'put_files_id#add_shared_link',
      'PUT',
      '/files/{file_id}#add_shared_link',
      ['sharedLinksFiles'],
      ['file_id'],
      'add',
    ],
    // Azure's `{profileName}` picks one of `trafficmanagerprofiles`: no collection of it.
    [
      'Profiles_Get',
      'GET',
      '/trafficmanagerprofiles/{profileName}',
      ['profiles'],
      ['profileName'],
      'get',
    ],
    // Adyen's checkout: `post-` says nothing of what the call does (was `postCardDetails`).
    ['post-cardDetails', 'POST', '/cardDetails', ['payments'], [], 'cardDetails'],
    ['post-sessions', 'POST', '/sessions', ['payments'], [], 'sessions'],
    // Xero's documents `as` a PDF, in their `pdf` resource (a new user's `pdf.getAsPdf`).
    [
      'getInvoiceAsPdf',
      'GET',
      '/Invoices/{InvoiceID}/pdf',
      ['invoices', 'pdf'],
      ['InvoiceID'],
      'get',
    ],
    // Adyen's calls at the root, whatever their verb (was `getStoresUnderAccount.create`).
    [
      'post-getStoresUnderAccount',
      'POST',
      '/getStoresUnderAccount',
      [],
      [],
      'getStoresUnderAccount',
    ],
    // Telegram's, without an operationId: `client.logOut()`.
    ['postLogOut', 'POST', '/logOut', [], [], 'logOut'],
    // Okta's `users.me`: the current user is what `me` says.
    ['getCurrentUser', 'GET', '/api/v1/users/me', ['users', 'me'], [], 'get'],
    // Mux: one playback id, though `ids` is too short a plural for the rule.
    [
      'getLiveStreamPlaybackId',
      'GET',
      '/live-streams/{LIVE_STREAM_ID}/playback-ids/{PLAYBACK_ID}',
      ['liveStreams'],
      ['LIVE_STREAM_ID', 'PLAYBACK_ID'],
      'getPlaybackId',
    ],
    // NestJS's `AccountCtrl.` names the controller, not what the method does (Vonage).
    [
      'AccountCtrl.getAccountServices',
      'GET',
      '/api/accounts/{account_id}/services',
      ['accounts'],
      ['account_id'],
      'getServices',
    ],
    // Notion's articles, whose `A` runs into the next word.
    ['retrieveABlock', 'GET', '/v1/blocks/{id}', ['blocks'], ['id'], 'retrieve'],
    ['queryADatabase', 'POST', '/v1/databases/{id}/query', ['databases'], ['id'], 'query'],
    // An acronym is told from the word after it (DigitalOcean's tag `Reserved IP Actions`).
    [
      'reservedIPsActions_post',
      'POST',
      '/v2/reserved_ips/{reserved_ip}/actions',
      ['reservedIPActions'],
      ['reserved_ip'],
      'create',
    ],
    // DocuSign's group prefix, said again after the verb.
    [
      'Settings_GetSettings',
      'GET',
      '/v2.1/accounts/{accountId}/settings',
      ['accounts'],
      ['accountId'],
      'getSettings',
    ],
    // Its words the resource says go too (had been
    // `scheduledSendingGetEnvelopeScheduledSendingDefinition`).
    [
      'EnvelopeWorkflowScheduledSending_GetEnvelopeScheduledSendingDefinition',
      'GET',
      '/v2.1/accounts/{accountId}/envelopes/{envelopeId}/workflow/scheduledSending',
      ['envelopeWorkflowDefinition'],
      ['accountId', 'envelopeId'],
      'getScheduledSendingDefinition',
    ],
    // One list, got at its item: not `list`, which would list them.
    [
      'GetBulkSendList',
      'GET',
      '/v2.1/accounts/{accountId}/bulk_send_lists/{bulkSendListId}',
      ['bulkSend'],
      ['accountId', 'bulkSendListId'],
      'getList',
    ],
    // Twitter's names spell the route with no verb.
    // (Beside `listsIdTweets`, the fallback tells them apart: `listForUser`, `listForList`.)
    ['usersIdTweets', 'GET', '/2/users/{id}/tweets', ['tweets'], ['id'], 'list'],
    ['usersIdFollowers', 'GET', '/2/users/{id}/followers', ['users'], ['id'], 'listFollowers'],
    // …but GitHub's `repos/merge` is a person's name.
    ['repos/merge', 'POST', '/repos/{owner}/{repo}/merges', ['repos'], ['owner', 'repo'], 'merge'],
    // An item's path with items below it, its parameter another thing's: the flags of a project.
    ['getFeatureFlags', 'GET', '/flags/{projectKey}', ['featureFlags'], ['projectKey'], 'list'],
    ['postFeatureFlag', 'POST', '/flags/{projectKey}', ['featureFlags'], ['projectKey'], 'create'],
    [
      'getFeatureFlag',
      'GET',
      '/flags/{projectKey}/{featureFlagKey}',
      ['featureFlags'],
      ['projectKey', 'featureFlagKey'],
      'get',
    ],
    // Trello's `{idOrg}` picks an organization, though its word is cut short.
    [
      'getOrganizationsByIdOrg',
      'GET',
      '/organizations/{idOrg}',
      ['organization'],
      ['idOrg'],
      'get',
    ],
  ])('%s (%s %s) → %s', (name, method, path, resource, pathParameters, expected) => {
    const parents = parentPaths([...STRIPE_PATHS, '/albums/{id}/tracks']);
    const collections = collectionPaths([
      '/trafficmanagerprofiles/{profileName}/{endpointType}/{endpointName}',
      '/flags/{projectKey}/{featureFlagKey}',
      '/organizations/{idOrg}/{field}',
      '/2/users/{id}/tweets',
    ]);
    expect(
      methodName({ name, method, path, parents, collections, resource, pathParameters }).name,
    ).toBe(expected);
  });

  it("names Trello's routes: a thing's collection below `actions`, an action that ends in its resource", () => {
    const input = { method: 'POST' as const, parents: new Set<string>(), resource: ['card'] };
    const route = (path: string) =>
      methodName({
        ...input,
        name: '',
        fromRoute: true,
        path,
        pathParameters: [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!),
      }).name;
    // Had been `card.comments`, a noun for what comments.
    expect(route('/cards/{idCard}/actions/comments')).toBe('createActionsComment');
    // Had been `convertToChecklistCheckItem`, the other way round.
    expect(
      route('/cards/{idCard}/checklist/{idChecklist}/checkItem/{idCheckItem}/convertToCard'),
    ).toBe('convertToCardChecklistCheckItem');
  });

  it('lists at the root where items are right below it, of a resource of things', () => {
    // Vonage's calls at `/` and `/{uuid}`, below the server's `/v1/calls` (had been `getCalls`).
    const input = {
      method: 'GET' as const,
      path: '/',
      pathParameters: [],
      parents: new Set<string>(),
      collections: collectionPaths(['/', '/{uuid}']),
    };
    expect(methodName({ ...input, name: 'getCalls', resource: ['calls'] }).name).toBe('list');
    // Keycloak's `GET /` says what the server offers, beside `/{realm}`.
    expect(methodName({ ...input, name: 'getInfo', resource: ['root'] }).name).not.toBe('list');
  });

  it("reads HubSpot's method and route from the host on, and a route of parameters by them", () => {
    const input = { parents: new Set<string>(), resource: ['cards'] };
    const card = {
      ...input,
      path: '/{appId}/{cardId}',
      pathParameters: ['appId', 'cardId'],
    };
    expect(
      methodName({
        ...card,
        method: 'DELETE',
        name: 'delete-/crm/v3/extensions/cards/{appId}/{cardId}',
      }).name,
    ).toBe('delete');
    expect(
      methodName({ ...card, method: 'GET', name: 'get-/crm/v3/extensions/cards/{appId}/{cardId}' }),
    ).toMatchObject({ name: 'get', fallback: 'getByAppIdAndCardId' });
    expect(
      methodName({
        ...input,
        method: 'GET',
        name: 'get-/crm/v3/extensions/cards/{appId}',
        path: '/{appId}',
        pathParameters: ['appId'],
      }),
    ).toMatchObject({ name: 'get', fallback: 'getByAppId' });
  });

  it('an argument that is not the resource keeps its words; the fallback keeps whose it is', () => {
    const input = { method: 'GET' as const, parents: new Set<string>() };
    expect(
      methodName({
        ...input,
        resource: ['classroom'],
        name: 'classroom/get-an-assignment',
        path: '/assignments/{assignment_id}',
        pathParameters: ['assignment_id'],
      }),
    ).toEqual({ name: 'getAssignment', fallback: 'getAssignment', spelled: 'getAssignment' });
    expect(
      methodName({
        ...input,
        resource: ['issues'],
        name: 'issues/list-for-authenticated-user',
        path: '/user/issues',
        pathParameters: [],
      }),
    ).toEqual({
      name: 'list',
      fallback: 'listForAuthenticatedUser',
      spelled: 'listForAuthenticatedUser',
    });
  });

  it('a GET lists only where items follow the path: Jira’s /user, with /user/properties below, gets', () => {
    const paths = ['/rest/api/3/user', '/rest/api/3/user/properties', '/rest/api/3/group/{id}'];
    const shape = { parents: parentPaths(paths), collections: collectionPaths(paths) };
    const name = (path: string) =>
      methodName({
        ...shape,
        name: 'getIt',
        method: 'GET',
        path,
        resource: ['it'],
        pathParameters: [],
      }).name;
    expect(name('/rest/api/3/user')).toBe('get');
    expect(name('/rest/api/3/group')).toBe('list');
  });

  // Instagram's routes have no ids: `followed-by` had become `getFollowed`, the other way round.
  it('keeps a preposition that ends a segment as written, not one left over', () => {
    const name = (path: string, resource: string[]) =>
      methodName({
        name: 'unused',
        method: 'GET',
        path,
        parents: new Set(),
        resource,
        pathParameters: ['id'],
        fromRoute: true,
      }).name;
    expect(name('/users/{id}/followed-by', ['relationships'])).toBe('getFollowedBy');
    expect(name('/assignments/{id}/files_on_hold', ['legalHoldAssignments'])).toBe('getFile');
  });

  // Postman's `apiVersionId` says `api`, the resource, and `version`, which the path names too:
  // `getAnApiVersion` had become `get`, beside the API's own `single`, `update` and `delete`.
  it('keeps a word of an argument that the path names as a thing of its own', () => {
    const name = (operationId: string, path: string, pathParameters: string[]) =>
      methodName({
        name: operationId,
        method: 'GET',
        path,
        parents: new Set(),
        resource: ['api'],
        pathParameters,
      }).name;
    expect(
      name('getAnApiVersion', '/apis/{apiId}/versions/{apiVersionId}', ['apiId', 'apiVersionId']),
    ).toBe('getVersion');
    expect(name('getAnApi', '/apis/{apiId}', ['apiId'])).toBe('get');
  });

  it('a fallback keeps whose it is where the path names an owner: Asana’s getForPortfolio', () => {
    expect(
      methodName({
        name: 'getPortfolioMembershipsForPortfolio',
        method: 'GET',
        path: '/portfolios/{portfolio_gid}/portfolio_memberships',
        parents: new Set(),
        resource: ['portfolioMemberships'],
        pathParameters: ['portfolio_gid'],
      }),
    ).toEqual(expect.objectContaining({ name: 'list', fallback: 'listForPortfolio' }));
    // Where the name is left `get`, its owner following, a collection's GET lists (Asana's tasks
    // of a project); not a thing plural in form only (Meraki's settings of a network).
    const owned = (name: string, path: string, resource: string) =>
      methodName({
        name,
        method: 'GET',
        path,
        parents: new Set(),
        resource: [resource],
        pathParameters: [/\{(\w+)\}/.exec(path)![1]!],
      }).name;
    expect(owned('getTasksForProject', '/projects/{project_gid}/tasks', 'tasks')).toBe(
      'listForProject',
    );
    expect(
      owned('getNetworkSnmpSettings', '/networks/{networkId}/snmpSettings', 'snmpSettings'),
    ).not.toMatch(/^list/);
  });

  // Ably's and SendGrid's `GET /stats`, Bitbucket's branching-model settings, Hetzner's metrics
  // had been listed; SendGrid's `PATCH /tracking_settings/google_analytics` `updateGoogleAnalytic`.
  it('gets settings and stats, one thing in a plural form, and keeps their form, unless an item of them is picked', () => {
    const fromRoute = (method: HttpMethod, path: string, resource: string[], paths = [path]) =>
      methodName({
        name: 'unused',
        method,
        path,
        resource,
        pathParameters: [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!),
        parents: parentPaths(paths),
        collections: collectionPaths(paths),
        fromRoute: true,
      }).name;
    expect([
      fromRoute('GET', '/stats', ['stats']),
      fromRoute('GET', '/repositories/{workspace}/{repo_slug}/branching-model/settings', [
        'branchingModel',
      ]),
      fromRoute('PUT', '/repositories/{workspace}/{repo_slug}/branching-model/settings', [
        'branchingModel',
      ]),
      fromRoute('PATCH', '/tracking_settings/google_analytics', ['settingsTracking']),
      fromRoute('GET', '/servers/{id}/metrics', ['servers']),
    ]).toEqual(['get', 'getSettings', 'updateSettings', 'updateGoogleAnalytics', 'getMetrics']);
    // Settings with items below are a collection of them, each one setting.
    const paths = [
      '/users/{id}/integration_settings',
      '/users/{id}/integration_settings/{setting_id}',
    ];
    expect([
      fromRoute('GET', paths[0]!, ['users'], paths),
      fromRoute('GET', paths[1]!, ['users'], paths),
    ]).toEqual(['listIntegrationSettings', 'getIntegrationSetting']);
  });

  // Bitbucket has no operationIds; Mailchimp's, Square's and SendGrid's only spell the route.
  it('a name made from the route, or only spelling it, says what the route says below its resource', () => {
    const paths = [
      '/lists/{list_id}/merge-fields',
      '/lists/{list_id}/merge-fields/{merge_id}',
      '/lists/{list_id}/members/{subscriber_hash}',
    ];
    const shape = { parents: parentPaths(paths), collections: collectionPaths(paths) };
    const named = (
      name: string,
      method: HttpMethod,
      path: string,
      resource: string[],
      pathParameters: string[],
      fromRoute = false,
    ) => methodName({ ...shape, name, method, path, resource, pathParameters, fromRoute });
    expect(
      named(
        'get repositories by workspace by repo_slug pullrequests by pull_request_id comments',
        'GET',
        '/repositories/{workspace}/{repo_slug}/pullrequests/{pull_request_id}/comments',
        ['pullrequests'],
        ['workspace', 'repo_slug', 'pull_request_id'],
        true,
      ),
    ).toEqual(
      expect.objectContaining({
        name: 'listComments',
        fallback: 'listCommentsByPullRequestIdForRepository',
      }),
    );
    const names = [
      named(
        'getListsIdMembersId',
        'GET',
        '/lists/{list_id}/members/{subscriber_hash}',
        ['lists'],
        ['list_id', 'subscriber_hash'],
      ).name,
      named(
        'postListsIdMergeFields',
        'POST',
        '/lists/{list_id}/merge-fields',
        ['lists'],
        ['list_id'],
      ).name,
      named(
        'postV2LocationsByLocationIdTransactionsByTransactionIdRefund',
        'POST',
        '/v2/locations/{location_id}/transactions/{transaction_id}/refund',
        ['transactions'],
        ['location_id', 'transaction_id'],
      ).name,
    ];
    expect(names).toEqual(['getMember', 'createMergeField', 'refund']);
    // An `Id` where the route has a parameter, whatever the parameter is called (Mailchimp's
    // `workflow_id` said as `AutomationsId`); and `post` to a collection without one.
    const mailchimp = [
      '/automations/{workflow_id}/emails/{workflow_email_id}',
      '/automations/{workflow_id}/actions/pause-all-emails',
      '/ecommerce/stores',
      '/ecommerce/stores/{store_id}',
      '/pins/reveal',
    ];
    const onMailchimp = (name: string, method: HttpMethod, path: string, resource: string[]) =>
      methodName({
        name,
        method,
        path,
        resource,
        parents: parentPaths(mailchimp),
        collections: collectionPaths(mailchimp),
        pathParameters: [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!),
      }).name;
    expect([
      onMailchimp(
        'getAutomationsIdEmailsId',
        'GET',
        '/automations/{workflow_id}/emails/{workflow_email_id}',
        ['automations'],
      ),
      onMailchimp(
        'postAutomationsIdActionsPauseAllEmails',
        'POST',
        '/automations/{workflow_id}/actions/pause-all-emails',
        ['automations'],
      ),
      onMailchimp('postEcommerceStores', 'POST', '/ecommerce/stores', ['ecommerce']),
      // A POST to no collection is an action whose name is the author's (Adyen's card PIN).
      onMailchimp('postPinsReveal', 'POST', '/pins/reveal', ['pins']),
    ]).toEqual(['getEmail', 'pauseAllEmails', 'createStore', 'postReveal']);
    // A segment's head word is kept where its own words qualify it, though it is the resource's.
    expect(
      named(
        'getReportsIdAbuseReports',
        'GET',
        '/reports/{campaign_id}/abuse-reports',
        ['reports'],
        ['campaign_id'],
        true,
      ).name,
    ).toBe('listAbuseReports');
    expect(
      named(
        'DELETE_ips-pools-pool_name',
        'DELETE',
        '/ips/pools/{pool_name}',
        ['ipPools'],
        ['pool_name'],
      ),
    ).toEqual(expect.objectContaining({ name: 'delete', fallback: 'deleteByPoolName' }));
    // The method in capitals, then the route's own text: a tool's, though no parameter is in it
    // (SendGrid's 272 had kept their whole routes: `getContactdbRecipientsBillableCount`).
    expect(
      (
        [
          ['GET_contactdb-recipients', 'GET', '/contactdb/recipients'],
          ['DELETE_contactdb-recipients', 'DELETE', '/contactdb/recipients'],
          [
            'GET_contactdb-recipients-billable_count',
            'GET',
            '/contactdb/recipients/billable_count',
          ],
          ['GET_lists-best-sellers-history-json', 'GET', '/lists/best-sellers/history.json'],
        ] as const
      ).map(([id, method, path]) => {
        const routes = ['/contactdb/recipients', '/contactdb/recipients/{recipient_id}'];
        return methodName({
          name: id,
          method,
          path,
          resource: path.startsWith('/lists')
            ? ['lists', 'bestSellers', 'history']
            : ['contactsRecipients'],
          pathParameters: [],
          parents: parentPaths(routes),
          collections: collectionPaths(routes),
        }).name;
      }),
    ).toEqual(['list', 'deleteAll', 'getBillableCount', 'get']);
    // An item whose segment names no resource is named by it: Bitbucket's default reviewer in
    // `pullrequests` took `get`, the pull request's own name.
    expect(
      named(
        'get repositories by workspace by repo_slug default-reviewers by target_username',
        'GET',
        '/repositories/{workspace}/{repo_slug}/default-reviewers/{target_username}',
        ['pullrequests'],
        ['workspace', 'repo_slug', 'target_username'],
        true,
      ).name,
    ).toBe('getDefaultReviewer');
    // Without a segment of the resource's own, whose things they are tells two apart: Bitbucket's
    // deploy keys in `deployments` had only their whole routes.
    expect(
      [
        '/repositories/{workspace}/{repo_slug}',
        '/workspaces/{workspace}/projects/{project_key}',
      ].map(
        (owner) =>
          named(
            'unused',
            'GET',
            `${owner}/deploy-keys`,
            ['deployments'],
            [...owner.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!),
            true,
          ).fallback,
      ),
    ).toEqual(['listDeployKeysForRepository', 'listDeployKeysForProject']);
    // A segment that says the resource in part is still its own: SendGrid's API key is `get`.
    expect(
      named('GET_api_keys-api_key_id', 'GET', '/api_keys/{api_key_id}', ['keys'], ['api_key_id'])
        .name,
    ).toBe('get');
    // A resource run together in the path is said (VTEX's `skuservice` in `skuService`), and a
    // series is one series.
    expect(
      named(
        'postApiCatalogPvtSkuservice',
        'POST',
        '/api/catalog/pvt/skuservice',
        ['skuService'],
        [],
        true,
      ).name,
    ).toBe('create');
    expect(
      named('getMetadataSeriesById', 'GET', '/metadata/series/{id}', ['metaData'], ['id'], true)
        .name,
    ).toBe('getSeries');
    // A real name that happens to echo its route keeps its words (Spotify's).
    expect(
      named('get-an-albums-tracks', 'GET', '/albums/{id}/tracks', ['albums'], ['id']).name,
    ).toBe('getTracks');
  });

  // Mandrill's API is all POSTs to paths without parameters or operationIds: each path's last
  // segment is its call
  // (`messages.info.create()`, `ips.createList()` before).
  it('in an API of calls, the last segment of a path is the call, whatever the word', () => {
    const call = (path: string) => {
      const shape = { path, parents: new Set<string>(), rpc: true };
      const resource = resourceFromPath(shape);
      const { name } = methodName({
        ...shape,
        name: 'unused',
        method: 'POST',
        resource,
        pathParameters: [],
        fromRoute: true,
      });
      return [...resource, name].join('.');
    };
    expect(call('/messages/info.json')).toBe('messages.info');
    expect(call('/ips/list.json')).toBe('ips.list');
    expect(call('/messages/list-scheduled.json')).toBe('messages.listScheduled');
    expect(call('/templates/render.json')).toBe('templates.render');
    // A call says its resource no more than a method does (Plivo's `ConferenceMute`).
    expect(call('/conference/ConferenceMute/')).toBe('conference.mute');
  });

  // Hetzner's, Mailchimp's and GitLab's actions had become `createReboot`, `createActionsReplicate`
  // and `updateBuildsPlay`.
  it('a POST below an `actions` segment, or to a verb of servers and pipelines, does it', () => {
    const route = (
      method: HttpMethod,
      path: string,
      resource: string[],
      siblings: HttpMethod[] = [],
    ) =>
      methodName({
        name: 'unused',
        method,
        path,
        parents: new Set(),
        resource,
        pathParameters: [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!),
        fromRoute: true,
        siblings: new Set(siblings),
      }).name;
    expect(route('POST', '/servers/{id}/actions/reboot', ['serverActions'])).toBe('reboot');
    expect(route('POST', '/servers/{id}/actions/change_type', ['serverActions'])).toBe(
      'changeType',
    );
    expect(route('POST', '/campaigns/{campaign_id}/actions/replicate', ['campaigns'])).toBe(
      'replicate',
    );
    // Red team: with a GET, a path below `actions` is a collection (`webhooks(id)` before).
    expect(route('POST', '/workflows/{id}/actions/webhooks', ['workflows'], ['GET', 'POST'])).toBe(
      'createActionsWebhook',
    );
    expect(route('POST', '/projects/{id}/builds/{build_id}/play', ['projects'])).toBe('playBuild');
    // A PUT or PATCH does an action too, where no POST does it (were `updateBlock`, `updateResolve`).
    expect(route('PUT', '/users/{id}/block', ['users'])).toBe('block');
    expect(route('PATCH', '/incidents/resolve', ['incidents'])).toBe('resolve');
    // Beside a PATCH, a PUT replaces: both had been `update`, then `put…By…` and `patch…By…`.
    const member = '/lists/{list_id}/members/{subscriber_hash}';
    expect(route('PUT', member, ['lists'], ['PUT', 'PATCH'])).toBe('replaceMember');
    expect(route('PATCH', member, ['lists'], ['PUT', 'PATCH'])).toBe('updateMember');
    expect(route('PUT', member, ['lists'])).toBe('updateMember');
  });

  // Vimeo's 86 `_alt1` operations: the same call by the `/me` route, or through a channel.
  it('an alternate route is named as its call, and for whose route it is', () => {
    expect(named('delete_album_alt1', 'DELETE', '/me/albums/{album_id}', ['albums'])).toBe(
      'deleteForMe',
    );
    expect(named('delete_album', 'DELETE', '/users/{user_id}/albums/{album_id}', ['albums'])).toBe(
      'delete',
    );
    expect(
      named('create_comment_alt1', 'POST', '/channels/{channel_id}/videos/{video_id}/comments', [
        'videos',
        'comments',
      ]),
    ).toBe('createForChannel');
    // What a person does to a thing stays its verb (`likes.likeVideo` had become `likes.video`).
    expect(named('like_video', 'PUT', '/users/{user_id}/likes/{video_id}', ['likes'])).toBe(
      'likeVideo',
    );
  });

  it('a generated id is read verb first, and a list of one item gets it', () => {
    // Django REST Framework's ids put the view's action last (RAWG, OSF, NetBox).
    expect(named('games_additions_list', 'GET', '/games/{game_pk}/additions', ['games'])).toBe(
      'listAdditions',
    );
    expect(named('wiki_read', 'GET', '/wikis/{wiki_id}/', ['wikis'])).toBe('get');
    expect(named('dcim_cables_read', 'GET', '/dcim/cables/{id}/', ['dcim'])).toBe('getCable');
    expect(named('dcim_cables_create', 'POST', '/dcim/cables/', ['dcim'])).toBe('createCable');
    // Not where the action is no HTTP method's (MIMIC's POST `protocol_tftp_session_read` opens a
    // session), nor of a preposition (its `from_list`, which had become `agent.list`).
    expect(
      named(
        'protocol_tftp_session_read',
        'POST',
        '/mimic/agent/{agentNum}/protocol/msg/tftp/session/read/server/{srcfile}',
        ['tftp'],
      ),
    ).not.toMatch(/^get/);
    expect(named('from_list', 'GET', '/mimic/agent/{agentNum}/from/list', ['agent'])).not.toBe(
      'list',
    );
    // drf-yasg's PUT is `_replace` (IllumiDesk's `users.emailsReplace` had kept it last).
    expect(
      named('users_emails_replace', 'PUT', '/v1/users/{user}/emails/{email_id}/', ['users']),
    ).toBe('replaceEmail');
    expect(named('dcim_cables_partial_update', 'PATCH', '/dcim/cables/{id}/', ['dcim'])).toBe(
      'patchCable',
    );
    // drf-spectacular's `retrieve` and `destroy`; a view's own action at its route (gsmtasks).
    expect(named('tasks_retrieve', 'GET', '/tasks/{id}/', ['tasks'])).toBe('get');
    // `destroy` is a verb as it is (red team: DigitalOcean's `droplets.destroy` beside `destroyByTag`).
    expect(named('tasks_destroy', 'DELETE', '/tasks/{id}/', ['tasks'])).toBe('destroy');
    expect(named('tasks_accept_create', 'POST', '/tasks/{id}/accept/', ['tasks'])).toBe('accept');
    expect(
      named('accounts_change_owner_create', 'POST', '/accounts/{id}/change_owner/', ['accounts']),
    ).toBe('changeOwner');
    // DigitalOcean's `uptime_check_create` makes a check: no action `check`, since the path
    // names it; its `_get`s are read so too (they had been `checkGet`, `volumesGet`).
    expect(named('uptime_check_create', 'POST', '/v2/uptime/checks', ['uptime'])).toBe(
      'createCheck',
    );
    expect(named('uptime_check_get', 'GET', '/v2/uptime/checks/{check_id}', ['uptime'])).toBe(
      'getCheck',
    );
    expect(named('volumes_get', 'GET', '/v2/volumes/{volume_id}', ['blockStorage'])).toBe(
      'getVolume',
    );
    // A path's `get` is no noun: Mimic's id says its verb already.
    expect(named('get_active_list', 'GET', '/mimic/get/active_list', ['daemon'])).toBe(
      'getActiveList',
    );
    expect(named('circuits_circuits_bulk_update', 'PUT', '/circuits/circuits/', ['circuits'])).toBe(
      'bulkUpdate',
    );
    // A bulk action says so first, beside its single twin's verb first (new-user trial: NetBox's
    // `devicesBulkUpdate` beside `listDevices`).
    expect(named('dcim_devices_bulk_update', 'PUT', '/dcim/devices/', ['dcim'])).toBe(
      'bulkUpdateDevices',
    );
    expect(named('dcim_devices_bulk_partial_update', 'PATCH', '/dcim/devices/', ['dcim'])).toBe(
      'bulkPatchDevices',
    );
    // PowerDNS' `listServer` gets one server; Paylocity's `getAllEarnings` lists them all, and
    // goes back to `getAll` beside another list (red team: as `list` it had taken Jira's `list`
    // from the project's roles beside all roles; see get-all-names.test.ts).
    expect(named('listServer', 'GET', '/servers/{server_id}', ['servers'])).toBe('get');
    expect(named('listServers', 'GET', '/servers', ['servers'])).toBe('list');
    expect(named('getAllEarnings', 'GET', '/companies/{id}/earnings', ['earnings'])).toBe('list');
    expect(named('findAllScripts', 'GET', '/api/scripts', ['scripts'])).toBe('findAll');
    // An id that says its verb already is read as it is (red team: Akeneo's became `listGet`).
    expect(
      named('association_types_get_list', 'GET', '/association-types', ['associationType']),
    ).toBe('list');
    expect(named('deleteAllEarnings', 'DELETE', '/earnings', ['earnings'])).toBe('deleteAll');
    // The HTTP method beside a call that says its own verb says nothing (Airflow, Jira, Adyen).
    expect(
      named('post_clear_task_instances', 'POST', '/dags/{dag_id}/clearTaskInstances', ['dag']),
    ).toBe('clearTaskInstances');
    expect(named('registerModules_post', 'POST', '/app/module/dest', ['dynamicModules'])).toBe(
      'register',
    );
    // A GET's is what it does, and a verb the path names is a noun there (Zuora's refund parts).
    expect(named('get_release_notes', 'GET', '/about/release_notes', ['about'])).toBe(
      'getReleaseNotes',
    );
    expect(named('POST_RefundParts', 'POST', '/v1/refunds/{id}/parts', ['refunds'])).not.toBe(
      'parts',
    );
  });

  // GitHub: both trim to `checkUserCanBeAssigned`, and both fallbacks too; neither becomes `issuesCheck…`.
  it('methods whose fallbacks clash too are spelled out but for their leading resource words', () => {
    const ops = [
      ['issues/check-user-can-be-assigned', '/repos/{owner}/{repo}/assignees/{assignee}'],
      [
        'issues/check-user-can-be-assigned-to-issue',
        '/repos/{owner}/{repo}/issues/{issue_number}/assignees/{assignee}',
      ],
    ].map(([operationId, path]) => ({
      operationId,
      path: path!,
      parameters: [...path!.matchAll(/\{(\w+)\}/g)].map((m) => ({
        name: m[1],
        in: 'path',
        required: true,
        schema: { type: 'string' },
      })),
    }));
    const api = normalizeDocument({
      openapi: '3.1.0',
      info: { title: 'T', version: '1' },
      paths: Object.fromEntries(
        ops.map(({ operationId, path, parameters }) => [
          path,
          {
            get: {
              operationId,
              tags: ['issues'],
              parameters,
              responses: { 204: { description: 'ok' } },
            },
          },
        ]),
      ),
    } as never);
    expect(api.resources.children[0]!.methods.map((m) => m.name)).toEqual([
      'checkUserCanBeAssigned',
      'checkUserCanBeAssignedToIssue',
    ]);
  });
});

describe('overrides and the client name', () => {
  it('x-codegen-resource and x-codegen-name place and name a method', () => {
    const api = normalizeDocument({
      openapi: '3.1.0',
      info: { title: "GitHub's official OpenAPI spec + Octokit extension", version: '1' },
      paths: {
        '/repos/{owner}/{repo}': {
          get: {
            operationId: 'repos/get',
            tags: ['repos'],
            'x-codegen-resource': 'git.repositories',
            'x-codegen-name': 'fetch-one',
            parameters: [
              { name: 'owner', in: 'path', required: true, schema: { type: 'string' } },
              { name: 'repo', in: 'path', required: true, schema: { type: 'string' } },
            ],
            responses: { '204': { description: 'ok' } },
          },
        },
      },
    } as unknown as OpenAPI3);
    const git = api.resources.children.find((c) => c.property === 'git');
    expect(git?.children[0]?.property).toBe('repositories');
    expect(git?.children[0]?.methods).toEqual([{ name: 'fetchOne', functionName: 'reposGet' }]);
    expect(api.client.className).toBe('GitHubClient');
    expect(api.client.envPrefix).toBe('GITHUB');
  });

  // GoDaddy's title is empty: `ApiClient` read `API_BASE_URL`, a variable many apps set for
  // something else. The API's host names it.
  it.each([
    ['', 'https://api.godaddy.com', 'GodaddyClient', 'GODADDY'],
    ['API v1', 'https://api.versioneye.com/v1', 'VersioneyeClient', 'VERSIONEYE'],
    ['API', 'https://tl-api.azurewebsites.net', 'TlClient', 'TL'],
    ['API', 'http://localhost:8080', 'APIClient', 'API'],
    // Zoom Connect's title is its host (was `WwwZoomconnectComClient`, `WWWZOOMCONNECTCOM_…`).
    ['www.zoomconnect.com', 'https://www.zoomconnect.com/app', 'ZoomconnectClient', 'ZOOMCONNECT'],
    // Red team: below a public suffix of two labels (had been `CoClient`).
    ['api.royalmail.co.uk', 'https://api.royalmail.co.uk', 'RoyalmailClient', 'ROYALMAIL'],
    ['', 'https://api.bank.com.au', 'BankClient', 'BANK'],
    // Ably's "Platform API" had made `PlatformClient` and `PLATFORM_…` variables.
    ['Platform API', 'https://rest.ably.io', 'AblyClient', 'ABLY'],
    // Clever's "Data API" had made `DataClient`, which read DATA_API_KEY.
    ['Data API', 'https://api.clever.com/v3.0', 'CleverClient', 'CLEVER'],
    // New-user trial: TomTom's "Search" had made `SearchClient`, which read SEARCH_API_KEY; what
    // an API is about says whose after its host's name.
    ['Search', 'https://api.tomtom.com', 'TomtomSearchClient', 'TOMTOM_SEARCH'],
    [
      'Discovery API',
      'https://app.ticketmaster.com/discovery/v2',
      'TicketmasterDiscoveryClient',
      'TICKETMASTER_DISCOVERY',
    ],
    // New-user trial: Codat's "Accounting API" had read ACCOUNTING_API_KEY.
    ['Accounting API', 'https://api.codat.io', 'CodatAccountingClient', 'CODAT_ACCOUNTING'],
    // A host kept for examples names no one.
    ['Payments', 'https://payments.example.com', 'PaymentsClient', 'PAYMENTS'],
    // A name beside it is the name.
    ['Stripe Payments', 'https://api.stripe.com', 'StripePaymentsClient', 'STRIPE_PAYMENTS'],
  ])('title %j on %s is %s', (title, url, className, envPrefix) => {
    const api = normalizeDocument({
      openapi: '3.1.0',
      info: { title, version: '1' },
      servers: [{ url }],
      paths: {},
    } as never);
    expect([api.client.className, api.client.envPrefix]).toEqual([className, envPrefix]);
  });

  // New-user trial: Bungie's `GroupV2.GetGroupByName` in its tag `GroupV2` had been
  // `group.v2GetGroupByName`.
  it('an id qualified by its tag is named without it', () => {
    const api = normalizeDocument({
      openapi: '3.1.0',
      info: { title: 'Bungie', version: '1' },
      paths: {
        '/GroupV2/Name/{groupName}/': {
          get: {
            operationId: 'GroupV2.GetGroupByName',
            tags: ['GroupV2'],
            parameters: [
              { name: 'groupName', in: 'path', required: true, schema: { type: 'string' } },
            ],
            responses: { 204: { description: 'none' } },
          },
        },
        '/GroupV2/NameV2/': {
          post: {
            operationId: 'GroupV2.GetGroupByNameV2',
            tags: ['GroupV2'],
            responses: { 204: { description: 'none' } },
          },
        },
      },
    } as never);
    expect(api.resources.children[0]!.methods.map((m) => m.name)).toEqual([
      'getByName',
      'getByNameV2',
    ]);
  });

  // New-user trial: PeerTube's `delVideoPlaylistVideo` had been `videoPlaylists.del`, beside the
  // playlist's own `delete`.
  it('a shortened verb the HTTP method says is spelled out', () => {
    const path = (name: string) => ({
      name,
      in: 'path',
      required: true,
      schema: { type: 'string' },
    });
    const call = (operationId: string, ...names: string[]) => ({
      operationId,
      tags: ['users'],
      parameters: names.map(path),
      responses: { 204: { description: 'none' } },
    });
    const api = normalizeDocument({
      openapi: '3.1.0',
      info: { title: 'Tube', version: '1' },
      paths: {
        '/users/{id}': { delete: call('delUser', 'id') },
        '/users/{id}/videos/{videoId}': { delete: call('delUserVideo', 'id', 'videoId') },
        '/users/{id}/delegates': { get: call('delegatesOfUser', 'id') },
      },
    } as never);
    expect(api.resources.children[0]!.methods.map((m) => m.name)).toEqual([
      'delete',
      'deleteVideo',
      'delegates',
    ]);
  });

  // Microsoft Graph's 5,000 `Get.Count.issues-e140`: a hash that tells ids apart names no call.
  it("a method is named without the hash an id's tool added", () => {
    const api = normalizeDocument({
      openapi: '3.1.0',
      info: { title: 'Graph', version: '1' },
      paths: {
        '/issues/$count': {
          get: {
            operationId: 'Get.Count.issues-e140',
            responses: { 204: { description: 'none' } },
          },
        },
        '/messages/$count': {
          get: {
            operationId: 'Get.Count.messages-0cc9',
            responses: { 204: { description: 'none' } },
          },
        },
      },
    } as never);
    const methods = api.resources.children.flatMap((c) => c.methods.map((m) => m.name));
    expect(methods).toHaveLength(2);
    for (const name of methods) expect(name).not.toMatch(/E140|0cc9/i);
    // Where the names without it meet in one resource, it tells them apart (Graph's report by
    // period and by date).
    const twins = normalizeDocument({
      openapi: '3.1.0',
      info: { title: 'Graph', version: '1' },
      paths: Object.fromEntries(
        ['period', 'date'].map((by, i) => [
          `/reports/detail(${by}='{${by}}')`,
          {
            get: {
              operationId: `reports.getDetail-${i}a2${i}`,
              tags: ['reports'],
              parameters: [{ name: by, in: 'path', required: true, schema: { type: 'string' } }],
              responses: { 204: { description: 'none' } },
            },
          },
        ]),
      ),
    } as never);
    expect(twins.resources.children[0]!.methods.map((m) => m.name)).toEqual([
      'getDetail0a20',
      'getDetail1a21',
    ]);
    // The functions keep it: no other tells them apart.
    expect(api.operations.map((o) => o.functionName)).toEqual([
      'getCountIssuesE140',
      'getCountMessages0cc9',
    ]);
  });

  // CloudFront's 106 `ListDistributions2020_05_31`: the path's first segment says that date.
  it('a function and a method are named without the API version date an id ends in', () => {
    const api = normalizeDocument({
      openapi: '3.1.0',
      info: { title: 'CloudFront', version: '2020-05-31' },
      paths: {
        '/2020-05-31/distribution': {
          get: {
            operationId: 'ListDistributions2020_05_31',
            responses: { 204: { description: 'none' } },
          },
        },
      },
    } as never);
    expect(api.operations.map((o) => [o.functionName, o.methodName])).toEqual([
      ['listDistributions', 'list'],
    ]);
  });

  // New-user trial: "Yodlee Core APIs" had made `YodleeCoreCore`.
  it('a client named with "Core" has its core say it once', () => {
    const api = normalizeDocument({
      openapi: '3.1.0',
      info: { title: 'Yodlee Core APIs', version: '1' },
      paths: {},
    } as never);
    expect([api.client.className, api.client.coreName]).toEqual(['YodleeCoreClient', 'YodleeCore']);
  });

  // Apideck's samples construct `Apideck`: its SDKs had been `CRMClient`, `HRISClient`… reading
  // CRM_API_KEY, HRIS_API_KEY…
  it('the client class is what a TypeScript sample imports and constructs, whatever its name', () => {
    const sample = [
      "import { Apideck } from '@apideck/node'",
      "const apideck = new Apideck({ apiKey: 'k' })",
      "await apideck.crm.activitiesAll({ since: new Date('2024-01-01') })",
    ].join('\n');
    expect(clientClassFromSample(sample)).toBe('Apideck');
    expect(clientClassFromSample("import X as Y from 'x'; new Date(); new URL('/')")).toBe(
      undefined,
    );
    expect(
      clientClassFromSample(
        "import { Sdk as Api } from 'sdk'\nconst api = new Api()\napi.pets.list()",
      ),
    ).toBe('Api');
    // Red team: a class it only builds, and calls one method of, is no client.
    expect(
      clientClassFromSample(
        "import FormData from 'form-data'\nimport { Pet } from 'sdk'\nconst form = new FormData()\nform.append('a', 'b')\nconst pet = new Pet()",
      ),
    ).toBe(undefined);
    expect(clientClassFromSample("import { Blob } from 'buffer'\nnew MeibelClient()")).toBe(
      'MeibelClient',
    );
  });

  it.each([
    ["GitHub's official OpenAPI spec + Octokit extension", 'GitHub'],
    ['Stripe API', 'Stripe'],
    ['Slack Web API', 'Slack'],
    ['Twilio - Api', 'Twilio'],
    ['Meibel AI API', 'Meibel AI'],
    ['The Petstore API (v3)', 'Petstore'],
    ['API', 'API'],
    ['Spotify Web API with fixes and improvements from sonallux', 'Spotify'],
    ['Box Platform API', 'Box Platform'],
    ['The API for Widgets', 'Widgets'],
    // HubSpot's (was `FilesFilesClient`, reading FILES_FILES_… variables).
    ['Files Files', 'Files'],
    // Azure's (was `SearchIndexClientClient`, reading SEARCHINDEXCLIENT_… variables).
    ['SearchIndexClient', 'SearchIndex'],
    ['Acme Client API', 'Acme'],
    ['Client', 'Client'],
    // The first clause that names anything (was `APIReferenceIdealClient`).
    ['API Reference - Ideal Postcodes', 'Ideal Postcodes'],
    // NREL's: three words that end on the one joining them to a fourth (was `TransportationLawsAnd`).
    ['Transportation Laws and Incentives', 'Transportation Laws'],
    ['Laws and Incentives', 'Laws and Incentives'],
    // Red team: a verb's particle is its own (had been `CheckClient`).
    ['Check In API', 'Check In'],
  ])('%s → %s', (title, short) => {
    expect(shortTitle(title)).toBe(short);
  });
});

// Red team: `Widget Client` beside a `WidgetClient` schema had the class take the schema's name.
it("a title's Client stays where a schema is named as the class would be", () => {
  const api = normalizeDocument({
    openapi: '3.1.0',
    info: { title: 'Widget Client', version: '1' },
    paths: {},
    components: { schemas: { WidgetClient: { type: 'object' } } },
  } as never);
  expect([api.client.className, api.schemas[0]!.typeName]).toEqual([
    'WidgetClientClient',
    'WidgetClient',
  ]);
});

// OpenAI's spec tags every operation `OpenAI`: a tag that names the API is no resource.
it('one tag over paths that name several things gives way to the paths', () => {
  const op = (operationId: string) => ({
    post: { operationId, tags: ['OpenAI'], responses: { 204: { description: 'ok' } } },
  });
  const resources = (paths: Record<string, unknown>, title = 'OpenAI API') =>
    normalizeDocument({
      openapi: '3.1.0',
      info: { title, version: '1' },
      paths,
    } as unknown as OpenAPI3).operations.map((o) => o.resource.join('.'));
  expect(
    resources({
      '/chat/completions': op('createChatCompletion'),
      '/files': op('createFile'),
      '/models': op('createModel'),
    }),
  ).toEqual(['chat.completions', 'files', 'models']);
  // A tag that is not the API's name names a resource, however many paths it covers.
  expect(
    resources({ '/chat/completions': op('createChatCompletion'), '/files': op('createFile') }, 'T'),
  ).toEqual(['openAI', 'openAI']);
  // Over one thing's paths, the one tag still names it.
  expect(resources({ '/pets': op('createPet'), '/pets/mine/photos': op('addPhoto') })).toEqual([
    'openAI',
    'openAI',
  ]);
});

// Clever Cloud tags each of its 324 operations `all` first, then what it is of: all had been
// `client.all.*`.
it('beside a first tag every operation has, the next tag names the resource', () => {
  const op = (operationId: string, tags: string[]) => ({
    get: { operationId, tags, responses: { 204: { description: 'ok' } } },
  });
  const api = normalizeDocument({
    openapi: '3.1.0',
    info: { title: 'Clever Cloud', version: '1' },
    paths: {
      '/organisations/mine': op('getOrganisation', ['all', 'organisations']),
      '/self/applications': op('getApplications', ['all', 'applications', 'self']),
      '/products/zones': op('getZones', ['all']),
    },
  } as unknown as OpenAPI3);
  expect(api.operations.map((o) => o.resource.join('.'))).toEqual([
    'organisations',
    'applications',
    // Without a second tag, the path names it.
    'products.zones',
  ]);
});

// Just Eat tags its 98 operations `publicly-accessible`, first on 2 (which had been
// `client.publiclyAccessible.*`); WikiPathways' `All functions` likewise.
it('beside a tag every operation has, first on few, the other tag names the resource', () => {
  const op = (operationId: string, tags: string[]) => ({
    get: { operationId, tags, responses: { 204: { description: 'ok' } } },
  });
  const api = normalizeDocument({
    openapi: '3.1.0',
    info: { title: 'Just Eat', version: '1' },
    paths: {
      '/restaurants/ordertimes': op('getOrderTimes', [
        'publicly-accessible',
        'Restaurant OrderTimes',
      ]),
      '/restaurants': op('searchRestaurants', ['Restaurants', 'publicly-accessible']),
      '/consumers': op('getConsumers', ['Consumers', 'publicly-accessible']),
    },
  } as unknown as OpenAPI3);
  expect(api.operations.map((o) => o.resource.join('.'))).toEqual([
    'restaurantOrderTimes',
    'restaurants',
    'consumers',
  ]);
});

// Jumpseller's `/categories/{id}.json`, without operationIds, had become `getCategoriesByIdJso`.
it('a function named from its route keeps what follows a parameter in its segment', () => {
  const api = normalizeDocument({
    openapi: '3.1.0',
    info: { title: 'T', version: '1' },
    paths: {
      '/categories/{id}.json': {
        get: {
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { 204: { description: 'ok' } },
        },
      },
    },
  } as unknown as OpenAPI3);
  expect(api.operations.map((o) => o.functionName)).toEqual(['getCategoriesByIdJson']);
});

// Tyk's paths all start `/tyk/`, Fisheye's `/rest-service/`: its every resource had been below it.
it('a segment every path starts with, and no path is alone or an item of, names no resource', () => {
  const get = (path: string) => ({
    get: {
      parameters: [...path.matchAll(/\{(\w+)\}/g)].map((m) => ({
        name: m[1],
        in: 'path',
        required: true,
        schema: { type: 'string' },
      })),
      responses: { 204: { description: 'ok' } },
    },
  });
  const resources = (paths: string[]) =>
    normalizeDocument({
      openapi: '3.1.0',
      info: { title: 'T', version: '1' },
      paths: Object.fromEntries(paths.map((p) => [p, get(p)])),
    } as unknown as OpenAPI3).operations.map((o) => o.resource.join('.'));
  expect(resources(['/tyk/apis', '/tyk/keys/{id}', '/tyk/oauth/clients'])).toEqual([
    'apis',
    'keys',
    'oauth.clients',
  ]);
  // Petstore's `/pets` is a resource of its own, below which the others are.
  expect(resources(['/pets', '/pets/{id}/photos'])).toEqual(['pets', 'pets.photos']);
  expect(resources(['/pets/{id}', '/pets/{id}/photos'])).toEqual(['pets', 'pets.photos']);
});

// Google's operationIds all start with the API's name (`storage.buckets.list`).
it('a dotted prefix every operationId shares is the API’s name, not a word of its methods', () => {
  const op = (operationId: string, parameters: unknown[] = []) => ({
    get: { operationId, tags: ['buckets'], parameters, responses: { 204: { description: 'ok' } } },
  });
  const bucket = { name: 'bucket', in: 'path', required: true, schema: { type: 'string' } };
  const api = normalizeDocument({
    openapi: '3.1.0',
    info: { title: 'Cloud Storage', version: '1' },
    paths: {
      '/b': op('storage.buckets.list'),
      '/b/{bucket}': op('storage.buckets.get', [bucket]),
    },
  } as unknown as OpenAPI3);
  expect(api.operations.map((o) => [o.functionName, o.methodName])).toEqual([
    ['storageBucketsList', 'list'],
    ['storageBucketsGet', 'get'],
  ]);
});

// The rest of a Google id is the resource path and the method, as Google's own SDKs call them:
// Gmail's `client.users.messages.list` was `client.users.messagesList`.
it("a Google id's dotted parts are its resources", () => {
  const op = (operationId: string) => ({
    get: {
      operationId,
      tags: ['users'],
      parameters: [{ name: 'userId', in: 'path', required: true, schema: { type: 'string' } }],
      responses: { 204: { description: 'ok' } },
    },
  });
  const api = normalizeDocument({
    openapi: '3.1.0',
    info: { title: 'Gmail', version: '1' },
    paths: {
      '/users/{userId}/messages': op('gmail.users.messages.list'),
      '/users/{userId}/profile': op('gmail.users.getProfile'),
      '/users/{userId}/settings/filters': op('gmail.users.settings.filters.list'),
    },
  } as unknown as OpenAPI3);
  expect(api.operations.map((o) => [...o.resource, o.methodName].join('.'))).toEqual([
    'users.messages.list',
    'users.getProfile',
    'users.settings.filters.list',
  ]);
});

// Sinao's 270 `app.accounting.categories.list` beside a few `auth.login`: the prefix nearly every
// id has is the API's (was `accountCategories.appAccountingCategoriesList`).
it('a dotted prefix nearly every id has is the API’s, and the rest are named as ever', () => {
  const op = (operationId: string, tag = 'AccountCategories') => ({
    get: { operationId, tags: [tag], responses: { 204: { description: 'ok' } } },
  });
  const paths = (ids: readonly string[]) =>
    Object.fromEntries(
      ids.map((id, i) => [`/p${i}`, op(id, id.startsWith('app.') ? 'AccountCategories' : 'Auth')]),
    );
  const ids = Array.from({ length: 10 }, (_, i) => `app.accounting.categories${i}.list`);
  const named = (all: readonly string[]) =>
    normalizeDocument({
      openapi: '3.1.0',
      info: { title: 'Sinao', version: '1' },
      paths: paths(all),
    } as unknown as OpenAPI3).operations.map((o) => [...o.resource, o.methodName].join('.'));
  // Red team: an id of one dot is named as any id is (Google Logging's `logging.getCmekSettings`).
  expect(named([...ids, 'app.getSettings']).at(-1)).toBe('accountCategories.appGetSettings');
  expect(named([...ids, 'auth.login'])).toEqual([
    ...ids.map((_, i) => `accounting.categories${i}.list`),
    'auth.login',
  ]);
  // Where fewer than nine in ten have it, the tags name the resources.
  expect(named([...ids.slice(0, 8), 'auth.login', 'auth.logout'])[0]).toMatch(
    /^accountCategories\./,
  );
});

// FastAPI writes `<handler><path>_<method>` with every other character an underscore: Svix's
// `list_applications_api_v1_app__get` was `application.listApiAppGet`.
it('a FastAPI operationId is its handler, unless two operations share the handler', () => {
  const op = (operationId: string) => ({
    operationId,
    tags: ['application'],
    responses: { 204: { description: 'ok' } },
  });
  const api = normalizeDocument({
    openapi: '3.1.0',
    info: { title: 'T', version: '1' },
    paths: {
      '/api/v1/app/': {
        get: op('list_applications_api_v1_app__get'),
        post: op('create_application_api_v1_app__post'),
      },
      '/api/v1/app/{app_id}/': {
        get: op('get_application_api_v1_app__app_id___get'),
        parameters: [{ name: 'app_id', in: 'path', required: true, schema: { type: 'string' } }],
      },
      // Two routers' `ping`: neither is named by it alone.
      '/a/ping': { get: op('ping_a_ping_get') },
      '/b/ping': { get: op('ping_b_ping_get') },
    },
  } as never);
  expect(api.operations.map((o) => [o.functionName, o.methodName])).toEqual([
    ['listApplications', 'list'],
    ['createApplication', 'create'],
    ['getApplication', 'get'],
    ['pingAPingGet', expect.any(String)],
    ['pingBPingGet', expect.any(String)],
  ]);
});

// GitLab's `updateServicesKubernete`: some words are plural in form only.
it('a series, the news and Kubernetes are one thing', () => {
  expect(['series', 'species', 'news', 'kubernetes', 'issues'].map(stem)).toEqual([
    'series',
    'species',
    'news',
    'kubernetes',
    'issue',
  ]);
});

// HubSpot writes `<method>-<path>_<handler>`: `files.getGetById` was the method, now `files.get`.
it("a HubSpot operationId's method is its handler, which other resources share", () => {
  const op = (operationId: string, tag: string) => ({
    operationId,
    tags: [tag],
    parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
    responses: { 204: { description: 'ok' } },
  });
  const api = normalizeDocument({
    openapi: '3.1.0',
    info: { title: 'T', version: '1' },
    paths: {
      '/files/v3/files/{id}': { get: op('get-/files/v3/files/{id}_getById', 'Files') },
      '/files/v3/folders/{id}': { get: op('get-/files/v3/folders/{id}_getById', 'Folders') },
    },
  } as never);
  expect(api.operations.map((o) => o.methodName)).toEqual(['get', 'get']);
  // Two operations share the handler: their functions keep the whole id.
  expect(api.operations.map((o) => o.functionName)).toEqual([
    'getFilesV3FilesIdGetById',
    'getFilesV3FoldersIdGetById',
  ]);
});

// Google's design guide names `shelves/{shelf}`: `getShelf` there is `shelves.get`, not `getShelf`.
it('a shelf is the one of shelves, a valve of valves', () => {
  expect(['shelves', 'halves', 'wolves', 'valves', 'reserves', 'drives'].map(stem)).toEqual([
    'shelf',
    'half',
    'wolf',
    'valve',
    'reserve',
    'drive',
  ]);
});

// Trakt's `/calendars/all/movies/…` had been `getAllMovy`.
it('a movie is the one of movies, a category of categories', () => {
  expect(['movies', 'cookies', 'categories', 'policies'].map(stem)).toEqual([
    'movie',
    'cookie',
    'category',
    'policy',
  ]);
});

// Springfox's `getOrderUsingGET` (Klarna's, Etherpad's) and Zuora's `POST_CreateEmailTemplate`:
// what the id says of the HTTP method is no word of the call's name.
it("an operationId's Springfox suffix or capitalised method prefix is left out, where unique", () => {
  const op = (operationId: string, tag: string, id = false) => ({
    operationId,
    tags: [tag],
    ...(id && {
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
    }),
    responses: { 204: { description: 'ok' } },
  });
  const api = normalizeDocument({
    openapi: '3.1.0',
    info: { title: 'T', version: '1' },
    paths: {
      '/orders/{id}': { get: op('getOrderUsingGET', 'order', true) },
      '/orders': { post: op('createOrderUsingPOST_1', 'order') },
      '/pads': { get: op('createPadUsingGET', 'pad'), post: op('createPadUsingPOST', 'pad') },
      '/templates': { post: op('POST_CreateEmailTemplate', 'Notifications') },
      '/contacts/{id}': { get: op('objectGETContact', 'Contacts', true) },
      '/refunds/{id}/parts': { get: op('GET_RefundParts', 'Refunds', true) },
      '/files': { get: op('get_search_files', 'Files') },
      // Another operation's own id: the Springfox one keeps its id (red team).
      '/carts/{id}': { get: op('getCartUsingGET', 'cart', true) },
      '/legacy/carts/{id}': { get: op('getCart', 'cart', true) },
    },
  } as never);
  expect(api.operations.map((o) => [o.functionName, o.methodName])).toEqual([
    ['getOrder', 'get'],
    ['createOrder', 'create'],
    // Two operations share the call: both keep their ids.
    ['createPadUsingGET', 'createUsingGET'],
    ['createPadUsingPOST', 'createUsingPOST'],
    ['createEmailTemplate', 'createEmailTemplate'],
    ['getContact', 'get'],
    // `Refund` is the path's thing here, not a verb; and a route spelled in lower case stays one.
    ['getRefundParts', 'getParts'],
    ['getSearchFiles', expect.any(String)],
    ['getCartUsingGET', expect.any(String)],
    ['getCart', expect.any(String)],
  ]);
});

// Red team: LetMC's `CompanyController_GetCompany` in `company` had become `controllerGetCompany`.
it("a handler class before an operationId's underscore is no word of its name", () => {
  const api = normalizeDocument({
    openapi: '3.1.0',
    info: { title: 'T', version: '1' },
    paths: {
      '/company': {
        get: {
          operationId: 'CompanyController_GetCompany',
          tags: ['CompanyController'],
          responses: { 204: { description: 'ok' } },
        },
      },
    },
  } as never);
  expect([...api.operations[0]!.resource, api.operations[0]!.methodName].join('.')).toBe(
    'company.get',
  );
});

// Royal Mail's .NET `GetOrdersAsync`, Mercedes-Benz's `countriesGET`, SchoolDigger's
// `Schools_GetSchool20` at `/v2.0/…`: what a framework or the version adds is no word of the call.
it("an operationId's Async, its method in capitals after it, or the path's version is left out, where unique", () => {
  const op = (operationId: string, tag: string, id = false) => ({
    operationId,
    tags: [tag],
    ...(id && {
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
    }),
    responses: { 204: { description: 'ok' } },
  });
  const api = normalizeDocument({
    openapi: '3.1.0',
    info: { title: 'T', version: '1' },
    paths: {
      '/orders': { get: op('GetOrdersAsync', 'Orders') },
      '/countries': { get: op('countriesGET', 'References') },
      '/v2.0/schools/{id}': { get: op('Schools_GetSchool20', 'Schools', true) },
      // A number that is no version of the path stays; so does a name another id has.
      '/v2.0/top': { get: op('getTop10', 'Schools') },
      '/v1/search': { get: op('searchAsync', 'Search'), post: op('search', 'Search') },
    },
  } as never);
  expect(api.operations.map((o) => [o.functionName, o.methodName])).toEqual([
    ['getOrders', 'list'],
    ['countries', expect.any(String)],
    ['schoolsGetSchool', 'get'],
    ['getTop10', expect.stringContaining('10')],
    ['searchAsync', 'async'],
    ['search', expect.any(String)],
  ]);
});

// CORE's `GET /articles/get/{coreId}` was `articles.getGet`, Musixmatch's `/track.get` `getGet`.
it('a route segment that is the verb itself is no word of the name', () => {
  const id = [{ name: 'coreId', in: 'path', required: true, schema: { type: 'string' } }];
  const api = normalizeDocument({
    openapi: '3.1.0',
    info: { title: 'CORE', version: '1' },
    paths: {
      '/articles/get/{coreId}': {
        get: {
          operationId: 'getArticleByCoreId',
          tags: ['articles'],
          parameters: id,
          responses: { 204: { description: 'ok' } },
        },
      },
      '/articles/get/{coreId}/history': {
        get: {
          operationId: 'getArticleHistoryByCoreId',
          tags: ['articles'],
          parameters: id,
          responses: { 204: { description: 'ok' } },
        },
      },
    },
  } as never);
  expect(api.operations.map((o) => o.methodName)).toEqual(['get', 'getHistory']);
});

// OpenCage's `GET /v{version}/{format}` (no operationId) was `client.getV`.
it("a version's `v` before its parameter is no word of a name made from the route", () => {
  const api = normalizeDocument({
    openapi: '3.1.0',
    info: { title: 'OpenCage', version: '1' },
    paths: {
      '/v{version}/{format}': {
        get: {
          parameters: ['version', 'format'].map((name) => ({
            name,
            in: 'path',
            required: true,
            schema: { type: 'string' },
          })),
          responses: { 204: { description: 'ok' } },
        },
      },
    },
  } as never);
  expect([api.operations[0]!.functionName, api.operations[0]!.methodName]).toEqual([
    'getByVersionByFormat',
    'get',
  ]);
});

// ClickSend's "List Rules" (fax receipts) and "List rules" (SMS inbound): one name, and nothing
// had said which `listRules2` was.
it('two operationIds that name one function are warned of', () => {
  const op = (operationId: string) => ({
    get: { operationId, responses: { 204: { description: 'ok' } } },
  });
  const spec = {
    openapi: '3.1.0',
    info: { title: 'ClickSend', version: '1' },
    paths: { '/fax/rules': op('List Rules'), '/sms/rules': op('List rules') },
  };
  const api = normalizeDocument(spec as never);
  expect(collectWarnings(spec as never, api).map((w) => w.message)).toContainEqual(
    'operationId "List rules" would name the function listRules, which is /paths/~1fax~1rules/get\'s; this one is named listRules2',
  );
  // Red team: none where nothing was renamed, as Springfox's `getOrderUsingGET` beside `get_order_using_GET`.
  const springfox = {
    ...spec,
    paths: { '/x': op('getOrderUsingGET'), '/y': op('get_order_using_GET') },
  };
  expect(
    collectWarnings(springfox as never, normalizeDocument(springfox as never)).map(
      (w) => w.message,
    ),
  ).not.toContainEqual(expect.stringContaining('would name the function'));
});

// Azure API Management's ids (Transavia's, WMATA's) say no word: `client._58d8bcb7a9e6240e200cff25`.
it('an operationId that says no word is named from its route, with a warning', async () => {
  const spec = {
    openapi: '3.1.0',
    info: { title: 'Airports', version: '1' },
    paths: {
      '/airports/{id}': {
        get: {
          operationId: '58d8bcb7a9e6240e200cff25',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { 204: { description: 'ok' } },
        },
      },
    },
  };
  const api = normalizeDocument(spec as never);
  expect([api.operations[0]!.functionName, api.operations[0]!.methodName]).toEqual([
    'getAirportsById',
    'get',
  ]);
  expect(collectWarnings(spec as never, api).map((w) => w.message)).toContainEqual(
    expect.stringContaining('This operationId says no word'),
  );
});

// Lucidtech's `DELETE /documents` (no operationId) emptied the collection as `documents.delete()`,
// beside `deleteByDocumentId(id)`; SendGrid's "delete all bounces" likewise.
it("a collection's DELETE is deleteAll, and its item's is delete", () => {
  const remove = { delete: { responses: { 204: { description: 'ok' } } } };
  const api = normalizeDocument({
    openapi: '3.1.0',
    info: { title: 'T', version: '1' },
    paths: {
      '/documents': remove,
      '/documents/{documentId}': {
        parameters: [
          { name: 'documentId', in: 'path', required: true, schema: { type: 'string' } },
        ],
        ...remove,
      },
      '/registry': remove,
      '/registry/{name}': {
        parameters: [{ name: 'name', in: 'path', required: true, schema: { type: 'string' } }],
        ...remove,
      },
    },
  } as never);
  expect(api.operations.map((o) => o.methodName)).toEqual([
    'deleteAll',
    'delete',
    // A singular name is one thing, though items sit below it (DigitalOcean's registry).
    'delete',
    expect.any(String),
  ]);
  // One that picks what it deletes by a required query removes that (GoToMeeting's
  // `DELETE /organizers?email=`, YouTube's captions): it had been `deleteAll`. Red team: a
  // version the call is made with, or a list of ids, picks no one item.
  const item = {
    parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
    ...remove,
  };
  const deleteBy = (name: string, schema: object) => ({
    delete: {
      parameters: [{ name, in: 'query', required: true, schema }],
      responses: { 204: { description: 'ok' } },
    },
  });
  const picked = normalizeDocument({
    openapi: '3.1.0',
    info: { title: 'T', version: '1' },
    paths: {
      '/captions': deleteBy('id', { type: 'string' }),
      '/captions/{id}': item,
      '/sessions': deleteBy('api-version', { type: 'string' }),
      '/sessions/{id}': item,
      '/products': deleteBy('uuid', { type: 'array', items: { type: 'string' } }),
      '/products/{id}': item,
    },
  } as never);
  expect(picked.operations.map((o) => o.methodName)).toEqual([
    'delete',
    expect.any(String),
    'deleteAll',
    'delete',
    'deleteAll',
    'delete',
  ]);
});

// Lambda's `TagResource` in `tags` was `tags.resource`: the resource's word was its verb too.
it('a verb that is also the resource word stays, where the rest is a thing', () => {
  const op = (operationId: string, tags: string[]) => ({
    operationId,
    tags,
    parameters: [{ name: 'arn', in: 'path', required: true, schema: { type: 'string' } }],
    responses: { 204: { description: 'ok' } },
  });
  const api = normalizeDocument({
    openapi: '3.1.0',
    info: { title: 'T', version: '1' },
    paths: {
      '/tags/{arn}': {
        post: op('TagResource', ['Tags']),
        get: op('ListTagsForResource', ['Tags']),
      },
      // A resource that is the verb itself says it: `lookup.cnam`.
      '/lookup/{arn}': { post: op('lookupCnam', ['Lookup']) },
    },
  } as never);
  expect(api.operations.map((o) => o.methodName)).toEqual([
    'listForResource',
    'tagResource',
    'cnam',
  ]);
});

// Gitea's `repoGet` in `repository` (123 such methods) and Netlify's `getEnvVars` in
// `environmentVariables`: words cut short as people cut them still say the resource.
it("a resource's word cut short is the resource's", () => {
  const op = (operationId: string, tag: string, id = false) => ({
    get: {
      operationId,
      tags: [tag],
      ...(id && {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      }),
      responses: { 204: { description: 'ok' } },
    },
  });
  const api = normalizeDocument({
    openapi: '3.1.0',
    info: { title: 'T', version: '1' },
    paths: {
      '/repos/search': op('repoSearch', 'repository'),
      '/orgs': op('orgGetAll', 'organization'),
      '/env': op('getEnvVars', 'Environment variables'),
      '/v1/apps/{id}': op('getApp', 'applications', true),
      '/v2/applications/{id}': op('getApplication', 'applications', true),
    },
  } as never);
  expect(api.operations.map((o) => o.methodName)).toEqual(['search', 'list', 'get', 'get', 'get']);
  // Beside the word in full, the short one falls back to itself (red team: both had fallen
  // back to their ids, and `client.applications.get` was gone).
  const applications = api.resources.children.find((c) => c.property === 'applications')!;
  expect(applications.methods.map((m) => m.name)).toEqual(['getApp', 'get']);
});

// 1Password's: `_1PasswordConnectClient`, and `export 1PASSWORD_CONNECT_API_KEY=…` no shell takes.
it('spells a leading number in the client class and the environment prefix', () => {
  const api = normalizeDocument({
    openapi: '3.0.0',
    info: { title: '1Password Connect', version: '1' },
    paths: {},
  } as unknown as OpenAPI3);
  expect(api.client.className).toBe('OnePasswordConnectClient');
  expect(api.client.envPrefix).toBe('ONEPASSWORD_CONNECT');
});

// Bungie's `tags: [""]` made `client.unnamed.getAvailableLocales`.
it('reads a tag with nothing to name a resource by as no tag', () => {
  const api = normalizeDocument({
    openapi: '3.0.0',
    info: { title: 'Games', version: '1' },
    paths: {
      '/GetAvailableLocales/': {
        get: {
          operationId: 'GetAvailableLocales',
          tags: [''],
          responses: { 204: { description: 'ok' } },
        },
      },
      '/Content/all': {
        get: {
          operationId: 'Content.GetContentById',
          tags: ['Content'],
          responses: { 204: { description: 'ok' } },
        },
      },
    },
  } as unknown as OpenAPI3);
  expect(api.resources.children.map((c) => c.property)).not.toContain('unnamed');
});

// Trakt's "Get a user's personal lists" was `users.getSPersonalLists`.
it('reads a possessive as its noun, in every name', () => {
  expect(words("Get a user's personal lists")).toEqual(['Get', 'a', 'user', 'personal', 'lists']);
  expect(words('the member’s role')).toEqual(['the', 'member', 'role']);
  expect(words("it's")).toEqual(['it']);
});

// Wordnik's `getWordOfTheDay` in `words` had become `getOfDay`: a noun before `of` is part of a
// noun phrase, and stays.
it('keeps a resource word that a noun phrase goes on from with `of`', () => {
  expect(named('getWordOfTheDay', 'GET', '/words.json/wordOfTheDay', ['words'])).toBe(
    'getWordOfDay',
  );
  expect(named('getWord', 'GET', '/word.json/{word}', ['words'])).toBe('get');
});

// HERE's `postLocate`, LaunchDarkly's `postApplyApprovalRequest`: the method run together
// before a verb says nothing more.
it('leaves out a method word run together before the call', () => {
  expect(named('postLocate', 'POST', '/v2/locate', ['location'])).toBe('locate');
  expect(named('postApplyApprovalRequest', 'POST', '/requests/{id}/apply', ['flags'])).toBe(
    'applyApprovalRequest',
  );
  // Not before a noun: `postTweets` is no `tweets`.
  expect(named('postTweets', 'POST', '/tweets', ['tweets'])).not.toBe('tweets');
});

// Box's `POST /files/{file_id}` restores a trashed file: it had been `trashedFiles.update`.
it('a POST to an item is what its summary’s action says, else an update', () => {
  const post = (summary: string | undefined, path = '/files/{file_id}') =>
    methodName({
      name: 'post_files_id',
      method: 'POST',
      path,
      parents: new Set(),
      resource: ['trashedFiles'],
      pathParameters: ['file_id'],
      ...(summary !== undefined && { summary }),
    }).name;
  expect(post('Restore file')).toBe('restore');
  expect(post('Triggers a new build')).toBe('trigger');
  expect(post('Update a customer')).toBe('update');
  // GitLab's pipeline, Bitbucket's repository, Box's metadata instance (new-user trial).
  expect(post('Create a new pipeline')).toBe('create');
  expect(post('Create or update a pipeline')).toBe('update');
  expect(post('Returns the file')).toBe('update');
  expect(post('The file')).toBe('update');
  expect(post(undefined)).toBe('update');
  // A noun first, the update said after it (red team).
  expect(post('Schedule update')).toBe('update');
  expect(post('Review details change')).toBe('update');
  // What the path's own DELETE is called stays its (red team: a legacy POST "Delete a pet").
  const beside = (summary: string) =>
    methodName({
      name: 'post_pets_id',
      method: 'POST',
      path: '/pets/{id}',
      parents: new Set(),
      resource: ['pets'],
      pathParameters: ['id'],
      siblings: new Set(['POST', 'DELETE']),
      summary,
    }).name;
  expect(beside('Delete a pet (legacy clients)')).toBe('update');
  expect(beside('Archive a pet')).toBe('archive');
});

// Bitbucket's POSTs that list by filters too long for a query (new-user trial): they had been
// `commits.create` and `commits.update`, beside the GET's `list`.
it('a POST whose summary says it lists is named by its summary', () => {
  const post = (path: string, summary: string) =>
    methodName({
      name: `post ${path}`,
      method: 'POST',
      path,
      parents: new Set(['/repositories/{}/{}/commits']),
      resource: ['commits'],
      pathParameters: [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!),
      fromRoute: true,
      siblings: new Set(['GET', 'POST']),
      summary,
    }).name;
  const commits = '/repositories/{workspace}/{repo_slug}/commits';
  expect(post(commits, 'List commits with include/exclude')).toBe('listWithIncludeExclude');
  expect(post(`${commits}/{revision}`, 'List commits for revision using include/exclude')).toBe(
    'listForRevisionUsingIncludeExclude',
  );
  expect(post(commits, 'Create a commit')).toBe('create');
  expect(post(commits, 'Lists which match a filter')).toBe('listWhichMatchFilter');
  // Of a resource of lists, the verb goes with the resource's words: it stays.
  expect(
    methodName({
      name: 'post /lists',
      method: 'POST',
      path: '/lists',
      parents: new Set(),
      resource: ['lists'],
      pathParameters: [],
      fromRoute: true,
      summary: 'List lists',
    }).name,
  ).toBe('list');
});

// CircleCI's, without operationIds or summaries (new-user trial): its builds had been listed by
// `getByUsernameAndProject`, and a build triggered by `update`.
it('without an operationId, a GET that answers a list lists, and a description says what a POST does', () => {
  const project = (method: HttpMethod, extra: Partial<MethodNameInput>) =>
    methodName({
      name: `${method.toLowerCase()} /project/{username}/{project}`,
      method,
      path: '/project/{username}/{project}',
      parents: new Set(['/project/{}/{}']),
      resource: ['project'],
      pathParameters: ['username', 'project'],
      fromRoute: true,
      siblings: new Set(['GET', 'POST']),
      ...extra,
    }).name;
  expect(project('GET', { answersList: true })).toBe('list');
  expect(project('GET', {})).toBe('get');
  const triggers = 'Triggers a new build, returns a summary of the build.';
  expect(project('POST', { description: triggers })).toBe('trigger');
  // A summary, where there is one, says it first.
  expect(project('POST', { description: triggers, summary: 'Restart a build' })).toBe('restart');
});

// Twitter's ids say the id's word or the item's owner before the verb: `lists.idCreate`,
// `tweets.usersUnlike` and `bookmarks.usersDelete` had been fragments.
it.each<[string, HttpMethod, string, string[], string]>([
  ['listIdCreate', 'POST', '/2/lists', ['lists'], 'create'],
  // A thing before its `Id` and verb: the verb first (had been `dmConversationIdCreate`).
  [
    'dmConversationIdCreate',
    'POST',
    '/2/dm_conversations',
    ['directMessages'],
    'createDmConversation',
  ],
  ['usersIdUnlike', 'DELETE', '/2/users/{id}/likes/{tweet_id}', ['tweets'], 'unlike'],
  [
    'usersIdBookmarksDelete',
    'DELETE',
    '/2/users/{id}/bookmarks/{tweet_id}',
    ['bookmarks'],
    'delete',
  ],
  // The item's own collection is no owner: `getUserIdByEmail` says what it gets.
  ['getUserIdByEmail', 'GET', '/users/by-email', ['users'], 'getIdByEmail'],
])('%s at %s %s is %s', (name, method, path, resource, expected) => {
  expect(named(name, method, path, resource)).toBe(expected);
});

// Names tools write, as the five APIs of a new user's trial had them: Zuora's `posTamend` and
// `objectPOSTAccount`, DigitalOcean's `invoicesGetByUUID`, Gitea's `repository.list` for its keys.
describe('names of operationIds a tool wrote', () => {
  const name = (
    id: string,
    method: HttpMethod,
    path: string,
    resource: string[],
    siblings: HttpMethod[] = [],
  ) => {
    const paths = [path, path.replace(/\/\{[^}]+\}$/, '')];
    return methodName({
      name: id,
      method,
      path,
      resource,
      pathParameters: [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!),
      parents: parentPaths(paths),
      collections: collectionPaths(paths),
      siblings: new Set(siblings),
    });
  };

  it.each<[string, HttpMethod, string, string[], string]>([
    ['Action_POSTamend', 'POST', '/v1/action/amend', ['actions'], 'amend'],
    ['Action_POSTqueryMore', 'POST', '/v1/action/queryMore', ['actions'], 'queryMore'],
    ['POST_CustomObjectBulkJob', 'POST', '/objects/jobs', ['customObjectJobs'], 'createBulkJob'],
    ['POST_CreditMemoFromPrpc', 'POST', '/v1/creditmemos', ['creditMemos'], 'createFromPrpc'],
    [
      'PUT_UnapplyCreditMemo',
      'PUT',
      '/v1/creditmemos/{creditMemoId}/unapply',
      ['creditMemos'],
      'unapply',
    ],
    ['billingHistory_list', 'GET', '/v2/customers/my/billing_history', ['billing'], 'listHistory'],
    [
      'invoices_get_byUUID',
      'GET',
      '/v2/customers/my/invoices/{invoice_uuid}',
      ['billing'],
      'getInvoiceByUUID',
    ],
    [
      'volumeSnapshots_get_byId',
      'GET',
      '/v2/volumes/snapshots/{snapshot_id}',
      ['blockStorage'],
      'getVolumeSnapshotById',
    ],
    ['repoListKeys', 'GET', '/repos/{owner}/{repo}/keys', ['repository'], 'listKeys'],
    // The things, then the HTTP method: Telnyx's, Zoom's, Lufthansa's.
    [
      'SimCardNetworkPreferencesGet',
      'GET',
      '/sim_cards/{sim_card_id}/network_preferences',
      ['simCards'],
      'getNetworkPreferences',
    ],
    [
      'SimCardPublicIPPost',
      'POST',
      '/sim_cards/{sim_card_id}/public_ip',
      ['simCards'],
      'createPublicIP',
    ],
    ['meetingPollGet', 'GET', '/meetings/{meetingId}/polls/{pollId}', ['meetings'], 'getPoll'],
    [
      'countriesByCountryCodeGet',
      'GET',
      '/references/countries/{countryCode}',
      ['referenceData'],
      'getCountry',
    ],
    // App Store Connect's JSON:API ids (a new user's trial: `getToOneRelated`, and
    // `inPurchasesGetToManyRelated` with the `App` cut from `inAppPurchases`).
    ['apps-get_collection', 'GET', '/v1/apps', ['apps'], 'list'],
    ['apps-get_instance', 'GET', '/v1/apps/{id}', ['apps'], 'get'],
    ['betaGroups-create_instance', 'POST', '/v1/betaGroups', ['betaGroups'], 'create'],
    [
      'appEncryptionDeclarations-app-get_to_one_related',
      'GET',
      '/v1/appEncryptionDeclarations/{id}/app',
      ['appEncryptionDeclarations'],
      'getApp',
    ],
    [
      'apps-inAppPurchases-get_to_many_related',
      'GET',
      '/v1/apps/{id}/inAppPurchases',
      ['apps'],
      'listInAppPurchases',
    ],
    ['apps-appInfos-get_to_many_related', 'GET', '/v1/apps/{id}/appInfos', ['apps'], 'listInfos'],
    [
      'appPreviewSets-appPreviews-get_to_many_related',
      'GET',
      '/v1/appPreviewSets/{id}/appPreviews',
      ['appPreviewSets'],
      'listAppPreviews',
    ],
    [
      'betaGroups-builds-create_to_many_relationship',
      'POST',
      '/v1/betaGroups/{id}/relationships/builds',
      ['betaGroups'],
      'addBuilds',
    ],
    [
      'betaTesters-betaGroups-get_to_many_relationship',
      'GET',
      '/v1/betaTesters/{id}/relationships/betaGroups',
      ['betaTesters'],
      'listGroupIds',
    ],
    [
      'builds-appEncryptionDeclaration-update_to_one_relationship',
      'PATCH',
      '/v1/builds/{id}/relationships/appEncryptionDeclaration',
      ['builds'],
      'setAppEncryptionDeclaration',
    ],
    // NetBox's Django REST Framework ids with a route's hyphens (`deviceTypesRead` beside
    // `getDevice`).
    ['dcim_device-types_read', 'GET', '/dcim/device-types/{id}/', ['dcim'], 'getDeviceType'],
    [
      'dcim_device-types_partial_update',
      'PATCH',
      '/dcim/device-types/{id}/',
      ['dcim'],
      'patchDeviceType',
    ],
    // ASP.NET's route names (VS Online's `getRoute`); a route the path holds stays one.
    ['GetEnvironmentRoute', 'GET', '/api/v1/Environments/{environmentId}', ['environments'], 'get'],
    [
      'UpdateEnvironmentRoute',
      'POST',
      '/api/v1/Environments/{environmentId}/_callback',
      ['environments'],
      'updateRoute',
    ],
    [
      'getNetworkStaticRoute',
      'GET',
      '/networks/{networkId}/staticRoutes/{staticRouteId}',
      ['staticRoutes'],
      'getForNetwork',
    ],
    // AutoRest's group, then the call (App Center's; had been `appsGetTeams`, `teamsCreateTeam`).
    [
      'apps_removeUser',
      'DELETE',
      '/v0.1/apps/{owner}/{app}/users/{email}',
      ['account'],
      'removeAppUser',
    ],
    ['teams_createTeam', 'POST', '/v0.1/orgs/{org}/teams', ['account'], 'createTeam'],
    ['users_listForOrg', 'GET', '/v0.1/orgs/{org}/users', ['account'], 'listUsersForOrg'],
    // Red team: a GET named for a change keeps its words; a qualifier leads; all stay plural.
    ['codePush_updateCheck', 'GET', '/v0.1/update_check', ['codepush'], 'codePushUpdateCheck'],
    [
      'releases_getLatestByHash',
      'GET',
      '/v0.1/sdk/releases/{hash}',
      ['distribute'],
      'getLatestReleaseByHash',
    ],
    [
      'invitations_acceptAll',
      'POST',
      '/v0.1/invitations/accept',
      ['account'],
      'acceptAllInvitations',
    ],
    [
      'releases_listLatest',
      'GET',
      '/v0.1/apps/{owner}/{app}/recent',
      ['distribute'],
      'listLatestReleases',
    ],
    [
      'organizations_createOrUpdate',
      'POST',
      '/v0.1/orgs',
      ['account'],
      'createOrUpdateOrganization',
    ],
    // API Platform's: the route, then the method (had been `apiGetCollection`, `apiPost`).
    ['api_monitors_get_collection', 'GET', '/api/monitors', ['monitors'], 'list'],
    ['api_alert-service_post', 'POST', '/api/alert-service', ['alertService'], 'create'],
    ['api_alert-service_id_get', 'GET', '/api/alert-service/{id}', ['alertService'], 'get'],
  ])('%s at %s %s in %j is %s', (id, method, path, resource, expected) => {
    expect(name(id, method, path, resource).name).toBe(expected);
  });

  it('says the method last as it does it to the path: a collection listed, an action left as named', () => {
    expect(name('UserSimCardsGet', 'GET', '/users/{id}/sim_cards', ['users']).name).toBe(
      'listSimCards',
    );
    expect(
      name('CallActionsHangupPost', 'POST', '/calls/{id}/actions/hangup', ['calls']).name,
    ).not.toMatch(/^create/);
  });

  // Orthanc's, without operationIds (had been `updateAnonymize`, `updateSplit`); AWS's
  // `ModifyDBCluster` had been `postModifyDBCluster`.
  // Red team: two resources' relationships of one name under one tag had both fallen back to
  // their raw ids.
  it("tells App Store Connect's relationships of one name apart by whose they are", () => {
    const related = (id: string, path: string) => name(id, 'GET', path, ['apps']).fallback;
    expect([
      related('apps-builds-get_to_many_related', '/v1/apps/{id}/builds'),
      related('appClips-builds-get_to_many_related', '/v1/appClips/{id}/builds'),
    ]).toEqual(['listAppBuilds', 'listAppClipBuilds']);
  });

  it('names a POST to an action by its verb', () => {
    const fromRoute = (path: string) =>
      methodName({
        name: 'unused',
        method: 'POST',
        path,
        resource: ['studies'],
        pathParameters: ['id'],
        parents: parentPaths([path]),
        collections: collectionPaths([path]),
        fromRoute: true,
      }).name;
    // Stream's and Box's `…/commit` had been `messages.commit.update`, `updateCommit`.
    expect([
      fromRoute('/studies/{id}/anonymize'),
      fromRoute('/studies/{id}/split'),
      fromRoute('/studies/{id}/commit'),
    ]).toEqual(['anonymize', 'split', 'commit']);
  });

  // Superset's `/annotation_layer/{pk}/annotation/`, whose items are `…/annotation/{id}`: its
  // POST had been `update`, its GET `get`.
  it('reads a path with a trailing slash as the same path', () => {
    const paths = ['/layers/{pk}/annotation/', '/layers/{pk}/annotation/{id}'];
    const at = (method: HttpMethod) =>
      methodName({
        name: 'unused',
        method,
        path: paths[0]!,
        resource: ['layers'],
        pathParameters: ['pk'],
        parents: parentPaths(paths),
        collections: collectionPaths(paths),
        fromRoute: true,
      }).name;
    expect([at('GET'), at('POST')]).toEqual(['listAnnotation', 'createAnnotation']);
  });

  it('leaves a name that says its own verb to it: a batch update is no `updateBatchUpdate`', () => {
    expect(
      name('PUT_BatchUpdateDebitMemos', 'PUT', '/v1/debitmemos', ['debitMemos']).name,
    ).not.toMatch(/^update/);
  });

  it("tells a group's twin by its group: Zuora's object API beside its REST one", () => {
    const object = name('Object_POSTAccount', 'POST', '/v1/object/account', ['accounts']);
    expect([object.name, object.fallback]).toEqual(['create', 'createObject']);
    expect(name('POST_Account', 'POST', '/v1/accounts', ['accounts']).fallback).toBe('create');
  });

  it('lists where a name left `get` is the collection it answers a list of', () => {
    const at = (answersList: boolean) =>
      methodName({
        name: 'getLinodeDisks',
        method: 'GET',
        path: '/linode/instances/{linodeId}/disks',
        resource: ['linodeInstances'],
        pathParameters: ['linodeId'],
        parents: parentPaths(['/linode/instances/{linodeId}/disks']),
        collections: collectionPaths(['/linode/instances/{linodeId}/disks']),
        answersList,
      }).name;
    // One thing of a plural's name (GitHub's Pages site) is got.
    expect([at(true), at(false)]).toEqual(['listDisks', 'getDisks']);
  });

  it("keeps a PATCH its author calls `patch` beside a PUT (DigitalOcean's, Google's)", () => {
    const both: HttpMethod[] = ['GET', 'PUT', 'PATCH', 'DELETE'];
    const path = '/v2/projects/{project_id}';
    expect([
      name('projects_update', 'PUT', path, ['projects'], both).name,
      name('projects_patch', 'PATCH', path, ['projects'], both).name,
      name('projects_patch', 'PATCH', path, ['projects'], ['GET', 'PATCH']).name,
    ]).toEqual(['update', 'patch', 'update']);
  });
});

// Visma's 69 `…_Post<Thing>` ids, payrun's `PostEmployerSecret`: `post` is no one's verb for
// making a thing (new-user trials).
/** The method name of one operation, its path parameters read from its path. */
function nameAt(
  name: string,
  method: HttpMethod,
  path: string,
  resource: string[],
  extra: Partial<Parameters<typeof methodName>[0]> = {},
): string {
  return methodName({
    name,
    method,
    path,
    resource,
    pathParameters: [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!),
    parents: new Set(),
    ...extra,
  }).name;
}

describe('a `post` before the thing a POST to its collection makes', () => {
  const named = (
    name: string,
    path: string,
    resource: string[],
    extra: Partial<Parameters<typeof methodName>[0]> = {},
  ) => nameAt(name, 'POST', path, resource, extra);

  it('creates it', () => {
    expect(named('CostCenters_PostCostCenter', '/v1/costcenters', ['settingsWrite'])).toBe(
      'createCostCenter',
    );
    expect(named('PostEmployerSecret', '/Employer/{EmployerId}/Secrets', ['employer'])).toBe(
      'createSecret',
    );
    // API Platform's `postCollection` says only where it goes (had been `createCollection`).
    expect(named('postCollection', '/crawls', ['crawl'])).toBe('create');
  });

  it('leaves a POST that does something else as written', () => {
    // One thing, not a collection: GraphHopper computes a route.
    expect(named('postRoute', '/route', ['routing'])).toBe('postRoute');
    // An item's POST, an action, or an `actions` collection.
    expect(named('postQuery', '/documents/query/{query_type}', ['documents'])).not.toMatch(
      /^create/,
    );
    expect(
      named('volumes_post_byId', '/v2/volumes/{volume_id}/actions', ['volumeActions']),
    ).not.toMatch(/create/i);
    // A POST that reads: EVE's "Get names and categories for a set of ID's"; one whose summary
    // says it does another thing (red team: EVE's "Bulk names to IDs", Jellyfin's "Updates
    // capabilities").
    for (const summary of [
      "Get names and categories for a set of ID's",
      'Bulk names to IDs',
      'Updates capabilities for a device',
    ])
      expect(
        named('post_universe_names', '/universe/names/', ['universe'], { summary }),
      ).not.toMatch(/^create/);
    expect(
      named('post_universe_names', '/universe/names/', ['universe'], { summary: 'Adds names' }),
    ).toMatch(/^create/);
    // Mailchimp's `postAllLandingPages` adds one page: no `createAll`.
    expect(named('postAllLandingPages', '/landing-pages', ['landingPages'])).not.toBe('createAll');
    // API Platform's `post<Thing>Collection` creates one.
    expect(named('postInstanceCollection', '/instances', ['instance'])).toBe('create');
  });
});

// PeerTube's `…/ownership/{id}/refuse` had been `updateRefuse`, a comment's reply `update`;
// Box's `/users/terminate_sessions` `postTerminateSessions` (new-user trial).
it.each<[string, HttpMethod, string, string[], string, string | undefined]>([
  [
    'postApiV1VideosOwnershipIdRefuse',
    'POST',
    '/api/v1/videos/ownership/{id}/refuse',
    ['videoOwnershipChange'],
    'refuse',
    undefined,
  ],
  [
    'postApiV1VideosIdCommentsCommentId',
    'POST',
    '/api/v1/videos/{id}/comments/{commentId}',
    ['videoComments'],
    'reply',
    'Reply to a thread of a video',
  ],
  [
    'post_users_terminate_sessions',
    'POST',
    '/users/terminate_sessions',
    ['users'],
    'terminateSessions',
    undefined,
  ],
])('%s at %s %s is an action', (name, method, path, resource, expected, summary) => {
  expect(
    nameAt(name, method, path, resource, {
      ...(summary !== undefined && { summary }),
      fromRoute: name.startsWith('post') && !name.includes('_'),
    }),
  ).toBe(expected);
});

// New-user trials of ClearBlade, BritBox, GoToWebinar, Autotask and Rudder.
describe('names the trials read as fragments', () => {
  const name = nameAt;

  it('keeps a number run into a tag (`2FA` had become `client.fa`)', () => {
    expect(resourceFromTag('2FA')).toEqual(['twoFA']);
    // Not an ordinal's suffix, nor a status class (red team).
    expect(resourceFromTag('3rd Party Apps')?.[0]).not.toMatch(/^three/);
    expect(resourceFromTag('5xx Errors')?.[0]).not.toMatch(/^five/);
  });

  it('keeps the preposition of a verb (`singleSignOn` had become `singleSign`)', () => {
    expect(name('singleSignOn', 'POST', '/authorization/sso', ['authorization'])).toBe(
      'singleSignOn',
    );
  });

  it('hears a resource of words run together as one (`getCoorganizers` in `coOrganizers`)', () => {
    const path = '/organizers/{organizerKey}/webinars/{webinarKey}/coorganizers';
    expect(name('getCoorganizers', 'GET', path, ['coOrganizers'])).toBe('list');
  });

  it('keeps who defines a thing (`queryUserDefinedFields` in `clientPortalUsers`)', () => {
    expect(
      name(
        'ClientPortalUsers_QueryUserDefinedFieldDefinitions',
        'GET',
        '/V1.0/ClientPortalUsers/entityInformation/userDefinedFields',
        ['clientPortalUsers'],
      ),
    ).toBe('queryUserDefinedFieldDefinitions');
  });

  it("drops an `api` before the verb (Envoice's `client.apiUpdate`, Billbee's `apiGetList`)", () => {
    expect(name('ClientApi_Update', 'POST', '/api/client/update', ['client'])).toBe('update');
    expect(name('Events_apiGetList', 'GET', '/api/v1/events', ['events'])).not.toMatch(/^api/);
    // Not where `Api` is the thing (AppSync's `updateGraphqlApi`), nor where the path holds APIs
    // (red team: API Management's `ProductApi_ListByProduct` lists a product's APIs).
    expect(name('UpdateGraphqlApi', 'POST', '/v1/apis/{apiId}', ['apis'])).toMatch(/Api$/);
    expect(
      name('ProductApi_ListByProduct', 'GET', '/products/{productId}/apis', ['product']),
    ).toMatch(/^api/);
  });

  it('does the action a POST goes to, where the id says none (`techniques` at `…/reload`)', () => {
    expect(name('techniques', 'POST', '/techniques/reload', ['techniques'])).toBe('reload');
    // Not where the action is the resource itself.
    expect(name('parse', 'POST', '/parse', ['parse'])).not.toBe('parse');
  });
});

describe('a thing below a resource of words', () => {
  const name = (id: string, method: HttpMethod, path: string, resource: string[]) =>
    nameAt(id, method, path, resource);

  it("keeps the thing its path ends in under the resource (Hetras' rates of `ratePlans`)", () => {
    const plans = '/api/hotel/v0/hotels/{hotelId}/rateplans';
    expect(name('RatePlans_GetRates', 'GET', `${plans}/{rateplanCode}/rates`, ['ratePlans'])).toBe(
      'getRates',
    );
    expect(name('RatePlans_GetRateplans', 'GET', plans, ['ratePlans'])).toBe('list');
    // Not the resource's own words, nor things of a resource named for what it does.
    expect(name('listCallQueues', 'GET', '/phone/call_queues', ['phoneCallQueues'])).toBe('list');
    expect(name('Customers_List', 'GET', '/v1/customers', ['customersRead'])).toBe('list');
    expect(name('getUsers', 'GET', '/accounts/{accountname}/users', ['userManagement'])).toBe(
      'list',
    );
  });
});

it("names a GET of a reading action by it, the route alone saying it (SoundCloud's `/resolve`)", () => {
  expect(nameAt('', 'GET', '/resolve', ['miscellaneous'], { fromRoute: true })).toBe('resolve');
});

// New-user trial: StackExchange's `GET /filters/create` had been `filters.getCreate`.
it('names a GET whose segment only a verb says by it, where no POST does it', () => {
  const at = (path: string, resource: string[]) =>
    nameAt('', 'GET', path, resource, { fromRoute: true });
  expect(at('/filters/create', ['filters'])).toBe('create');
  expect(at('/access-tokens/{accessTokens}/invalidate', ['accessTokens'])).toBe('invalidate');
  // A thing's name is no such word.
  expect(at('/users/{id}/block', ['users'])).toBe('getBlock');
});

it("drops a tool's word for the kind of endpoint after the resource's (Data2CRM's `Collection`)", () => {
  const at = (id: string, method: HttpMethod, path: string) =>
    nameAt(id, method, path, ['account']);
  expect(at('getAccountCollection', 'GET', '/application/entity/account/list')).toBe('list');
  expect(at('getAccountEntity', 'GET', '/application/entity/account/{account_id}')).toBe('get');
  expect(at('getAccountCountCollection', 'GET', '/application/entity/account/count')).toBe('count');
  expect(at('deleteAccountCollectionBulk', 'DELETE', '/application/entity/account/bulk')).toBe(
    'deleteBulk',
  );
  // Not where collections are the things (Shutterstock's), nor a word of a longer noun.
  expect(nameAt('createImageCollection', 'POST', '/v2/images/collections', ['images'])).toBe(
    'createCollection',
  );
  expect(
    nameAt('getFeaturedImageCollection', 'GET', '/v2/images/collections/featured/{id}', ['images']),
  ).toMatch(/Collection$/);
});

it("reads a collection a verb qualifies as a thing (NetBox's `extras_export-templates_create`)", () => {
  const at = (id: string, method: HttpMethod, path: string) => nameAt(id, method, path, ['extras']);
  expect(at('extras_export-templates_create', 'POST', '/extras/export-templates/')).toBe(
    'createExportTemplate',
  );
  expect(at('extras_export-templates_list', 'GET', '/extras/export-templates/')).toBe(
    'listExportTemplates',
  );
  // A route's verb still acts (`…/{id}/change_owner/`), and one thing's action stays one.
  expect(at('accounts_change_owner_create', 'POST', '/accounts/{id}/change_owner/')).not.toMatch(
    /^create/,
  );
  expect(
    nameAt('secrets_generate-rsa-key-pair_list', 'GET', '/secrets/generate-rsa-key-pair/', [
      'secrets',
    ]),
  ).toBe('generateRsaKeyPairList');
});

it('keeps an action of one item, and a kind word where the path goes past the resource (red team)', () => {
  // `/projects/{id}/add-members/` adds members; it is no collection of add-members.
  expect(
    nameAt('projects_add-members_create', 'POST', '/projects/{id}/add-members/', ['projects']),
  ).toBe('addMembers');
  // `users.delete(id)` would read as deleting the user.
  expect(nameAt('deleteUserCollection', 'DELETE', '/users/{id}/saved-tracks', ['users'])).not.toBe(
    'delete',
  );
});

// Fourth new-user trials (Discourse, Mastodon, Telnyx, PowerDNS, ShipEngine, Meilisearch).
describe('names the fourth trials read wrong', () => {
  it("reads a word that says where before the verb as said before it (Discourse's admin calls)", () => {
    const users = ['users'];
    expect(nameAt('adminListUsers', 'GET', '/admin/users/list/{flag}.json', users)).toBe(
      'adminList',
    );
    expect(nameAt('adminGetUser', 'GET', '/admin/users/{id}.json', users)).toBe('adminGet');
    // Only where the verb stays the rest's (red team of the corpus: bunq's had become `readFor`).
    expect(
      nameAt(
        'READ_ExportStatementCard_for_User_Card',
        'GET',
        '/user/{userID}/card/{cardID}/export-statement-card/{itemId}',
        ['exportStatementCard'],
      ),
    ).not.toBe('readFor');
    // Not a verb first (`listUsers`), nor a verb's prefix (Zoom's `unAssign…`).
    expect(nameAt('listAdminUsers', 'GET', '/admin/users', users)).toMatch(/^list/);
    expect(
      nameAt('unAssignPhoneNumCallQueue', 'DELETE', '/phone/call_queues/{id}/phone_numbers/{n}', [
        'phoneCallQueues',
      ]),
    ).toMatch(/Phone/);
  });

  it("does Mastodon's actions on a status, and reads a GET that verifies as one", () => {
    const route = (method: HttpMethod, path: string, resource: string[]) =>
      nameAt('', method, path, resource, { fromRoute: true });
    for (const action of ['favourite', 'unfavourite', 'reblog', 'unreblog', 'bookmark'])
      expect(route('POST', `/api/v1/statuses/{id}/${action}`, ['statuses'])).toBe(action);
    expect(route('POST', '/api/v1/conversations/{id}/read', ['conversations'])).toBe('read');
    const path = '/api/v1/statuses/{id}/favourite';
    expect(resourceFromPath({ path, parents: parentPaths([path]) })).toEqual(['statuses']);
    expect(route('GET', '/api/v1/accounts/verify_credentials', ['accounts'])).toBe(
      'verifyCredentials',
    );
    // Not beside the path's POST, which verifies (red team: both had become `verifyEmailById`).
    const verify = '/users/{id}/verify_email';
    const siblings = new Set<HttpMethod>(['GET', 'POST']);
    expect(nameAt('', 'GET', verify, ['users'], { fromRoute: true, siblings })).not.toBe(
      nameAt('', 'POST', verify, ['users'], { fromRoute: true, siblings }),
    );
    // A segment's verb that is a noun first in a name stays a noun there (red team).
    expect(nameAt('mailSettingsGet', 'GET', '/mail/settings', ['mail'])).toBe('getSettings');
    expect(nameAt('readStatusGet', 'GET', '/messages/{id}/read_status', ['messages'])).toBe(
      'getReadStatus',
    );
    // A collection of things stays listed, and so do things named for checking (Trello's).
    expect(route('GET', '/api/v1/favourites', ['favourites'])).toBe('list');
    expect(route('GET', '/cards/{idCard}/checkItemStates', ['cards'])).toMatch(/^list/);
  });

  it('hears the resource where its words run together, or the name splits its one word', () => {
    const texml = ['teXMLApplications'];
    expect(nameAt('createTexmlApplication', 'POST', '/texml_applications', texml)).toBe('create');
    expect(nameAt('getTexmlApplication', 'GET', '/texml_applications/{id}', texml)).toBe('get');
    const keys = '/servers/{server_id}/tsigkeys';
    expect(nameAt('listTSIGKeys', 'GET', keys, ['tsigkey'])).toBe('list');
    expect(nameAt('getTSIGKey', 'GET', `${keys}/{tsigkey_id}`, ['tsigkey'])).toBe('get');
  });

  it("drops a `one` before the resource's word (Meilisearch's `getOneTask`)", () => {
    expect(nameAt('getOneTask', 'GET', '/tasks/{uid}', ['tasks'])).toBe('get');
    // Only before the name's last word (red team: one-time slots had read as the slots).
    expect(nameAt('listOneTimeSlots', 'GET', '/time_slots/one_time', ['timeSlots'])).toMatch(/One/);
    // Not one that says more (`oneTime`), nor one of the resource's own words (red team of the
    // corpus: bunq's `whitelistSddOneOff` had lost it).
    expect(nameAt('createOneTimeToken', 'POST', '/tokens/one-time', ['tokens'])).toMatch(/One/);
    expect(
      nameAt(
        'List_all_WhitelistSddOneOff_for_User',
        'GET',
        '/user/{userID}/whitelist-sdd-one-off',
        ['whitelistSddOneOff'],
      ),
    ).not.toMatch(/SddOff/);
  });

  it("says what an item is looked up by, where its segment names the parameter (ShipEngine's)", () => {
    expect(
      nameAt(
        'get_label_by_external_shipment_id',
        'GET',
        '/v1/labels/external_shipment_id/{external_shipment_id}',
        ['labels'],
      ),
    ).toBe('getByExternalShipmentId');
    // Not a segment among others: HSBC's ATMs of a town would read `getCountryByTown`.
    const town = '/atms/country/{country}/town/{town}';
    expect(nameAt('', 'GET', town, ['atms'], { fromRoute: true })).not.toBe('getCountryByTown');
  });

  it("reads an id that is the HTTP method and the route to its parameter as the route (Files.com's)", () => {
    const files = (name: string, method: HttpMethod, summary: string) =>
      nameAt(name, method, '/files/{path}', ['files'], { summary });
    expect(files('PostFilesPath', 'POST', 'Upload file')).toBe('upload');
    expect(files('DeleteFilesPath', 'DELETE', 'Delete file/folder')).toBe('delete');
    expect(files('PatchFilesPath', 'PATCH', 'Update file/folder metadata')).toBe('update');
    expect(files('FileDownload', 'GET', 'Download file')).toBe('download');
    // A person's name that merely starts with the verb and ends in a parameter stays (red team of
    // the corpus: SwaggerHub's, S3's at a route of parameters alone).
    const version = '/apis/{owner}/{api}/{version}';
    expect(nameAt('DeleteApiVersion', 'DELETE', version, ['apis'])).toMatch(/Version$/);
    expect(nameAt('DeleteBucket', 'DELETE', '/{Bucket}', [])).toBe('deleteBucket');
  });

  it("does Increase's sandbox deposit and mail of a check", () => {
    const at = (id: string, action: string) =>
      nameAt(id, 'POST', `/simulations/check_transfers/{check_transfer_id}/${action}`, [
        'simulations',
        'checkTransfers',
      ]);
    expect(at('deposit_a_sandbox_check_transfer', 'deposit')).toMatch(/^deposit/);
    expect(at('mail_a_sandbox_check_transfer', 'mail')).toMatch(/^mail/);
    expect(
      resourceFromPath({ path: '/simulations/check_transfers/{id}/mail', parents: new Set() }),
    ).toEqual(['simulations', 'checkTransfers']);
  });

  it("does an item's action whose name only says which item besides (Increase's cancel)", () => {
    expect(
      nameAt('cancel_a_pending_ach_transfer', 'POST', '/ach_transfers/{id}/cancel', [
        'achTransfers',
      ]),
    ).toBe('cancel');
    expect(
      nameAt(
        'complete_a_sandbox_account_transfer',
        'POST',
        '/simulations/account_transfers/{id}/complete',
        ['simulations', 'accountTransfers'],
      ),
    ).toBe('complete');
    // Not where the words between say how, or another thing (a refund's partial stays).
    expect(nameAt('refundPartOfPayment', 'POST', '/payments/{id}/refund', ['payments'])).not.toBe(
      'refund',
    );
  });
});

// VictorOps' calls are under `/api-public/v1`: the prefix says which API, not what a call does,
// and its escalation policies' list had been `listForApiPublic` beside `listForTeam`.
it("reads an API's kind before its version (`api-public`, `public-api`) as no resource", async () => {
  const list = (team: boolean) => ({
    get: {
      tags: ['Escalation Policies'],
      ...(team && {
        parameters: [{ name: 'team', in: 'path', required: true, schema: { type: 'string' } }],
      }),
      responses: { 200: { description: 'ok' } },
    },
  });
  const methods = (prefix: string) => {
    const api = normalizeDocument({
      openapi: '3.0.0',
      info: { title: 'On call', version: '1' },
      paths: {
        [`/${prefix}/v1/policies`]: list(false),
        [`/${prefix}/v1/team/{team}/policies`]: list(true),
      },
    } as never);
    return api.resources.children.flatMap((r) => r.methods.map((m) => m.name));
  };
  expect(methods('api-public')).toEqual(['list', 'listForTeam']);
  expect(methods('public-api')).toEqual(['list', 'listForTeam']);
});

// Sixth new-user trials (dev.to, Keycloak, Nordigen).
describe('names the sixth trials read wrong', () => {
  const route = (method: HttpMethod, path: string, resource: string[], summary?: string) =>
    nameAt('', method, path, resource, { fromRoute: true, summary });

  it('does the action a POST names (`toggle`, `raise-priority`) or its summary says', () => {
    expect(route('POST', '/api/reactions/toggle', ['reactions'])).toBe('toggle');
    expect(
      route('POST', '/{realm}/authentication/executions/{id}/raise-priority', ['executions']),
    ).toBe('raisePriority');
    // Keycloak's "Impersonate the user": the verb, not its noun again.
    expect(
      route('POST', '/{realm}/users/{id}/impersonation', ['users'], 'Impersonate the user'),
    ).toBe('impersonate');
  });

  it("lists all of a thing as it lists the thing (bunq's `List_all_Payment_for_User_MonetaryAccount`)", () => {
    const path = '/user/{userID}/monetary-account/{monetary-accountID}/payment';
    expect(nameAt('List_all_Payment_for_User_MonetaryAccount', 'GET', path, ['payment'])).toBe(
      'listForUserMonetaryAccount',
    );
  });

  // Red team: `listAllUsers` beside `listUsers` had fallen back to `listUsers`, the other's
  // function, so `client.users.listUsers()` had called `/users/all`.
  it('keeps "all" in the longer name of a list of all beside another list', () => {
    const ok = { responses: { 200: { description: 'ok' } } };
    const api = normalizeDocument({
      openapi: '3.0.0',
      info: { title: 'People', version: '1' },
      paths: {
        '/users': { get: { ...ok, operationId: 'listUsers', tags: ['users'] } },
        '/users/all': { get: { ...ok, operationId: 'listAllUsers', tags: ['users'] } },
      },
    } as never);
    const methods = api.resources.children[0]!.methods;
    const called = (fn: string) => methods.find((m) => m.functionName === fn)?.name;
    expect(called('listUsers')).toBe('list');
    expect(called('listAllUsers')).not.toBe('listUsers');
  });

  it("says a name of a thing and what was done to it verb first (Nordigen's `requisition created`)", () => {
    expect(nameAt('requisition created', 'POST', '/requisitions/', ['requisitions'])).toBe(
      'create',
    );
    expect(nameAt('invoiceUpdated', 'PUT', '/invoices/{id}', ['invoices'])).toBe('update');
    // Not where the name says its own verb.
    expect(nameAt('listUsersCreated', 'GET', '/users', ['users'])).not.toBe('create');
  });
});

// New-user trial: WhatsApp's profile photo DELETE, the one without a tag, had gone to
// `settings.profile.photo`, apart from its GET and POST in `profile`.
it("places an untagged operation with its path's tagged ones", () => {
  const ok = { responses: { 200: { description: 'ok' } } };
  const api = normalizeDocument({
    openapi: '3.0.0',
    info: { title: 'Chat', version: '1' },
    paths: {
      '/settings/profile/photo': {
        get: { ...ok, tags: ['Profile'] },
        post: { ...ok, tags: ['Profile'] },
        delete: ok,
      },
    },
  } as never);
  expect(api.resources.children.map((r) => [r.property, r.methods.map((m) => m.name)])).toEqual([
    ['profile', ['getPhoto', 'createPhoto', 'deletePhoto']],
  ]);
});
