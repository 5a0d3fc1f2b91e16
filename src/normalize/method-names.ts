/**
 * Where an operation sits on the client and what its method is called, the
 * way a hand-made SDK reads: `client.customers.list()`, `client.albums.get(id)`,
 * `client.charges.capture(charge)`. The resource comes from the operation's
 * `x-codegen-resource`, its TypeScript sample, its first tag, else its path.
 * The method is the operationId without the words the resource already says,
 * unless cutting them would leave a fragment; when nothing is left, the verb a
 * person would use for the HTTP method and path shape (list/get/create/update/delete).
 */
import type { HttpMethod } from '../ir/api.js';
import { camelCase, words } from '../ir/naming.js';

const ARTICLES = new Set(['a', 'an', 'the']);

/**
 * A name's words, an acronym told from the word after it (`IPActions` is `IP Actions`,
 * Notion's `retrieveABlock` says `retrieve a block`), so that they meet the resource's.
 */
function nameWords(text: string): readonly string[] {
  let found = nameWordsOf.get(text);
  if (found === undefined) {
    // Bounded, as `words` is: a long watch session names many specs.
    if (nameWordsOf.size > 100_000) nameWordsOf.clear();
    // From a run of capitals' start only: from within, each had been read to its end again.
    found = words(text).flatMap((w) =>
      w.replace(/(?<![A-Z])([A-Z]+)(?=[A-Z][a-z]{2})/g, '$1 ').split(' '),
    );
    nameWordsOf.set(text, found);
  }
  return found;
}

// Each name is split many times over (GitHub's 1,223 operations, their paths and resources).
const nameWordsOf = new Map<string, readonly string[]>();
// `as` too: Xero's `getInvoiceAsPdf` at `/Invoices/{InvoiceID}/pdf` is `invoices.pdf.get`.
const PREPOSITIONS = new Set('for of by to from with in on at into as'.split(' '));
// Words that say which of the resource's items: the resource after them goes without a
// fragment left (`albums.getMultiple`, `artists.getRelated`); after a noun it stays
// (`playlists.getCategoriesPlaylists` is a category's playlists, not its categories).
const MODIFIERS = new Set([
  'all',
  'multiple',
  'several',
  'saved',
  'related',
  'featured',
  'available',
  'recent',
  'followed',
  'recommended',
]);
// Segments that version or prefix an API rather than name a resource: `v1`, `api`, `2010-04-01`,
// and an API's kind (VictorOps' `api-public`, `public-api`: its policies had been
// `listForApiPublic`).
const NOT_A_RESOURCE =
  /^(?:v?\d+(?:\.\d+)*|api|rest|\d{4}-\d{2}-\d{2}|(?:public|private|open|internal|external|partner|rest)[-_]api|api[-_](?:public|private|internal|external|partner))$/i;

export interface PathShape {
  /** The path template: `/v1/customers/{customer}`. */
  readonly path: string;
  /** Paths some other path continues below, to tell collections and actions apart (`parentPaths`). */
  readonly parents: ReadonlySet<string>;
  /**
   * Paths an item follows (`/issueLinkType` of `/issueLinkType/{id}`), `collectionPaths`: a
   * GET of one lists. Not given, any path with others below it counts.
   */
  readonly collections?: ReadonlySet<string> | undefined;
  /**
   * Every operation of the API is a POST to a path without parameters, and none has an
   * operationId (Mandrill's `/messages/info.json`): each path's last segment is its call,
   * whatever the word.
   */
  readonly rpc?: boolean | undefined;
}

/**
 * The segment every path starts with where it names no resource of its own: no path is it
 * alone or goes through an item of it (Tyk's `/tyk/apis`, `/tyk/keys/{id}`; Fisheye's `/rest-service/…`).
 * Those resources are the API's (`client.apis`, was `client.tyk.apis`); Petstore's `/pets`,
 * beside `/pets/{id}/photos`, stays a resource. Built once per document.
 */
export function sharedPrefix(allPaths: readonly string[]): string | undefined {
  const routes = allPaths.map(segments);
  const top = routes[0]?.[0];
  if (top === undefined || isParameter(top) || routes.length < 2) return undefined;
  // Never followed by a parameter: Azure's `/subscriptions/{subscriptionId}/…` are its items.
  const under = routes.every((r) => r[0] === top && r[1] !== undefined && !isParameter(r[1]));
  return under ? camelCase(staticText(top)) : undefined;
}

/**
 * Every path that another continues below, built once per document: parameters
 * compare by place, not name (`/fees/{id}/refunds` has `/fees/{fee}/refunds/{id}`).
 */
export function parentPaths(allPaths: readonly string[]): ReadonlySet<string> {
  const parents = new Set<string>();
  for (const path of allPaths) {
    const shaped = pathShape(path);
    for (let i = shaped.indexOf('/', 1); i > 0; i = shaped.indexOf('/', i + 1))
      parents.add(shaped.slice(0, i));
  }
  return parents;
}

/** Every path that a parameter segment follows: `/issueLinkType` of `/issueLinkType/{id}`, not `/user` of `/user/properties`. */
export function collectionPaths(allPaths: readonly string[]): ReadonlySet<string> {
  const collections = new Set<string>();
  for (const path of allPaths) {
    const shaped = pathShape(path);
    for (let i = shaped.indexOf('/{}'); i !== -1; i = shaped.indexOf('/{}', i + 1))
      collections.add(shaped.slice(0, i));
  }
  return collections;
}

// A trailing slash is the same path (Django's and Superset's `/annotation_layer/{pk}/annotation/`
// lists what `/annotation/{id}/` picks one of: its POST had been `update`).
function pathShape(path: string): string {
  return route(path)
    .replace(/\{[^}]*\}/g, '{}')
    .replace(/\.(?:json|xml)$/i, '')
    .replace(/(?<=.)\/+$/, '');
}

/**
 * A path without its fragment: AWS's RPC specs tell operations apart by one
 * (`/#X-Amz-Target=AmazonSSM.DescribeActivations`, S3's `/{Bucket}#cors`), which names
 * no resource (`client.describeActivations()`).
 */
function route(path: string): string {
  return path.replace(/#.*$/s, '');
}

/**
 * `/v1/customers/{customer}/sources` → `['customers', 'sources']`. A last static
 * segment with nothing below it and a parent, that says what to do, is an action
 * on the parent: `POST /v1/charges/{charge}/capture` → `['charges']`; one that names
 * a thing is a resource of its own (`POST /v1/billing_portal/sessions` creates a session).
 */
export function resourceFromPath({ path, parents, rpc }: PathShape): string[] {
  const all = segments(path);
  const statics = all.filter((s) => !isParameter(s));
  const last = all.at(-1);
  // Plaid's RPC routes end in a plain verb too (`/transactions/get`); Telegram's are a call
  // alone (`/sendMessage`, `/getMe`), which names no resource.
  const lastWords = last === undefined ? [] : nameWords(last);
  const action =
    last !== undefined &&
    !isParameter(last) &&
    (statics.length >= 2 || all.length === 1) &&
    !parents.has(pathShape(path)) &&
    (rpc === true || isAction(last) || VERBS.has(verbOf(lastWords)));
  return (action ? statics.slice(0, -1) : statics).map((s) => camelCase(staticText(s)));
}

// Verbs that start an action segment (`capture`, `mark_uncollectible`, `set_reader_display`).
const ACTION_VERBS = new Set(
  (
    'accept activate add advance apply approve archive assign attach authorize block cancel ' +
    'capture check clone close complete compute confirm convert copy count create deactivate ' +
    'decline delete deliver detach disable disconnect download enable execute expire export ' +
    'fail finalize find fund generate import increment invite join leave lock login logout ' +
    'logoff lookup mark merge move mute open pause pay pin ping post present preview process publish ' +
    'purge query redact refresh refund reject release remove rename reopen replace request reset ' +
    'resolve restart restore restrict resume retry return reverse review revoke rotate run search send ' +
    'set ship sign start stop submit succeed suspend sync test transfer trigger unarchive ' +
    'unassign unblock unlock unmute unpin unpublish unsubscribe upcoming update upgrade upload ' +
    'validate verify void edit forward answer kick ban unban promote locate geocode ' +
    // Plaid's RPC routes (`/item/public_token/exchange`, `/sandbox/item/fire_webhook`).
    'exchange invalidate evaluate enrich enhance simulate fire migrate precheck filter match ' +
    'prepare select defend supply star unstar erase tag untag ' +
    // Servers' and pipelines' (Hetzner's `…/actions/reboot`, GitLab's `…/jobs/{id}/play`).
    'change reboot shutdown poweroff poweron rebuild resize protect unprotect play rollback ' +
    'install uninstall acknowledge ack snooze dismiss reactivate rerun deploy share unshare end ' +
    // What a person does to a thing (Vimeo's `likeVideo` in `likes` had become `video`).
    'like unlike follow unfollow subscribe favorite unfavorite ' +
    // Airflow's `post_clear_task_instances`, Jira's `registerModules_post`, and their kin.
    'clear register unregister schedule reschedule duplicate render parse analyze ' +
    'calculate estimate translate transcribe detect extract summarize renew initiate ' +
    // Zuora's `PUT_UnapplyCreditMemo`, `PUT_UnpostCreditMemo`, `Action_POSTamend`.
    'unapply unpost amend settle deny scrub decrypt save notify ' +
    // Orthanc's `…/{id}/anonymize`, `…/modify`, `…/split` (had been `updateAnonymize`).
    'anonymize modify reconstruct split resubmit compress uncompress decompress commit terminate ' +
    // PeerTube's `…/{id}/refuse`, `…/give-ownership`, a comment's reply; Slicebox's `/boxes/connect`.
    'connect reload reply refuse give mount unmount unlink abort kill resend ' +
    'regenerate recalculate reindex predict ' +
    // SIGNL4's alerts (`…/{alertId}/annotate`, `…/undoClose`, `/users/{id}/punchIn`).
    'annotate undo redo punchin punchout escalate ' +
    // GitLab's `POST /projects/fork/{id}` (had been `updateFork`).
    'fork ' +
    // Mastodon's `…/{id}/favourite`, `…/reblog`, `…/bookmark` and their undoing (had been
    // `statuses.favourite.update`).
    'favourite unfavourite reblog unreblog bookmark unbookmark unsilence unsuspend ' +
    // dev.to's `/reactions/toggle`, Keycloak's `…/raise-priority` and "Impersonate the user"
    // (had been `createToggle`, `updateExecutionsRaisePriority`, `updateImpersonation`).
    'toggle raise lower impersonate'
  ).split(' '),
);

/**
 * The verb words start with, lower case: `log out` is `logout` (Telegram's `/logOut`), `punch in`
 * `punchin` (SIGNL4's; red team: `/punch-cards` are things).
 */
function verbOf(words: readonly string[]): string {
  const first = words[0]?.toLowerCase() ?? '';
  const next = words[1]?.toLowerCase();
  return (first === 'log' && (next === 'in' || next === 'out' || next === 'off')) ||
    (first === 'punch' && (next === 'in' || next === 'out'))
    ? first + next
    : first;
}

/** Whether a name starts with a verb that says what a call does (`CreateEmailTemplate`). */
export function startsWithVerb(name: string): boolean {
  return VERBS.has(verbOf(nameWords(name)));
}

/**
 * Whether a name's first word is a thing its path names, a collection or an item's
 * (`RefundParts` at `/refunds/{id}/parts`), not its action (`ApplyCreditMemo` at `…/{id}/apply`).
 */
export function namesPathThing(name: string, path: string): boolean {
  const first = stem(nameWords(name)[0] ?? '');
  const all = segments(path);
  return all.some(
    (s, i) =>
      (isPlural(s) || isParameter(all[i + 1] ?? '')) &&
      nameWords(staticText(s)).some((w) => stem(w) === first),
  );
}

function isAction(segment: string): boolean {
  const verb = verbOf(nameWords(segment));
  return ACTION_VERBS.has(verb) || SEGMENT_VERBS.has(verb);
}

// Words that are a verb as a route's segment, yet a noun first in a name (red team:
// `mailSettingsGet`, `readStatusGet`): a conversation's `…/read`, Increase's sandbox
// `…/check_transfers/{id}/deposit` and `…/mail` (had been `checkTransfers.deposit.sandbox`).
const SEGMENT_VERBS = new Set(['read', 'mail', 'deposit']);

/** A tag without its parentheticals (Docker's `Session (experimental)` is `Session`). */
export function withoutRemark(tag: string): string {
  // Not from within a run of blanks: each had been read to its end (red team: a tag of 120,000
  // spaces took 102 s).
  return tag.replace(/(?<!\s)\s*\([^()]*\)\s*/g, ' ').trim();
}

const DIGITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** A tag as a resource: `admin.conversations` → `adminConversations`; version words left out (`Api20100401Account` → `account`). */
export function resourceFromTag(tag: string, keepRemark = false): string[] | undefined {
  // A tag that nests (Vimeo's `Albums\\Album videos`) names a resource within one:
  // `client.albums.videos`. A slash more often says "or" (`Backup/Restore`, `WMS/WMTS`).
  const levels = tag.split('\\');
  if (levels.length > 1 && levels.every((level) => nameWords(level).length > 0)) {
    const resource: string[] = [];
    const said = new Set<string>();
    for (const level of levels) {
      // The group's own operations (`Albums\\Essentials`) are the group's.
      if (resource.length > 0 && OWN_GROUP.test(level.trim())) continue;
      // What the level above says already goes (`Album videos` in `albums` are its `videos`).
      const own = nameWords(level).filter((w) => !said.has(stem(w)));
      const named = resourceFromTag(own.length > 0 ? own.join(' ') : level)?.[0];
      if (named === undefined) continue;
      resource.push(named);
      for (const w of nameWords(level)) said.add(stem(w));
    }
    if (resource.length > 0) return resource;
  }
  // A parenthetical is a remark, not the name (NOWPayments' `Recurring Payments API (Email
  // Subscriptions feature)` was `recurringPaymentsEmailSubscriptionsFeature`), unless it tells
  // the tag from another (Box's `Shared links (Files)` beside `Shared links (Folders)`).
  const bare = keepRemark ? '' : withoutRemark(tag);
  // A number that starts the name is a word of it (DigitalOcean's `1-Click Applications` are
  // `oneClickApplications`; dropped, `oneClicks_list` had become `clickApplications.oneList`),
  // and so is one run into an acronym (ClearBlade's `2FA` had become `client.fa`), not an
  // ordinal's suffix (red team: `3rd Party Apps` had become `threeRdPartyApps`).
  // A ratio too, said in words (Meraki's `MX 1:Many NAT Rules` beside `MX 1:1 NAT Rules` had lost
  // their `1:`, and its methods their meaning: `getNetworkOne`).
  const words = nameWords(
    (bare === '' ? tag : bare)
      .replace(/^(\d)(?:-(?=[A-Za-z])|(?=[A-Z]{2}))/, (_, digit: string) => `${DIGITS[+digit]} `)
      .replace(
        /\b(\d):(\d|many)\b/gi,
        (_, one: string, other: string) =>
          ` ${DIGITS[+one]} to ${/\d/.test(other) ? DIGITS[+other] : other} `,
      ),
  );
  // A tag of version words only (GoDaddy's `v1`, Walmart's `Version 2`) names no resource: the
  // path does (`client.v1.list()`, and Walmart's two versions in one `client.version`).
  const versionOnly = words.every(
    (w, i) => /^(?:v\d*|\d+)$/i.test(w) || (/^version$/i.test(w) && /^\d/.test(words[i + 1] ?? '')),
  );
  if (versionOnly) return undefined;
  // Version words and `API` say nothing of the resource (Twilio's `Api20100401Account`), unless
  // `API` is what the next word belongs to: Files.com's `api_keys` are no `keys`.
  const kept = words.filter(
    (w, i) =>
      !/^(?:api|v)?\d*$/i.test(w) || (/^api$/i.test(w) && OF_AN_API.test(words[i + 1] ?? '')),
  );
  // Nor does the framework's word for a handler class (LetMC's `DiaryController` is `diary`), or a
  // reading verb that a phrase starts with (LambdaTest's `Get Devices` is `devices`; Azure's
  // `ListManagementImageLists` manages lists).
  // Only before things it reads (`Get Devices`), not `Get Started` nor `List Members` (a
  // mailing list's).
  const phrase = /\s/.test(tag.trim()) && isPlural(kept.at(-1) ?? '');
  const named = kept.filter(
    (w, i, all) =>
      all.length < 2 ||
      !(
        (i === all.length - 1 && /^(?:controller|ctrl)$/i.test(w)) ||
        (i === 0 && phrase && /^(?:get|fetch|retrieve)$/i.test(w))
      ),
  );
  return [camelCase((named.length > 0 ? named : words).join(' '))];
}

// A nested tag that names the group itself: its operations are the group's own.
const OWN_GROUP =
  /^(?:essentials|general|core|basics?|common|main|default|overview|misc(?:ellaneous)?)$/i;

/** What an API has of its own, named with its word: `API keys`, `API tokens`, `API logs`. */
const OF_AN_API =
  /^(?:keys?|tokens?|secrets?|credentials?|clients?|access|usage|logs?|calls?|requests?)$/i;

export interface MethodNameInput extends PathShape {
  /** The operationId, or words made from the route when there is none. */
  readonly name: string;
  readonly method: HttpMethod;
  readonly resource: readonly string[];
  /** Names of the path parameters (`customer`): words the arguments already say. */
  readonly pathParameters: readonly string[];
  /** `name` was made from the route: the operation has no operationId. */
  readonly fromRoute?: boolean | undefined;
  /**
   * The methods of the operation's path: beside a PATCH a PUT replaces; beside a POST a PUT is
   * no action; with a GET, a path below `actions` is a collection of them.
   */
  readonly siblings?: ReadonlySet<HttpMethod> | undefined;
  /** The operation's summary, whose first word may say what a POST to an item does. */
  readonly summary?: string | undefined;
  /** Its description, which says it where no summary does (CircleCI's "Triggers a new build"). */
  readonly description?: string | undefined;
  /** Its success is an array or a page: what it gets, it lists. */
  readonly answersList?: boolean | undefined;
  /** It requires a query parameter: a DELETE of a collection so picks what it deletes. */
  readonly picksByQuery?: boolean | undefined;
}

/**
 * What a generated operationId means, said verb first. Django REST Framework's put the view's
 * action last (`games_additions_list`, `wiki_read`, `node_partial_update`): RAWG's
 * `games.additionsList` is `games.listAdditions`, OSF's `wikis.wikiRead` is `wikis.get`. A
 * `list` of one item by its id (PowerDNS' `listServer` at `GET /servers/{server_id}`) gets it.
 */
function saidAs(input: MethodNameInput): string {
  const drf =
    /^([a-z][a-zA-Z0-9]*(?:[_-][a-z0-9][a-zA-Z0-9]*)*?)_(list|get|read|retrieve|create|update|partial_update|replace|delete|destroy)(?:_((?:[a-z]+)?[bB]y[A-Z][A-Za-z0-9]*))?$/.exec(
      input.name,
    );
  // Only where the action is the HTTP method's, of a thing that is no preposition (MIMIC's
  // `protocol_tftp_session_read` is a POST that opens a session, had been `getProtocolTftpSession`;
  // its `from_list` had become `agent.list`).
  if (
    drf !== null &&
    DRF_METHODS[drf[2]!]!.includes(input.method) &&
    !PREPOSITIONS.has(drf[1]!.toLowerCase())
  ) {
    // DigitalOcean's too, whose things run together and may end in what picks one:
    // `billingHistory_list`, `invoices_get_pdfByUUID` (had been `invoicesGetPdfByUUID`).
    const [, thing, action, by] = drf;
    // NetBox's `dcim_device-types_list`: a route's hyphens between a thing's words.
    const words = thing!
      .split(/[_-]/)
      .flatMap((part) => nameWords(part).map((w) => w.toLowerCase()));
    // A view's own action, POSTed or PUT to its route's verb: gsmtasks' `tasks_accept_create`
    // at `/tasks/{id}/accept/` accepts, `accounts_change_owner_create` changes the owner
    // (DigitalOcean's `uptime_check_create` at `/uptime/checks` makes a check).
    const own = nameWords(staticText(segments(input.path).at(-1) ?? '')).map((w) =>
      w.toLowerCase(),
    );
    // Not a collection a verb qualifies (NetBox's `/extras/export-templates/`), which no item's
    // id comes before (red team: `/projects/{id}/add-members/` adds members).
    const route = segments(input.path);
    const collectionAt = (at: number) => {
      const named = nameWords(staticText(route[at] ?? ''));
      return named.length > 1 && isPlural(named.at(-1)!) && !isParameter(route[at - 1] ?? '{}');
    };
    const collection = collectionAt(route.length - 1);
    if (
      /create|update|replace/.test(action!) &&
      VERBS.has(own[0] ?? '') &&
      !collection &&
      own.every((w, i) => words[words.length - own.length + i] === w)
    )
      return thing!;
    // Not where the id says its verb already (Akeneo's `association_types_get_list`), nor a
    // bulk action (`dcim_cables_bulk_update`): those stay as they are said. A word the path
    // names is a noun (DigitalOcean's `uptime_check_get` at `/uptime/checks/{id}`).
    const nouns = new Set(
      segments(input.path)
        .map((segment) => nameWords(segment))
        .filter((words) => words.length === 1)
        .map(([word]) => stem(word!)),
    );
    // So are the words of a collection's segment the id spells with its hyphens: NetBox's
    // `extras_export-templates_create` at `/extras/export-templates/` makes an export template
    // (it had been `exportTemplates`, and its siblings `exportTemplatesList`).
    const lowered = route.map((segment) => segment.toLowerCase());
    for (const part of thing!.split('_'))
      if (part.includes('-') && collectionAt(lowered.indexOf(part.toLowerCase())))
        for (const w of part.split('-')) nouns.add(stem(w.toLowerCase()));
    const noun = (w: string) => nouns.has(stem(w)) && !CRUD_WORDS.has(w);
    if (words.some((w) => VERBS.has(w) && !noun(w))) return input.name;
    // A bulk action says so first, as its single twin says its verb first (new-user trial:
    // NetBox's `devicesBulkUpdate` beside `listDevices`).
    const bulk = words.at(-1) === 'bulk';
    if (bulk) words.pop();
    // What one item's action acts on is one thing (`dcim_cables_read` gets a cable).
    if (action !== 'list' && !bulk) words.push(singular(words.pop()!));
    // drf-spectacular's `retrieve` is the older `read`; `destroy` is a verb as it is (red team:
    // DigitalOcean's `droplets.destroy` beside `destroyByTag` had become `delete`).
    const verb = { read: 'get', retrieve: 'get', partial_update: 'patch' }[action!] ?? action;
    return [...(bulk ? ['bulk'] : []), verb, ...words, ...(by === undefined ? [] : [by])].join('_');
  }
  // AutoRest's `apps_getTeams`, `distributionGroups_addApps` (App Center's 130 account calls):
  // the group, then the call, which says its verb. Said verb first, the group's thing after it:
  // `getAppTeams`, `addDistributionGroupApps` (had been `appsGetTeams`).
  // Not where the call or the resource says the group already (`teams_createTeam`).
  const grouped = /^([a-z][a-zA-Z0-9]*)_([a-z]+Or[A-Z][a-z]+|[a-z]+)([A-Z][A-Za-z0-9]*)?$/.exec(
    input.name,
  );
  if (grouped !== null && (grouped[3] ?? grouped[2]!.includes('Or'))) {
    const [, group, verb, rest = ''] = grouped;
    const thing = nameWords(group!).map((w) => w.toLowerCase());
    const said = new Set(
      [...nameWords(rest), ...input.resource.flatMap((r) => nameWords(r))].map(stem),
    );
    // A GET's verb reads (red team: `codePushAcquisition_updateCheck`, a GET, is no update).
    const reads = input.method !== 'GET' || /^(?:get|list|check|search|count|find)$/.test(verb!);
    if (
      reads &&
      VERBS.has(verbOf(nameWords(verb!))) &&
      !VERBS.has(thing[0]!) &&
      !thing.some((w) => said.has(stem(w)))
    ) {
      // A word that says which goes before the group (`listLatestReleases`,
      // `getLatestReleaseByUser`); else the group owns what the call names (`getTeamUsers`),
      // unless the call says whose it is (`listUsersForOrg`): a list of the group's own things,
      // or all of them, stays plural.
      const [first = '', ...after] = nameWords(rest);
      const which = QUALIFIERS.test(first) ? first : '';
      const tail = which ? after : nameWords(rest);
      const owner = tail.length > 0 && !PREPOSITIONS.has(tail[0]!.toLowerCase());
      if ((owner || verb !== 'list') && which !== 'All') thing.push(singular(thing.pop()!, true));
      return [verb, which, ...thing, ...tail].filter((w) => w !== '').join('_');
    }
  }
  const all = nameWords(input.name);
  const route = segments(input.path);
  if (
    input.method === 'GET' &&
    verbOf(all) === 'list' &&
    all.length === 2 &&
    isParameter(route.at(-1) ?? '') &&
    !isPlural(all[1]!)
  )
    return `get${all[1]!.replace(/^\w/, (c) => c.toUpperCase())}`;
  // Telnyx's `SimCardNetworkPreferencesGet`: the things, then the HTTP method that acts on them
  // (had been `simCards.networkPreferencesGet`). Said verb first, as the method does it.
  if (
    /^[A-Za-z0-9]+$/.test(input.name) &&
    all.length >= 3 &&
    isMethod(all.at(-1)!, input) &&
    // Not Springfox's `…UsingGET`, nor a name that says its own verb (Magento's `…GetAll…Get`).
    !/^using$/i.test(all.at(-2)!) &&
    !all.slice(0, -1).some((w) => VERBS.has(w.toLowerCase()))
  ) {
    // As the method does it to this path (`list` a collection); a POST creates, but to an action
    // it is the author's to name (Telnyx's `CallActionsHangupPost` stays).
    const last = route.at(-1) ?? '';
    const action = isAction(last) || /^actions?$/i.test(route.at(-2) ?? '');
    if (input.method !== 'POST' || !action)
      return camelCase(
        [input.method === 'POST' ? 'create' : crudVerb(input), ...all.slice(0, -1)].join(' '),
      );
  }
  // Nordigen's `requisition created`, a POST of requisitions: the thing, then what the method
  // did to it, said verb first (had been `requisitions.created`).
  const done = PARTICIPLES[all.at(-1)?.toLowerCase() ?? ''];
  if (
    done !== undefined &&
    all.length >= 2 &&
    !all.slice(0, -1).some((w) => VERBS.has(w.toLowerCase()))
  )
    return camelCase([done, ...all.slice(0, -1)].join(' '));
  return input.name;
}

// What a CRUD method did, as a name's last word: its verb.
const PARTICIPLES: Readonly<Record<string, string>> = {
  created: 'create',
  updated: 'update',
  deleted: 'delete',
  retrieved: 'retrieve',
  listed: 'list',
  fetched: 'fetch',
};

// The HTTP methods each action of a generated id goes with.
const DRF_METHODS: Readonly<Record<string, readonly HttpMethod[]>> = {
  list: ['GET'],
  get: ['GET'],
  read: ['GET'],
  retrieve: ['GET'],
  create: ['POST'],
  update: ['PUT', 'PATCH', 'POST'],
  partial_update: ['PATCH'],
  replace: ['PUT'],
  delete: ['DELETE'],
  destroy: ['DELETE'],
};

// Words that say which of a group's things a call takes (App Center's `releases_listLatest`).
const QUALIFIERS = /^(?:All|Latest|Pending|Recent|Active|Current|Available|Administered)$/;

// Plural in form, one thing in meaning: a GET of one is no list.
const MASS_NOUNS = new Set([
  'settings',
  'preferences',
  'details',
  'stats',
  'statistics',
  'metrics',
  'analytics',
  'status',
]);

// Verbs a path never uses as nouns (Mimic's `/mimic/get/active_list` still gets).
const CRUD_WORDS = new Set(['get', 'list', 'read', 'retrieve', 'create', 'update', 'delete']);

const GENERIC_ARGUMENTS = ['id', 'ids', 'sid', 'uuid', 'key'];

// Words for the signed-in user, which paths under `/me` or `/user` already say.
const OWNER_WORDS = ['current', 'currently', 'authenticated', 'user', 'me', 'my'];

export interface MethodName {
  /** What the method is called when no other method of its resource wants the same. */
  readonly name: string;
  /** A longer name for when it clashes: the resource's words left out where they can go. */
  readonly fallback: string;
  /**
   * For when the fallbacks clash too: the whole name but its leading resource words
   * (`checkUserCanBeAssignedToIssue` beside `checkUserCanBeAssigned` in `issues`).
   */
  readonly spelled: string;
  /**
   * The name before a preference that only a method alone may have (`getAll`, listed as `list`):
   * where another wants the same name, this one goes back to it before any longer one.
   */
  readonly plain?: string;
}

export function methodName(input: MethodNameInput): MethodName {
  const verbFirst = saidAs(input);
  if (verbFirst !== input.name) return methodName({ ...input, name: verbFirst });
  const action = actionOnItem(input);
  if (action !== undefined) return methodName({ ...input, name: action });
  const related = relationshipName(input);
  if (related !== undefined) return related;
  // Vimeo's `delete_album_alt1`: the same call by another route (`/me/albums/{id}` beside
  // `/users/{user_id}/albums/{id}`). It is named as the call it is, and its route's first
  // segment tells it from that call (`deleteForMe`), not a number.
  const alternate = /[_-]alt\d+$/i.exec(input.name);
  if (alternate !== null && alternate.index > 0) {
    const call = methodName({ ...input, name: input.name.slice(0, alternate.index) });
    const first = segments(input.path).find((s) => !isParameter(s) && staticText(s) !== '');
    const whose = first === undefined ? [] : ['for', singular(staticText(first))];
    return {
      name: camelCase([call.name, ...whose].join(' ')),
      fallback: camelCase([call.fallback, ...whose].join(' ')),
      spelled: camelCase([call.spelled, ...whose].join(' ')),
    };
  }
  const named = nameWords(ownName(input));
  // Okta's `users.me` resource too: `getCurrentUser` there is `users.me.get` (where `users`
  // holds `GET /users/me`, its `me` tells it from `get`).
  const owner =
    /^(?:me|user)$/i.test(segments(input.path)[0] ?? '') || input.resource.at(-1) === 'me'
      ? OWNER_WORDS
      : [];
  const stems = (names: readonly string[]) => new Set(names.flatMap((n) => nameWords(n).map(stem)));
  const resourceWords = stems([...input.resource, ...owner]);
  const tagWords = stems(input.resource);
  // Meilisearch's `getOneDocument` says no more than `getDocument`.
  const spoken = runTogether(
    named.filter(
      (w, i) =>
        !ARTICLES.has(w.toLowerCase()) &&
        !(
          /^one$/i.test(w) &&
          // The last word: `listOneTimeSlots` is no `listTimeSlots` (red team).
          i === named.length - 2 &&
          resourceWords.has(stem(named[i + 1] ?? '')) &&
          // Not where it is the resource's own (bunq's `whitelistSddOneOff`, Meraki's `oneToMany`).
          !resourceWords.has('one')
        ),
    ),
    resourceWords,
  );
  // "List all payments for…" lists them as "list payments for…" does (new-user trial: bunq's
  // 100-odd `listAll…` had kept their resource's word). Not a bare `listAll`; and the longer
  // names two methods fall back to keep the word (red team: `listAllUsers`' had been
  // `listUsers`, another call's function).
  const all =
    spoken.length > 2 && /^list$/i.test(spoken[0]!) && /^all$/i.test(spoken[1]!)
      ? [spoken[0]!, ...spoken.slice(2)]
      : spoken;
  // An argument's words are said when it names the resource's item (`subscription_exposed_id`
  // under `subscriptions`) or is a bare id; `version` in `getItemVersion` says more. Without
  // path parameters no word is an argument's (`getIdsOfWorklogsDeletedSince` keeps `Ids`).
  const argumentWords = stems(
    input.pathParameters.length === 0
      ? []
      : [
          ...GENERIC_ARGUMENTS,
          ...input.pathParameters.filter((p) => nameWords(p).some((w) => tagWords.has(stem(w)))),
        ],
  );
  // `issueIdOrKey` says `issue`, `id` and `key`; its `or` is no word of a name to drop. Nor is
  // a thing the path names beside the resource: Postman's `apiVersionId` under `/apis/{apiId}/
  // versions/` says `version` no more than the path does (`getAnApiVersion` had become `get`).
  const route = segments(input.path);
  const pathThings = stems(
    route
      .filter((s, i) => !isParameter(s) && isParameter(route[i + 1] ?? ''))
      .map(staticText)
      .filter((s) => s !== ''),
  );
  for (const w of ['id', 'ids', 'uuid', 'sid']) pathThings.delete(w);
  for (const w of [...argumentWords])
    if (PREPOSITIONS.has(w) || w === 'or' || w === 'and' || (pathThings.has(w) && !tagWords.has(w)))
      argumentWords.delete(w);
  // The resource run together as one word (`trackingfieldList` in `trackingField`).
  // Or, of words, run together as one of its items (GoToWebinar's `getCoorganizers` in
  // `coOrganizers`).
  const joined = input.resource.flatMap((r) => {
    const words = nameWords(r);
    const together = words.join('').toLowerCase();
    return words.length > 1 ? [together, stem(together)] : [together];
  });
  // Gitea's `repoGet` in `repository`: the resource's word, cut short as people cut it.
  const abbreviates = (set: ReadonlySet<string>, w: string) =>
    set.has(SHORT_FOR.get(stem(w)) ?? '');
  // Or some of its words run together (Telnyx's `findTexmlApplications` in `teXMLApplications`).
  const compounds = new Set(input.resource.flatMap((r) => runsOf(nameWords(r))));
  const inResource =
    (set: ReadonlySet<string>, cutShort = true) =>
    (w: string) =>
      set.has(stem(w)) ||
      joined.includes(stem(w)) ||
      compounds.has(stem(w)) ||
      (cutShort && abbreviates(set, w));
  const leadingVerb = leadsWithVerb(all, inResource(tagWords), input);
  const said =
    (set: ReadonlySet<string>, cutShort = true) =>
    (w: string, at: number) =>
      !(at === 0 && leadingVerb) && inResource(set, cutShort)(w);
  const isResource = said(resourceWords);
  // The longer name two methods fall back to keeps a word cut short (red team: `getApp` beside
  // `getApplication` took both from `get`; `getApp` keeps its own, and `get` is the other's).
  const isTag = said(tagWords, false);
  // A generic one as written: Gitea's `repoListKeys` lists keys (it had become `list`).
  const isArgument = (w: string) =>
    argumentWords.has(stem(w)) &&
    !(GENERIC_ARGUMENTS.includes(stem(w)) && !GENERIC_ARGUMENTS.includes(w.toLowerCase()));
  // A name that only spells the route (`getListsIdMembersId`, Bitbucket's none) says what
  // the route says, the way a person would: `getMember`.
  if (input.fromRoute || spelledFromRoute(all, input)) return routeName(input, tagWords);
  // With the words already kept: `search for issues` says all of `issueSearch`.
  const covers = (run: readonly string[], kept: readonly string[] = []) => {
    const spoken = new Set([...run, ...kept].map(stem));
    return [...tagWords].every((w) => spoken.has(w)) || run.some((w) => joined.includes(stem(w)));
  };
  // Words of the resource that are rather the thing its path ends in, below the resource:
  // Hetras' `GetRates` in `ratePlans` gets a plan's rates (`/rateplans/{code}/rates`). Not the
  // resource's own words (Zoom's `listCallQueues` in `phoneCallQueues`), nor a thing of a
  // resource named for what it does (Visma's `listCustomers` in `customersRead` is `list`).
  const thing = stem(nameWords(input.resource.at(-1) ?? '').at(-1) ?? '');
  const things = route.filter((s) => !isParameter(s) && staticText(s) !== '').map(staticText);
  const lastThing = nameWords(things.at(-1) ?? '').map(stem);
  const belowResource = things.slice(0, -1).some((s) => covers(nameWords(s)));
  const saysPart = (run: readonly string[]) =>
    tagWords.size > 1 &&
    belowResource &&
    !covers(run) &&
    !run.some((w) => stem(w) === thing) &&
    run.length === lastThing.length &&
    run.every((w, i) => stem(w) === lastThing[i]);
  // A GET of a collection whose name is left `get` and whose owner (`for`, `from`, `in`) follows lists
  // it: Asana's `getTasksForProject` in `tasks` is `listForProject`, beside `createForProject`.
  // Not settings or metrics, one thing under a plural's name (Meraki's `/networks/{id}/snmpSettings`).
  // So does one left `get` and the collection's own name, answering a list: Linode's `getDisks`
  // at `/linode/instances/{linodeId}/disks` is `listDisks` (GitHub's `getPages`, one Pages site,
  // stays).
  const listed = (name: string) =>
    input.method === 'GET' &&
    (/^get(?=(?:For|From|In)[A-Z])/.test(name) ||
      (input.answersList === true && namesLastSegment(name.slice(3), input.path))) &&
    crudVerb(input) === 'list' &&
    !isMassNoun(segments(input.path).at(-1) ?? '')
      ? `list${name.slice(3)}`
      : name;
  // The API's version says nothing of what a method does (Kubernetes' `listCoreV1NamespacedPod`
  // in `core` is `listNamespacedPod`); the fallback keeps it, to tell v1's from v2's.
  const plain = withoutApiWord(
    listed(
      trimmed(
        unversioned(withoutKindWords(all, isResource, input)),
        isResource,
        isArgument,
        input,
        covers,
        undefined,
        saysPart,
      ),
    ),
    input.path,
  );
  // A GET of them all lists them (Walmart's `getAllOrders`, had been `orders.getAll`); beside
  // another list, `getAll` tells them apart (Gitea's `/orgs` beside `/user/orgs`).
  const name = plain === 'getAll' && crudVerb(input) === 'list' ? 'list' : plain;
  return {
    name,
    ...(name !== plain && { plain }),
    // Whose it is (`ForAuthenticatedUser`, `ForOrg`, `ForPortfolio`) tells two such methods apart.
    fallback: listed(
      trimmed(
        // The group a tool put before its method tells twins apart: Zuora's `Object_POSTAccount`
        // beside `POST_Account` is `createObject`.
        [...spoken, ...nameWords(GROUP_BEFORE_METHOD.exec(input.name)?.[1] ?? '')],
        isTag,
        () => false,
        input,
        covers,
        (run) =>
          // Not the resource itself: `listFollowersForUser` in `users` would repeat it.
          run.some((w) => !tagWords.has(stem(w))) || tagWords.size > new Set(run.map(stem)).size,
        saysPart,
      ),
    ),
    spelled: spelledOut(spoken, isTag, input),
  };
}

/**
 * A tool's word for the kind of endpoint, last after the resource's, says nothing a person
 * would: Data2CRM's `getAccountCollection`, `createAccountEntity` and `deleteAccountCollectionBulk`
 * in `account` are `list`, `create` and `deleteBulk` (had been `getCollection`, `createEntity`).
 * Not a plural (`listUserCollections`), a word of a longer noun (Magento's `CollectionPoint`), nor
 * where the path has such things (Shutterstock's `/images/collections/{id}`).
 */
function withoutKindWords(
  all: readonly string[],
  isResource: Said,
  { path, method }: MethodNameInput,
): string[] {
  const route = segments(path);
  // Data2CRM's `/entity/account/…` holds the resource's things, Shutterstock's
  // `/collections/featured/{id}` collections.
  const holdsResource = (next: string | undefined) =>
    next !== undefined &&
    !isParameter(next) &&
    nameWords(staticText(next)).every((w, i) => isResource(w, i + 1));
  const things = route.filter(
    (s, i) =>
      /^(?:entit(?:y|ies)|collections?)$/i.test(staticText(s)) && !holdsResource(route[i + 1]),
  );
  // Nor in a name without a verb, where the kind is what is left to say (redirection.io's
  // `agentRuleCollection`), nor where the path goes past the resource (red team: `users`'
  // `deleteUserCollection` at `/users/{id}/saved-tracks` had become `users.delete`).
  const statics = route.filter((s) => !isParameter(s)).map(staticText);
  const last = statics.at(-1) ?? '';
  // Its head word, the thing it is (redirection.io's `/export-rules` in `rule`).
  const atResource = (segment: string) => isResource(nameWords(segment).at(-1) ?? '', 1);
  const endsAtResource =
    atResource(last) || (/^(?:list|count|bulk)$/i.test(last) && atResource(statics.at(-2) ?? ''));
  if (things.length > 0 || !endsAtResource || !VERBS.has(all[0]?.toLowerCase() ?? ''))
    return [...all];
  // `get Account Collection`: the verb, and only the resource's words before the kind's.
  const getsAll = (i: number) =>
    method === 'GET' &&
    /^get$/i.test(all[0]!) &&
    all.slice(1, i).every((w, j) => isResource(w, j + 1));
  return all.flatMap((w, i) =>
    i > 0 &&
    /^(?:entity|collection)$/i.test(w) &&
    !isResource(w, i) &&
    (isResource(all[i - 1]!, i - 1) || /^count$/i.test(all[i - 1]!)) &&
    (i === all.length - 1 || /^bulk$/i.test(all[i + 1]!))
      ? // A GET of the whole collection lists it (`get … list` is `list`).
        /^collection$/i.test(w) && getsAll(i)
        ? ['List']
        : []
      : [w],
  );
}

/**
 * A name that starts with `api` before its verb: the word says where the call is, not what it
 * does (Envoice's `client.apiUpdate`, Billbee's `events.apiGetList`, Autotask's
 * `apiQueryZoneInformation`, from tags and routes whose `Api` the resource's name left out).
 * Not where the path holds APIs (red team: Azure API Management's `ProductApi_ListByProduct` at
 * `/products/{id}/apis` lists a product's APIs, beside `listByService` of the products).
 */
function withoutApiWord(name: string, path: string): string {
  const words = nameWords(name);
  return words.length > 1 &&
    /^api$/i.test(words[0]!) &&
    VERBS.has(verbOf(words.slice(1))) &&
    !segments(path).some((s) => /^apis$|^\{api/i.test(s))
    ? camelCase(words.slice(1).join(' '))
    : name;
}

// App Store Connect's ids: the resource, a relationship, then a generic action.
const RESOURCE_ACTION =
  /^([a-z][A-Za-z0-9]*)-(?:get_collection|(get|create|update|delete)_instance)$/;
const RELATIONSHIP_ACTION =
  /^([a-z][A-Za-z0-9]*)-([a-z][A-Za-z0-9]*)-(get|create|update|replace|delete)_to_(one|many)_(related|relationship)$/;
// What an action does to a relationship's linkage (the ids it holds), as a person says it.
const LINKAGE_VERBS: Readonly<Record<string, string>> = {
  create: 'add',
  delete: 'remove',
  update: 'set',
};

/**
 * A name for App Store Connect's JSON:API ids, which say the resource, the relationship and a
 * generic action: `apps-get_collection` is `apps.list`, `builds-app-get_to_one_related`
 * `builds.getApp`, `betaGroups-builds-create_to_many_relationship` `betaGroups.addBuilds` (had
 * been `getCollection`, `appGetToOneRelated`, and `apps.inPurchasesGetToManyRelated` with the
 * `App` cut from `inAppPurchases`). The relationship's leading words that the resource says go,
 * as a name's do, never one from its middle.
 */
function relationshipName(input: MethodNameInput): MethodName | undefined {
  const own = RESOURCE_ACTION.exec(input.name);
  if (own !== null) {
    const verb = own[2] ?? 'list';
    const thing = [...nameWords(own[1]!)];
    if (verb !== 'list') thing.push(singular(thing.pop()!, true));
    return named([verb], [verb, ...thing]);
  }
  const relationship = RELATIONSHIP_ACTION.exec(input.name);
  if (relationship === null) return undefined;
  const [, owner, rel, action, many, kind] = relationship;
  const linkage = kind === 'relationship';
  const verb =
    action === 'get'
      ? many === 'many'
        ? 'list'
        : 'get'
      : linkage
        ? (LINKAGE_VERBS[action!] ?? action!)
        : action!;
  const words = [...nameWords(rel!)];
  // The linkage of a relationship is its items' ids: `listBuildIds`.
  if (linkage && action === 'get') {
    words.push(singular(words.pop()!, true), many === 'many' ? 'ids' : 'id');
  }
  const resource = new Set(input.resource.flatMap((r) => nameWords(r).map(stem)));
  let lead = 0;
  while (lead < words.length && resource.has(stem(words[lead]!))) lead++;
  // A relationship the resource says whole keeps its words: `appPreviewSets.listAppPreviews`.
  const rest = /^ids?$/.test(words[lead] ?? 'id') ? words : words.slice(lead);
  // Whose it is tells two resources' relationships of one name apart, under one tag (red team).
  const whose = [...nameWords(owner!)];
  whose.push(singular(whose.pop()!, true));
  return named([verb, ...rest], [verb, ...whose, ...words]);

  function named(name: readonly string[], longer: readonly string[]): MethodName {
    return {
      name: camelCase(name.join(' ')),
      fallback: camelCase(longer.join(' ')),
      spelled: camelCase(longer.join(' ')),
    };
  }
}

/**
 * The name a route says below its resource's segment: the verb of its method and shape,
 * then the things it names there (`GET …/pullrequests/{id}/comments` in `pullrequests` is
 * `listComments`, `…/comments/{comment_id}` `getComment`), or its action (`…/{id}/refund`).
 * The fallback adds the items it passes through (`deleteByPoolName` beside `delete`).
 */
function routeName(input: MethodNameInput, resourceWords: ReadonlySet<string>): MethodName {
  const all = segments(input.path);
  // The resource's words, or them run together (VTEX's `/skuservice/{id}` in `skuService`).
  const joined = input.resource.map((r) => stem(nameWords(r).join('')));
  const said = (s: string) => {
    const words = nameWords(staticText(s));
    return words.every((w) => resourceWords.has(stem(w))) || joined.includes(stem(words.join('')));
  };
  let own = all.length - 1;
  while (own >= 0 && (staticText(all[own]!) === '' || !said(all[own]!))) own--;
  // Without a segment of its own, the things after the last item; a route that ends in an
  // item names it by the segment before (Bitbucket's `/default-reviewers/{target_username}` in
  // `pullrequests` is `getDefaultReviewer`: a bare `get` took the pull request's name).
  let from = own + 1;
  if (own < 0) {
    for (let i = 0; i < all.length; i++) if (isParameter(all[i]!)) from = i + 1;
    // Only a segment of other words: SendGrid's `/api_keys/{id}` in `keys` is `get`, not `getApi`.
    const before = staticText(all.at(-2) ?? '');
    if (
      from === all.length &&
      before !== '' &&
      !nameWords(before).some((w) => resourceWords.has(stem(w)))
    )
      from = all.length - 2;
  }
  const tail = all
    .slice(from)
    .map(staticText)
    .filter((s) => s !== '');
  const last = all.at(-1) ?? '';
  // A POST to an action segment does it (`…/{id}/refund`), and so does a GET to a reading
  // one (`/v1/charges/search`); other methods act on it as a thing.
  // A PUT or PATCH to one too, where it is plainly a verb and no POST does it (VictorOps'
  // `PATCH /incidents/resolve`; GitLab's `PUT /users/{id}/block`).
  const action =
    (input.method === 'POST' ||
      // Not beside the path's POST, which does it (red team: `/users/{id}/verify_email`).
      (input.method === 'GET' && readsAsAction(last, input.siblings?.has('POST') === true)) ||
      ((input.method === 'PUT' || input.method === 'PATCH') &&
        !input.siblings?.has('POST') &&
        isAction(last))) &&
    !isParameter(last) &&
    tail.length > 0 &&
    (isAction(last) ||
      input.rpc === true ||
      // Not a thing's collection there (Trello's `…/actions/comments`, a POST that comments).
      (/^actions?$/i.test(all.at(-2) ?? '') && !input.siblings?.has('GET') && !isPlural(last)) ||
      // Mandrill's `/ips/list.json` and `/messages/list-scheduled.json` had become `createList…`.
      VERBS.has(verbOf(nameWords(last)))) &&
    !input.parents.has(pathShape(input.path));
  const verb = action ? undefined : crudVerb(input);
  // The resource's own words are said already (`keys.get`, not `keys.getApiKey`).
  // An action's `actions` segment only says it is one (Mailchimp's `…/actions/replicate`).
  const segmentWords = (action ? tail.slice(0, -1) : tail)
    .filter((s, i, before) => !(action && i === before.length - 1 && /^actions?$/i.test(s)))
    .map((s) => nameWords(s));
  // Nor does a segment that is the verb itself (CORE's `GET /articles/get/{coreId}` had been
  // `getGet`).
  // A segment's last word is its head, kept where words of its own qualify it: Mailchimp's
  // `/reports/{id}/abuse-reports` in `reports` lists abuse reports (had been `listAbuse`), while
  // `pullrequest-comments` in `pullrequests` lists comments. Not after a preposition: the head
  // of `files_on_hold` is `files`.
  const nouns = segmentWords.flatMap((segment) => {
    const own = segment.filter(
      (w) => !resourceWords.has(stem(w)) && !saysVerb(w.toLowerCase(), verb?.toLowerCase()),
    );
    const head = segment.at(-1)!;
    return own.length > 0 &&
      !own.includes(head) &&
      resourceWords.has(stem(head)) &&
      !segment.some((w) => PREPOSITIONS.has(w.toLowerCase()))
      ? [...own, head]
      : own;
  });
  // A preposition that ends a segment of more words as written is its meaning (Instagram's
  // `followed-by` had become `getFollowed`, the other way round); one on its own (`/things/by/
  // {id}`), or left over once the resource's words are gone (`files_on_hold`), says nothing.
  const ending = segmentWords.at(-1) ?? [];
  const meant = ending.length > 1 && PREPOSITIONS.has(ending.at(-1)!.toLowerCase());
  while (
    nouns.length > 0 &&
    PREPOSITIONS.has(nouns.at(-1)!.toLowerCase()) &&
    !(meant && nouns.at(-1) === ending.at(-1) && nouns.length >= ending.length)
  )
    nouns.pop();
  // A segment that names the parameter after it says what the item is looked up by: ShipEngine's
  // `/labels/external_shipment_id/{external_shipment_id}` (had been `getExternalShipmentId`).
  const key = nameWords(staticText(all.at(-2) ?? '')).map((w) => w.toLowerCase());
  const lookup =
    !action &&
    isParameter(last) &&
    key.length > 0 &&
    key.join(' ') === parameterWords(last).join(' ').toLowerCase() &&
    // Alone: HSBC's `/atms/country/{country}/town/{town}` would read `getCountryByTown`.
    nouns.join(' ').toLowerCase() === key.join(' ');
  if (lookup) nouns.splice(nouns.length - key.length, 0, 'by');
  else if (verb !== 'list' && verb !== 'deleteAll' && nouns.length > 0)
    nouns.push(singular(nouns.pop()!, isParameter(last)));
  // An action says its resource no more than a method does (`/Conference/ConferenceMute` in
  // `conference` is `mute`), unless it is all it says.
  const actionWords = nameWords(staticText(last));
  const doing = actionWords.filter((w) => !resourceWords.has(stem(w)));
  // Not where what is left ends in a preposition: Trello's `convertToCard` in `card` had become
  // `convertTo`, the other way round.
  const acting =
    doing.length > 0 && !PREPOSITIONS.has(doing.at(-1)!.toLowerCase()) ? doing : actionWords;
  const name = camelCase([...(action ? acting : [verb!]), ...nouns].join(' '));
  // The items the route passes through below its resource tell two such methods apart, and
  // so does what is above it: the thing whose item it belongs to (`getForRepository`), else
  // the segments it sits in (`listForUserPermissions` beside `list`).
  // A route of parameters alone, all of them where it is short (HubSpot's cards of an app,
  // `/{appId}` beside `/{appId}/{cardId}`, had both been `get`), else its last (red team: Cloud
  // Elements' child object's DELETE had kept `delete`, beside its object's `deleteBy…`).
  const paramsOnly = all.every(isParameter);
  const items = all
    .slice(paramsOnly ? (all.length <= 2 ? 0 : all.length - 1) : from)
    .flatMap((s) => [...s.matchAll(/\{([^}]+)\}/g)].map((m) => nameWords(m[1]!).join(' ')));
  // Without a segment of its own, what comes before its things (Bitbucket's deploy keys of a
  // repository and of a project, in `deployments`, had only their whole routes to tell them apart).
  const above = all.slice(0, own >= 0 ? own : from);
  const owner = pathNouns(`/${above.join('/')}/`)
    .filter((n) => n.owner)
    .at(-1);
  const by = items.length > 0 ? ['by', items.join(' and ')] : [];
  // The segments it sits in say something only where no item does (`deleteByEmail`, not
  // `deleteByEmailForSuppression`).
  const whose =
    owner?.words ??
    (by.length > 0
      ? []
      : above
          .map(staticText)
          .filter((s) => s !== '' && !said(s))
          .flatMap((s) => nameWords(s)));
  const qualified = [...by, ...(whose.length > 0 ? ['for', ...whose] : [])];
  return {
    name,
    fallback: camelCase([name, ...qualified].join(' ')),
    // PUT, PATCH and POST on one item all update: their HTTP methods tell them apart.
    // An action another method does too keeps its method (`putArchive` beside a POST's `archive`).
    spelled: camelCase(
      [
        ...(action && input.method === 'POST' ? [] : [input.method.toLowerCase()]),
        ...(action ? nameWords(last) : []),
        ...nouns,
        ...qualified,
      ].join(' '),
    ),
  };
}

/**
 * A word that is the verb, or its noun (Keycloak's `POST …/impersonation`, "Impersonate the user",
 * is `impersonate`, not `impersonateImpersonation`).
 */
function saysVerb(word: string, verb: string | undefined): boolean {
  if (verb === undefined) return false;
  const base = verb.replace(/e$/, '');
  return word === verb || word === `${base}ion` || word === `${base}ation`;
}

/** A segment's text without its parameters and what only tells a format (`thumbnail.{extension}`: `thumbnail`). */
function staticText(segment: string): string {
  return (
    segment
      // A version's `v` before its parameter (OpenCage's `/v{version}/{format}`, was `getV`).
      .replace(/^v(?=\{)/i, '')
      .replace(/\{[^}]*\}/g, '')
      .replace(/[#?&].*$/, '')
      .replace(/\.(?:json|xml|csv|pdf|ya?ml|txt)?$/i, '')
      .replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '')
  );
}

// A tool's group before its method in capitals: Zuora's `Object_` of `Object_POSTAccount`.
const GROUP_BEFORE_METHOD =
  /^([A-Za-z0-9]+)_(?=(?:GET|PUT|POST|PATCH|DELETE)(?:_|[a-z]|[A-Z][a-z]))/;

/**
 * The operationId as a method's name: a Java-style class before a dot goes
 * (`AddonPropertiesResource.getAddonProperties_get`), and so does a suffix repeating
 * the HTTP method the name starts with (`_get`).
 */
function ownName(input: MethodNameInput): string {
  const { method } = input;
  // Zuora's `Action_POSTamend`, `Object_POSTAccount`: the method in capitals run into the call's
  // words (had been `posTamend`, `objectPOSTAccount`), after a group the resource says.
  const given = input.name
    .replace(/(^|_)(GET|PUT|POST|PATCH|DELETE)(?=[a-z]|[A-Z][a-z])/, '$1$2_')
    .replace(GROUP_BEFORE_METHOD, '');
  // Box's `put_files_id#add_shared_link`: the route, then after `#` what the call does.
  const hash = given.lastIndexOf('#');
  const name =
    hash > 0 && VERBS.has(verbOf(nameWords(given.slice(hash + 1)))) ? given.slice(hash + 1) : given;
  const dot = name.lastIndexOf('.');
  // LetMC's `CompanyController_GetCompany` too: the class before `_` (its tag's resource is
  // `company`, so no word of the class is the resource's to drop).
  const own =
    dot > 0 && /(?:Resource|Controllers?|Ctrl|Service|Api|Endpoint)$/i.test(name.slice(0, dot))
      ? name.slice(dot + 1)
      : name.replace(/^[A-Za-z0-9]+(?:Controller|Ctrl)_(?=[A-Za-z])/, '');
  // Only where the name already says it first: `UpdateGroups_Delete` keeps its `Delete`.
  const suffix = new RegExp(`^(${method}.*)[_-]${method}$`, 'i');
  return withoutGroupPrefix(
    withoutMethodWord(withoutRouteWord(own.replace(suffix, '$1'), input), input),
    input,
  );
}

/**
 * ASP.NET's route names: VS Online's `GetEnvironmentRoute` at `/Environments/{id}` names the
 * route the call is, not a thing (it had been `getRoute`, and the plain `get` another call's).
 * Not where the path holds routes (Meraki's `staticRoutes`, App Mesh's), nor in an RPC spec.
 */
function withoutRouteWord(name: string, { path, rpc }: MethodNameInput): string {
  const said = nameWords(name);
  if (rpc || route(path) !== path || said.length < 3 || !/^route$/i.test(said.at(-1)!)) return name;
  const things = segments(path)
    .filter((s) => !isParameter(s))
    .map((s) => nameWords(staticText(s)).map(stem));
  // The name says the path's last thing: a call to the path (`/_callback` stays `updateRoute`).
  const last = new Set(things.at(-1));
  return VERBS.has(verbOf(said)) &&
    said.slice(1, -1).some((w) => last.has(stem(w))) &&
    !things.flat().includes('route')
    ? said.slice(0, -1).join('_')
    : name;
}

/**
 * The HTTP method said beside a call that says its own verb: Airflow's
 * `post_clear_task_instances` is `clearTaskInstances`, Jira's `registerModules_post`
 * `registerModules`; and before a call of one word, Adyen's `post-cardDetails`. A GET's or a
 * DELETE's method is what it does (`get_release_notes`), and a verb that is the path's thing is
 * a noun there (Zuora's `POST_RefundParts` at `/refunds/…`).
 */
function withoutMethodWord(name: string, input: MethodNameInput): string {
  const { method, path } = input;
  if (!/^(?:POST|PUT|PATCH)$/.test(method)) return name;
  const made = postMakes(name, input);
  if (made !== undefined) return made;
  const around = new RegExp(`^${method}[_-]+(.+)$|^(.+?)[_-]+${method}$`, 'i').exec(name);
  // Or run together before it: HERE's `postLocate`.
  const camel = new RegExp(`^${method.toLowerCase()}([A-Z].*)$`).exec(name);
  const call = around?.[1] ?? around?.[2] ?? camel?.[1];
  if (call === undefined) return name;
  if (startsWithVerb(call) && !namesPathThing(call, path)) return call;
  // A tool's method in capitals before a thing, no verb anywhere in it, is what the method does to
  // the thing: Zuora's `POST_CustomObjectBulkJob` creates one, `POST_RefundCreditMemo` to
  // `…/{id}/refunds` a refund (`putBatchUpdateDebitMemos` keeps its own verb).
  if (
    name.startsWith(`${method}_`) &&
    // Its words run together as a person's; SendGrid's `POST_senders-…-resend_verification`
    // spells the route, named by it below.
    /^[A-Z][A-Za-z0-9]*$/.test(call) &&
    !input.rpc &&
    !path.includes('#') &&
    !nameWords(call)
      .slice(1)
      .some((w) => VERBS.has(w.toLowerCase()))
  )
    return `${crudVerb(input)}_${call}`;
  if (!startsWithVerb(call))
    return method === 'POST' && /^post-[A-Za-z][A-Za-z0-9]*$/.test(name) ? call : name;
  return name;
}

/**
 * A `post` before the thing a POST to its collection makes says `create`: Visma's
 * `CostCenters_PostCostCenter` at `/v1/costcenters` creates a cost center, payrun's
 * `PostEmployerSecret` a secret (had been `postCostCenter`, `postSecret`). Not a
 * POST to one thing (`postQuery` at `…/query/{type}`, GraphHopper's `postRoute` at `/route`)
 * or an action, whose `post` may be all a person would say; nor a name with a verb of its own.
 * PUT and PATCH are a domain's own verbs (S3's `putObject`, Kubernetes' `patchNamespacedPod`).
 */
function postMakes(name: string, input: MethodNameInput): string | undefined {
  const said = /^(?:([A-Za-z0-9]+)_)?[Pp]ost(?:[_-]+|(?=[A-Z]))([A-Za-z][A-Za-z0-9_-]*)$/.exec(
    name,
  );
  const last = segments(input.path).at(-1) ?? '';
  if (
    said === null ||
    input.method !== 'POST' ||
    // Adyen's `post-cancels` is named below; Mailchimp's `postListsIdMembers` spells its route.
    /^post-[A-Za-z][A-Za-z0-9]*$/.test(name) ||
    spelledFromRoute(nameWords(name), input) ||
    input.rpc === true ||
    nameWords(said[2]!).some(
      (w) => VERBS.has(w.toLowerCase()) || /^(?:post|creation|all)$/i.test(w),
    ) ||
    !isPlural(last) ||
    isMassNoun(last) ||
    isAction(last) ||
    /^actions?$/i.test(last) ||
    // Where a summary says what it does, it says it makes one: a POST that looks names up (EVE's
    // "Bulk names to IDs"), updates or sends makes nothing (red team).
    !MAKING_SUMMARY.test(input.summary ?? 'create') ||
    crudVerb(input) !== 'create'
  )
    return undefined;
  // API Platform's `postCollection`, `postInstanceCollection`, says where it goes: it creates.
  const thing = said[2]!.replace(/_?(?:Collection|Resources?)$/i, '');
  return `${said[1] === undefined ? '' : `${said[1]}_`}create${thing === '' ? '' : `_${thing}`}`;
}

// A summary that says a call lists or searches things: "List commits", "Search for issues".
const LISTING_SUMMARY = /^\s*(?:list|lists|listing|search|searches|searching)\b/i;

/**
 * The name of a POST whose summary says it lists: the summary's words but the resource's
 * (Bitbucket's "List commits with include/exclude" in `commits` is `listWithIncludeExclude`,
 * beside the GET's `list`).
 */
function listingName(summary: string, resource: readonly string[]): string {
  const said = new Set(resource.flatMap((r) => nameWords(r)).map((w) => stem(w)));
  const all = nameWords(summary).filter((w) => !ARTICLES.has(w.toLowerCase()));
  const kept: string[] = [];
  for (let i = 0; i < all.length; i++) {
    // Or two words the resource runs together (`pull requests` of `pullrequests`).
    const next = all[i + 1];
    if (next !== undefined && said.has(stem(`${all[i]}${next}`))) i++;
    else if (!said.has(stem(all[i]!))) kept.push(all[i]!);
  }
  // The verb as a name says it: "Lists which match" is `listWhichMatch`. A resource of lists
  // says the verb too: all it leaves is `list`.
  const [verb = 'list', ...rest] = kept;
  return camelCase(
    [verb.replace(/^(list|search)(?:s|es|ing)$/i, '$1'), ...rest].slice(0, 6).join(' '),
  );
}

// A summary that says a call makes a thing: "Create a cost center", "Adds a note", "New tag".
const MAKING_SUMMARY =
  /^\s*(?:create|creates|creating|add|adds|adding|new|make|makes|insert|inserts|register|registers|post|posts|save|saves|store|stores|upload|uploads|submit|submits)\b/i;

/**
 * DocuSign's `Settings_GetSettings`: a group's name, then a name that starts with a verb
 * and says the group again. The group adds nothing (`getSettings`). Nor do the group's words
 * the resource says, or its `CRUD`: `EnvelopeWorkflowScheduledSending_GetEnvelopeScheduledSending…`
 * in `envelopeWorkflowDefinition` is `getScheduledSendingDefinition` (had been
 * `scheduledSendingGetEnvelopeScheduledSendingDefinition`), Azure Mobile Engagement's
 * `ExportTasks_CreateActivitiesTask` in `export` `createActivitiesTask`.
 */
function withoutGroupPrefix(name: string, { resource }: MethodNameInput): string {
  const cut = /^([A-Za-z0-9]+)_(.+)$/.exec(name);
  if (cut === null) return name;
  const rest = nameWords(cut[2]!);
  const saidAgain = new Set(rest.map(stem));
  const said = new Set([...saidAgain, ...resource.flatMap((r) => nameWords(r)).map(stem)]);
  // Not its version: the version's calls beside another's keep it (Visma's `SalesOrderV2_…`).
  const group = nameWords(cut[1]!).filter((w) => !/^crud$/i.test(w));
  return VERBS.has(verbOf(rest)) &&
    group.some((w) => saidAgain.has(stem(w))) &&
    group.every((w) => said.has(stem(w)))
    ? cut[2]!
    : name;
}

/**
 * Whether the first word stays a verb though the resource holds it: Twilio's
 * `ListSipCredentialList` in `credentialList` lists, Vimeo's `like_video` in
 * `likesEssentials` likes. Not where the name starts with the resource's words in
 * order (Azure's `ComputeNode_List` in `computeNodes`: the resource, then the verb).
 */
function leadsWithVerb(
  all: readonly string[],
  isResource: (w: string) => boolean,
  { resource, method }: MethodNameInput,
): boolean {
  const resourceWords = resource.flatMap((r) => nameWords(r)).map(stem);
  if (!isResource(all[0] ?? '')) return false;
  // A GET's first word is its verb only if it reads (`tagListByOperation` names tags).
  if (
    method === 'GET' &&
    !/^(?:get|list|fetch|retrieve|search|query|lookup|count|find)$/.test(verbOf(all))
  )
    return false;
  // One word that is the resource and the verb, before a thing: Lambda's `TagResource` in
  // `tags` was `tags.resource`. A resource that is itself the verb says it (`lookup.cnam`).
  if (resourceWords.length < 2)
    return (
      isPlural(resource.at(-1) ?? '') &&
      all.length > 1 &&
      ACTION_VERBS.has(verbOf(all)) &&
      !VERBS.has(verbOf(all.slice(1)))
    );
  if (resourceWords.every((w, i) => stem(all[i] ?? '') === w)) return false;
  return VERBS.has(verbOf(all));
}

/** `all` without API version words (`V1`, `v2beta1`), unless nothing else would be left. */
function unversioned(all: readonly string[]): readonly string[] {
  const kept = all.filter((w) => !/^v\d+(?:(?:alpha|beta)\d*)?$/i.test(w));
  return kept.length > 0 ? kept : all;
}

// The words an operationId starts with to say what it does.
const VERBS = new Set([
  'list',
  'get',
  'fetch',
  'retrieve',
  'create',
  'update',
  'delete',
  'put',
  'patch',
  ...ACTION_VERBS,
  // What a person does to a thing that is not a change of it (the others are actions).
  ...['watch', 'unwatch'],
]);

type Said = (word: string, at: number) => boolean;

/**
 * A POST to an item's action whose name is that action, words that say which such item, and the
 * resource: the action alone. Increase's `cancel_a_pending_ach_transfer` at
 * `/ach_transfers/{id}/cancel` is `achTransfers.cancel` (had been `cancelPendingAchTransfer`), its
 * `complete_a_sandbox_account_transfer` in `simulations.accountTransfers` `complete`.
 */
function actionOnItem(input: MethodNameInput): string | undefined {
  const route = segments(input.path);
  const last = route.at(-1) ?? '';
  if (input.method !== 'POST' || isParameter(last) || !isParameter(route.at(-2) ?? ''))
    return undefined;
  if (!isAction(last)) return undefined;
  const words = nameWords(staticText(last));
  const action = words.map(stem);
  const said = nameWords(input.name)
    .filter((w) => !ARTICLES.has(w.toLowerCase()))
    .map(stem);
  const thing = nameWords(input.resource.at(-1) ?? '').map(stem);
  const between = said.length - action.length - thing.length;
  return between > 0 &&
    between <= 2 &&
    action.every((w, i) => said[i] === w) &&
    thing.every((w, i) => said[said.length - thing.length + i] === w) &&
    !said.slice(action.length, -thing.length).some((w) => PREPOSITIONS.has(w) || VERBS.has(w))
    ? camelCase(words.join(' '))
    : undefined;
}

/** Each run of two or more consecutive words, together and lower case (`te xml apps`: `texml`, `xmlapps`, `texmlapps`), stemmed. */
function runsOf(words: readonly string[]): string[] {
  const runs: string[] = [];
  for (let i = 0; i < words.length; i++)
    for (let j = i + 2; j <= words.length; j++)
      runs.push(stem(words.slice(i, j).join('').toLowerCase()));
  return runs;
}

/**
 * Words a name splits that the resource runs together, as one: PowerDNS's `listTSIGKeys` in
 * `tsigkey` (had been `tsigkey.listTSIGKeys`).
 */
function runTogether(words: readonly string[], resourceWords: ReadonlySet<string>): string[] {
  // Not before the verb, where they would go as the resource's: App Center's GET
  // `codePushUpdateCheck` in `codepush` would read as an update.
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const end = [i + 3, i + 2].find(
      (j) =>
        i > 0 &&
        j <= words.length &&
        resourceWords.has(stem(words.slice(i, j).join('').toLowerCase())) &&
        !words.slice(i, j).some((w) => resourceWords.has(stem(w))),
    );
    out.push(end === undefined ? words[i]! : words.slice(i, end).join(''));
    if (end !== undefined) i = end - 1;
  }
  return out;
}

function spelledOut(all: readonly string[], isResource: Said, input: MethodNameInput): string {
  const start = all.findIndex((w, at) => !isResource(w, at));
  return start === -1 ? crudVerb(input) : camelCase(all.slice(start).join(' '));
}

function trimmed(
  all: readonly string[],
  isResource: Said,
  isArgument: (w: string) => boolean,
  input: MethodNameInput,
  covers: (run: readonly string[], kept: readonly string[]) => boolean,
  keepsOwner: (run: readonly string[]) => boolean = () => false,
  saysPart: (run: readonly string[]) => boolean = () => false,
): string {
  let kept = withoutSaidWords(
    all,
    isResource,
    isArgument,
    pathNouns(input.path),
    keepsOwner,
    covers,
    saysPart,
  );
  // What is left starts with `for …` or `by …` (`typeaheadForWorkspace`): the route's verb leads.
  if (kept.length > 0 && /^(?:for|by)$/i.test(kept[0]!)) {
    kept = [crudVerb(input), ...kept];
    while (kept.length > 1 && endsInPreposition(kept)) kept.pop();
  }
  // Nothing but a number or `alt1` left (`income_1`): the route's verb says what it does.
  if (kept.length > 0 && kept.every((w) => /^(?:alt)?\d*$/i.test(w)))
    kept = [crudVerb(input), ...kept];
  if (kept.length > 1 && isMethod(kept[0]!, input) && namesTheAction(kept.slice(1), all, input))
    kept = kept.slice(1);
  // `get a list of …` is a list; not at an item, which is one list (DocuSign's bulk send list
  // at `/bulk_send_lists/{bulkSendListId}` had been `list`).
  if (
    kept.length === 2 &&
    /^(?:get|fetch|retrieve)$/i.test(kept[0]!) &&
    /^list$/i.test(kept[1]!) &&
    !/\}$/.test(input.path)
  )
    kept = ['list'];
  // Before the verb, only the word of an id or the path's owner of the item: the verb says it
  // (Twitter's `listIdCreate` had been `lists.idCreate`, `usersIdUnlike` `tweets.usersUnlike`).
  if (
    kept.length === 2 &&
    ACTION_VERBS.has(kept[1]!.toLowerCase()) &&
    (/^ids?$/i.test(kept[0]!) || ownsTheItem(kept[0]!, input.path))
  )
    kept = [kept[1]!];
  // A thing, `Id`, then the verb, as Twitter's tool writes the rest: the verb first
  // (`dmConversationIdCreate` at `POST /2/dm_conversations` is `createDmConversation`).
  else if (
    kept.length > 2 &&
    ACTION_VERBS.has(kept.at(-1)!.toLowerCase()) &&
    /^ids?$/i.test(kept.at(-2)!) &&
    !kept.slice(0, -2).some((w) => VERBS.has(w.toLowerCase()))
  )
    kept = [kept.at(-1)!, ...kept.slice(0, -2)];
  // Nothing left but the HTTP method: say what it does to this path instead, unless the
  // path's action is that very word (Stripe's test helpers `POST …/{id}/post`).
  // A PATCH its author calls `patch` beside a PUT stays so: DigitalOcean's `projects_update` is the
  // PUT (both had been `update`, and took `updateProject` and `patch`).
  const onlyMethod =
    kept.length === 1 &&
    isMethod(kept[0]!, input) &&
    !(input.method === 'PATCH' && input.siblings?.has('PUT'));
  if (kept.length === 0 || (onlyMethod && segments(input.path).at(-1) !== kept[0]!.toLowerCase()))
    return crudVerb(input);
  return camelCase(kept.join(' '));
}

/**
 * A GET whose segment says what it does: a reading verb alone (`/v1/charges/search`), or a
 * checking one with what it checks (Mastodon's `/accounts/verify_credentials` answers one account;
 * it had been `listVerifyCredentials`).
 */
function readsAsAction(segment: string, besidePost = false): boolean {
  const words = nameWords(staticText(segment)).map((w) => w.toLowerCase());
  return (
    GET_ACTIONS.has(words.join(' ')) ||
    (!besidePost && GET_WRITES.has(words.join(''))) ||
    (words.length > 1 &&
      !besidePost &&
      (/^(?:verify|validate)$/.test(words[0]!) ||
        // Not a thing named for checking (Trello's `checkItemStates`).
        (words[0] === 'check' && /^(?:for|if|whether)$/.test(words[1]!))))
  );
}

// What a GET can do besides read: `GET /customers/search` is `search`, `GET /albums/{id}/tracks` is `getTracks`.
const GET_ACTIONS = new Set([
  'search',
  'count',
  'preview',
  'upcoming',
  'lookup',
  'query',
  'export',
  // SoundCloud's `GET /resolve` finds what a URL names (it had been `getResolve`).
  'resolve',
]);

// What only a verb says, which some APIs do with a GET: StackExchange's `/filters/create`,
// `/access-tokens/{t}/invalidate`, `/apps/{t}/de-authenticate` (had been `filters.getCreate`,
// `accessTokens.listInvalidate`, `apps.deAuthenticate.list`). No word a thing is also named.
const GET_WRITES = new Set([
  'create',
  'delete',
  'invalidate',
  'revoke',
  'deauthenticate',
  'deactivate',
  'unsubscribe',
]);

/**
 * `PostChargesChargeCapture` echoes its route (`POST /v1/charges/{charge}/capture`):
 * when what follows the HTTP verb is the path's last segment, an action, the
 * verb adds nothing (`capture`). A DELETE keeps its verb (`deleteDiscount`).
 */
function namesTheAction(rest: readonly string[], all: readonly string[], input: MethodNameInput) {
  if (input.method === 'DELETE' || !echoesPath(all, input)) return false;
  const last = segments(input.path).at(-1) ?? '';
  // A parameter (`/people/{person}`) names an item, never an action; a call alone at the
  // root (`/getStoresUnderAccount`) is one whatever its verb.
  const rootCall = segments(input.path).length === 1 && VERBS.has(verbOf(nameWords(last)));
  if (isParameter(last) || !(isAction(last) || rootCall)) return false;
  const action = nameWords(last).map(stem);
  const same = rest.length === action.length && rest.every((w, i) => stem(w) === action[i]);
  return same && (input.method !== 'GET' || GET_ACTIONS.has(action.join(' ')));
}

function isMethod(word: string, { method }: MethodNameInput): boolean {
  return word.toLowerCase() === method.toLowerCase();
}

/**
 * A tool's word for the HTTP method, before a `By`: Trello's `addBoardsChecklistsByIdBoard` (a
 * POST) and `updateBoardsClosedByIdBoard` (a PUT) spell their routes as `getBoardsByIdBoard`
 * does. Not without one: Flat's `addCollaborator` and Kafka's `createClusterV2` are a person's.
 */
function saysMethod(all: readonly string[], { method, path }: MethodNameInput): boolean {
  return (
    METHOD_WORDS[method]?.includes(all[0]?.toLowerCase() ?? '') === true &&
    all.some((w) => /^by$/i.test(w)) &&
    // A route of parameters alone names nothing (Cloud Elements' `/{objectName}/{objectId}`).
    segments(path).some((s) => !isParameter(s))
  );
}

const METHOD_WORDS: Partial<Record<HttpMethod, readonly string[]>> = {
  POST: ['add', 'create'],
  PUT: ['update', 'replace'],
  PATCH: ['update'],
  DELETE: ['delete', 'remove'],
};

/**
 * Drops runs of words the resource or the arguments say, where they can go
 * without leaving a fragment: at the start (`issues add …`), right after the
 * verb (`get album tracks`), or, for the resource's own words, at the end
 * after a preposition, which goes too (`list followers for user`), or after a
 * word that says which (`get multiple albums`). Elsewhere
 * they stay (`add sub issue`), and so do arguments that say whose
 * (`list for org`: the argument alone would not say it is an org).
 */
function withoutSaidWords(
  all: readonly string[],
  isResource: Said,
  isArgument: (w: string) => boolean,
  nouns: readonly PathNoun[],
  /** Whether a trailing `for <owner>` the path names stays (a fallback's, to tell two apart). */
  keepsOwner: (run: readonly string[]) => boolean,
  /** Whether a run, with the words kept, says every word of the resource (`instances` is not `instanceGroups`). */
  covers: (run: readonly string[], kept: readonly string[]) => boolean,
  /** Whether a run says only part of the resource, not its thing (`rates` of `ratePlans`). */
  saysPart: (run: readonly string[]) => boolean,
): string[] {
  const said = (w: string, at: number) => isResource(w, at) || isArgument(w);
  // A word that says where before the verb (Discourse's `adminListUsers`, `adminGetUser`): the
  // rest is read as a name of its own, and the word stays before it (had been `adminForList`).
  // Only where that verb stays the rest's (bunq's `READ_ExportStatementCard_for_User_Card` in
  // `exportStatementCard` is no `readFor`).
  if (
    all.length > 2 &&
    // A word, not a verb's prefix (Zoom's `unAssign…`).
    all[0]!.length > 2 &&
    !VERBS.has(verbOf(all)) &&
    VERBS.has(verbOf(all.slice(1))) &&
    !said(all[0]!, 0) &&
    !PREPOSITIONS.has(all[0]!.toLowerCase())
  ) {
    const rest = withoutSaidWords(
      all.slice(1),
      (w, at) => isResource(w, at + 1),
      isArgument,
      nouns,
      keepsOwner,
      covers,
      saysPart,
    );
    if (rest[0]?.toLowerCase() === all[1]!.toLowerCase()) return [all[0]!, ...rest];
  }
  let kept: string[] = [];
  // Words that must stay whole: a kept run of the resource's words (`AssignedAddOn`).
  let whole = 0;
  let i = 0;
  while (i < all.length) {
    if (!said(all[i]!, i)) {
      kept.push(all[i]!);
      i++;
      continue;
    }
    let end = i;
    while (end < all.length && said(all[end]!, end)) end++;
    const run = all.slice(i, end);
    const last = end === all.length && run.every((w, j) => isResource(w, i + j));
    const previous = kept.at(-1)?.toLowerCase();
    const entire = last && covers(run, kept);
    const inPath = entire ? nounsNamed(kept.slice(1), nouns) : undefined;
    const afterPreposition = previous !== undefined && PREPOSITIONS.has(previous);
    if (
      /^of$/i.test(all[end] ?? '') ||
      (/^defined$/i.test(all[end] ?? '') && !isPlural(run.at(-1)!))
    ) {
      // kept: a noun of a noun phrase (Wordnik's `getWordOfTheDay` had become `getOfDay`), or
      // who defines a thing (Autotask's `queryUserDefinedFields` in `clientPortalUsers` had
      // become `queryDefinedFields`)
      kept.push(...run);
      whole = kept.length;
    } else if (kept.length === 0 || (kept.length === 1 && !(last && saysPart(run)))) {
      // dropped: at the start, or right after the verb, unless it ends the name and says only
      // part of the resource (Hetras' `GetRates` of `ratePlans` gets a plan's rates)
    } else if (last && afterPreposition && nounsNamed(run, nouns)?.owner && keepsOwner(run)) {
      // kept: the path's owner tells this method from one of the whole resource
      kept.push(...run);
      whole = kept.length;
    } else if (afterPreposition && (last || (kept.length === 2 && covers(run, kept)))) {
      // dropped with its preposition: at the end (`list followers for user`), or right
      // after the verb (`search for issues using JQL`)
      kept.pop();
    } else if (
      entire &&
      previous !== undefined &&
      VERBS.has(previous) &&
      /^(?:or|and)$/i.test(kept.at(-2) ?? '')
    ) {
      // dropped: after a second verb too (`createOrUpdate` a remote issue link)
    } else if (last && previous !== undefined && MODIFIERS.has(previous)) {
      // dropped: the modifier says which
    } else if (inPath?.owner === false) {
      // Segments the resource sits in (`/SIP/CredentialLists`): the resource says it all.
      kept = [kept[0]!];
    } else if (inPath !== undefined) {
      // The resource of a thing the path names: `ListCallRecording` under `recording` lists
      // a call's recordings (`/Calls/{CallSid}/Recordings`), `listForCall`.
      kept = [kept[0]!, 'for', ...inPath.words];
    } else {
      kept.push(...run);
      whole = kept.length;
    }
    i = end;
  }
  while (kept.length > Math.max(1, whole) && endsInPreposition(kept)) kept.pop();
  return kept;
}

/**
 * Whether words end in a preposition left over once what it led to is gone (`listFor`), not one
 * that is part of its verb: BritBox's `singleSignOn` had become `singleSign`.
 */
function endsInPreposition(words: readonly string[]): boolean {
  const last = words.at(-1)!.toLowerCase();
  return (
    PREPOSITIONS.has(last) &&
    !(/^(?:on|in)$/.test(last) && /^(?:sign|log|opt|check|plug)$/i.test(words.at(-2) ?? ''))
  );
}

/** A static segment of a path with more below it: an owner when an item of it follows (`Calls/{CallSid}`). */
interface PathNoun {
  /** Its words, the last one singular (`incoming phone number`). */
  readonly words: readonly string[];
  readonly owner: boolean;
}

/** A word that is a segment of the path with a parameter after it, not the last (`users` of `/users/{id}/likes`). */
function ownsTheItem(word: string, path: string): boolean {
  const owners = pathNouns(path).filter((n) => n.owner);
  return owners.some(
    (n, i) => i < owners.length - 1 && n.words.length === 1 && stem(n.words[0]!) === stem(word),
  );
}

function pathNouns(path: string): PathNoun[] {
  const all = segments(path);
  return all.flatMap((s, i) => {
    if (isParameter(s) || i + 1 === all.length) return [];
    const w = nameWords(s);
    return [
      { words: [...w.slice(0, -1), singular(w.at(-1) ?? '')], owner: isParameter(all[i + 1]!) },
    ];
  });
}

/**
 * The run of consecutive path nouns `named` says (`recording add on result`: Recordings
 * and AddOnResults), in their words; undefined when it says none.
 */
function nounsNamed(
  named: readonly string[],
  nouns: readonly PathNoun[],
): { readonly words: readonly string[]; readonly owner: boolean } | undefined {
  if (named.length === 0) return undefined;
  for (let start = 0; start < nouns.length; start++) {
    const said: string[] = [];
    for (let end = start; end < nouns.length && said.length < named.length; end++) {
      said.push(...nouns[end]!.words);
      if (said.length === named.length && said.every((w, k) => stem(w) === stem(named[k]!)))
        return { words: said, owner: nouns[end]!.owner };
    }
  }
  return undefined;
}

// What a summary may say a POST to an item does that is no update of it.
// "Returns …" says what comes back, not what the call does.
const NOT_UPDATES = new Set(['update', 'edit', 'set', 'post', 'add', 'modify', 'change', 'return']);

/**
 * The action a summary starts with (Box's "Restore file" at `POST /files/{id}`, CircleCI's
 * "Triggers a new build"), where it is one: such a POST is no update.
 */
function summaryVerb(
  summary: string | undefined,
  siblings: ReadonlySet<HttpMethod> | undefined,
): string | undefined {
  const said = (summary ?? '')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
  const first = said[0];
  // A noun first (`Schedule update`, `Review details change`): the update is said after it.
  if (first === undefined || said.slice(1, 4).some((w) => NOT_UPDATES.has(w) || w === 'changes'))
    return undefined;
  const verb = ACTION_VERBS.has(first) ? first : first.replace(/e?s$/, '');
  const base = ACTION_VERBS.has(verb)
    ? verb
    : ACTION_VERBS.has(`${verb}e`)
      ? `${verb}e`
      : undefined;
  // What the path's own DELETE or GET is called (red team: a legacy POST "Delete a pet").
  const taken =
    (siblings?.has('DELETE') && /^(?:delete|remove)$/.test(base ?? '')) ||
    (siblings?.has('GET') && base === 'get');
  return base === undefined || NOT_UPDATES.has(base) || taken ? undefined : base;
}

/**
 * One of a plural. Settings and stats are one thing in a plural's form, unless an item of them
 * is picked (SendGrid's `PATCH /tracking_settings/google_analytics` is `updateGoogleAnalytics`).
 */
function singular(word: string, item = false): string {
  return isPlural(word) && (item || !isMassNoun(word)) ? stem(word) : word;
}

/** Whether a segment's last word is a mass noun: `snmpSettings` says `settings`. */
function isMassNoun(segment: string): boolean {
  return MASS_NOUNS.has(nameWords(staticText(segment)).at(-1)?.toLowerCase() ?? '');
}

function crudVerb({
  method,
  path,
  parents,
  collections,
  siblings,
  summary,
  description,
  resource: resourceNames,
  picksByQuery,
  answersList,
  fromRoute,
}: MethodNameInput): string {
  const all = segments(path);
  const last = all.at(-1);
  const named = last !== undefined && !isParameter(last);
  // A collection has items below it, or a plural name (`/invoices/{invoice}/lines`); an
  // item's part with a singular name is one thing (`/customers/{customer}/cash_balance`).
  // Jira's `GET /user` answers one user, though `/user/properties` is below it.
  const below = (collections ?? parents).has(pathShape(path));
  // The root too, with items right below it, of a resource that is things (Vonage's calls at
  // `/` and `/{uuid}`, below the server's `/v1/calls`); Keycloak's `root` is one thing.
  const collection =
    (named && (isPlural(last) || below)) ||
    (last === undefined &&
      (collections?.has('') ?? false) &&
      isPlural(nameWords(resourceNames.at(-1) ?? '').at(-1) ?? '')) ||
    ownersItems(all, collections);
  const single = named && !collection && isParameter(all.at(-2) ?? '');
  switch (method) {
    case 'GET':
      // Settings or stats with no items below are got (Ably's `GET /stats`, Hetzner's metrics).
      // Without an operationId, one that answers a list lists, whatever its path: CircleCI's
      // builds at `/project/{username}/{project}` had been `getByUsernameAndProject`.
      return (collection && (below || !isMassNoun(last ?? ''))) ||
        (fromRoute === true && answersList === true)
        ? 'list'
        : 'get';
    case 'POST':
      // A POST whose summary says it lists or searches makes nothing: Bitbucket's "List commits
      // with include/exclude", a POST for its long filters, had been `commits.create`.
      if (LISTING_SUMMARY.test(summary ?? '')) return listingName(summary!, resourceNames);
      // A POST to an action with nothing below it does it (Rudder's `techniques` at
      // `/techniques/reload` had been `create`), unless the action is the resource (`parse.parse`).
      if (named && !below && isAction(last) && !collection) {
        const action = nameWords(staticText(last));
        const resource = new Set(resourceNames.flatMap((r) => nameWords(r).map(stem)));
        if (!action.every((w) => resource.has(stem(w)))) return camelCase(action.join(' '));
      }
      return collection || last === undefined || (named && !single)
        ? 'create'
        : (summaryVerb(summary ?? description, siblings) ?? 'update');
    // Beside a PATCH, a PUT replaces (Mailchimp's list member, SendGrid's API key): both had
    // been `update`, and took their long names (`putMemberByListIdAndSubscriberHash`).
    case 'PUT':
      return siblings?.has('PATCH') ? 'replace' : 'update';
    case 'PATCH':
      return 'update';
    case 'DELETE':
      // A collection's DELETE removes many: `delete` is its item's (Lucidtech's `documents.delete()`
      // emptied the collection, beside `deleteByDocumentId(id)`). Not one that picks what it
      // deletes by a required query (GoToMeeting's `DELETE /organizers?email=` removes one).
      return named && below && isPlural(last) && !picksByQuery ? 'deleteAll' : 'delete';
    default:
      return method.toLowerCase();
  }
}

/** Whether a name starts with a collection its path picks an item of (`users` of `/users/{id}/tweets`). */
function startsWithCollection(all: readonly string[], path: string): boolean {
  const parts = segments(path);
  const first = stem(all[0] ?? '');
  return parts.some(
    (segment, i) =>
      !isParameter(segment) &&
      isParameter(parts[i + 1] ?? '') &&
      stem(nameWords(segment)[0] ?? '') === first,
  );
}

/**
 * Whether a path that ends in an item is a collection: LaunchDarkly's `/flags/{projectKey}`
 * holds `/flags/{projectKey}/{featureFlagKey}`, the flags of a project. Its parameter names
 * another thing than the segment before it (`/categories/{uuid}` is a category).
 */
function ownersItems(all: readonly string[], collections: ReadonlySet<string> | undefined) {
  const [before, last] = all.slice(-2);
  if (collections === undefined || last === undefined || before === undefined) return false;
  if (!isParameter(last) || isParameter(before)) return false;
  const owner = nameWords(last)
    .map(stem)
    .filter((w) => !TOOL_ID_WORDS.has(w) && !ITEM_WORDS.has(w));
  const items = new Set(nameWords(before).map(stem));
  return (
    owner.length > 0 &&
    // Trello's `{idOrg}` picks an organization: a word may be cut short, or be the end of one
    // (Azure's `{profileName}` picks one of `trafficmanagerprofiles`).
    !owner.some((w) => [...items].some((item) => item.includes(w) || w.startsWith(item))) &&
    collections.has(pathShape(`/${all.join('/')}`))
  );
}

/** Whether a segment's last word is a plural (`line_items`, `owners`; not `status`, `analysis`). */
function isPlural(segment: string): boolean {
  const word = nameWords(segment).at(-1)?.toLowerCase() ?? '';
  return (
    SHORT_PLURALS.has(word) || (word.length > 3 && /s$/.test(word) && !/(?:ss|us|is)$/.test(word))
  );
}

// Words cut short in ids, and the resource words they stand for.
const SHORT_FOR: ReadonlyMap<string, string> = new Map([
  ['repo', 'repository'],
  ['org', 'organization'],
  ['app', 'application'],
  ['config', 'configuration'],
  ['env', 'environment'],
  ['admin', 'administration'],
  ['info', 'information'],
  ['spec', 'specification'],
  ['var', 'variable'],
]);

// Plurals too short for the rule (Mux's `/playback-ids/{PLAYBACK_ID}` is one playback id).
const SHORT_PLURALS = new Set(['people', 'ids', 'ips', 'urls', 'uris', 'apis', 'ous']);

/** Whether every word after the first is a word of the path (`GetCustomersCustomerSources`). */
function echoesPath(all: readonly string[], { path }: PathShape): boolean {
  const pathWords = new Set(segments(path).flatMap((s) => nameWords(s).map(stem)));
  return all.slice(1).every((w) => pathWords.has(stem(w)));
}

/** Whether every word after the first is the route's, versions and `by` included (`postV2LocationsByLocationId…`). */
function spellsRoute(all: readonly string[], { path }: MethodNameInput): boolean {
  const routeWords = new Set(
    route(path)
      .split('/')
      .flatMap((s) => nameWords(s).map(stem)),
  );
  return all.slice(1).every((w) => /^by$/i.test(w) || routeWords.has(stem(w)));
}

/** Whether the name spells a path parameter whole (`ListsId` of `list_id`): made from the route by a tool. */
function spellsParameter(all: readonly string[], { pathParameters }: MethodNameInput): boolean {
  const said = all.map(stem);
  return pathParameters.some((p) => runStarts(said, nameWords(p).map(stem)).length > 0);
}

/** Whether `name` is the path's last segment, a plural, in words (`Schools` of `/…/{id}/schools`). */
function namesLastSegment(name: string, path: string): boolean {
  const last = segments(path).at(-1) ?? '';
  if (isParameter(last) || !isPlural(last)) return false;
  const words = (text: string) =>
    nameWords(text)
      .map((w) => w.toLowerCase())
      .join(' ');
  return name !== '' && words(name) === words(staticText(last));
}

/** Each index of `said` at which the words of `run` stand in order. */
function runStarts(said: readonly string[], run: readonly string[]): number[] {
  return said.flatMap((_, i) => (run.every((w, j) => said[i + j] === w) ? [i] : []));
}

/**
 * Whether the operationId only spells its route, as a tool writes it: the HTTP method, then
 * the route's words, with a path parameter's whole (or, without any, the API's version:
 * GitLab's `getV3Projects`), and a tool's other marks (`showsTool`).
 */
function spelledFromRoute(all: readonly string[], input: MethodNameInput): boolean {
  if (echoesRouteText(input)) return true;
  // Twitter's `usersIdTweets` spells `/users/{id}/tweets` with no verb at all, and an id word
  // shows the tool (GitHub's `repos/merge` is a person's).
  const spelled =
    isMethod(all[0] ?? '', input) || saysMethod(all, input)
      ? spellsRoute(all, input)
      : !VERBS.has(verbOf(all)) &&
        all.some((w) => /^by$/i.test(w) || TOOL_ID_WORDS.has(w.toLowerCase())) &&
        startsWithCollection(all, input.path) &&
        spellsRoute(['', ...all], input);
  if (!spelled) return false;
  // Without a path parameter, a version, or `post` (no one's verb for making a thing) before two
  // of the route's segments of a collection, which a GET lists or that has items below it
  // (Mailchimp's `postEcommerceStores`; `postReveal` to `/pins/reveal` is an action's).
  if (input.pathParameters.length === 0)
    return (
      all.slice(1).some((w) => /^v\d+$/i.test(w)) ||
      (/^post$/i.test(all[0] ?? '') &&
        (input.siblings?.has('GET') === true ||
          (input.collections ?? input.parents).has(pathShape(input.path))) &&
        showsTool(all, input))
    );
  return (
    (spellsParameter(all, input) || idForParameter(all, input)) &&
    (showsTool(all, input) || endsInParameter(all, input))
  );
}

/**
 * Whether a name is the HTTP method, then every word of its route, its things and its parameters
 * in order: Files.com's `PostFilesPath` at `/files/{path}` (had been `files.postPath`). Not a
 * route of parameters alone: S3's `DeleteBucket` at `/{Bucket}` is a person's.
 */
function endsInParameter(all: readonly string[], input: MethodNameInput): boolean {
  const route = segments(input.path);
  if (!isMethod(all[0] ?? '', input) || route.every(isParameter)) return false;
  const spoken = route
    .flatMap((s) => (isParameter(s) ? parameterWords(s) : nameWords(staticText(s))))
    .map(stem);
  const said = all.slice(1).map(stem);
  return said.length === spoken.length && said.every((w, i) => w === spoken[i]);
}

/**
 * Whether the name is the HTTP method in capitals, then the route's own text, parameters and
 * all: SendGrid's `GET_contactdb-recipients-billable_count` (272 of its 322), the New York
 * Times' `GET_lists-best-sellers-history-json`. Only a tool writes a name so.
 */
function echoesRouteText({ name, path }: MethodNameInput): boolean {
  const words = (text: string) =>
    text
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean)
      .join(' ');
  const spelled = /^(?:GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS)[_-]+(.+)$/.exec(name)?.[1];
  if (spelled !== undefined) return words(spelled) === words(route(path));
  // HubSpot's: the method in lower case, then the route from the host on, the server's base path
  // before this one's (`get-/crm/v3/extensions/cards/{appId}`; had been `getCrmExtensionsCardsAppId`).
  const rooted = /^(?:get|put|post|delete|patch|head|options)-(\/.*)$/.exec(name)?.[1];
  if (rooted !== undefined) return ` ${words(rooted)}`.endsWith(` ${words(route(path))}`);
  // API Platform's: the route with `id` for each parameter, then the method in lower case
  // (`api_alert-log_id_get`, `api_alert-log_get_collection`; had been `apiGet`, `apiGetCollection`).
  const platform = /^(.+)_(?:get|put|post|delete|patch)(?:_collection)?$/.exec(name)?.[1];
  return (
    platform !== undefined && words(platform) === words(route(path).replace(/\{[^}]*\}/g, 'id'))
  );
}

/**
 * Whether the name puts an id word where the route has a parameter after a segment
 * (Mailchimp's `getAutomationsIdEmailsId` of `/automations/{workflow_id}/emails/{workflow_email_id}`):
 * a tool's stand-in for the parameter, whatever the parameter is called.
 */
function idForParameter(all: readonly string[], { path }: MethodNameInput): boolean {
  const said = all.map(stem);
  const route = segments(path);
  return route.some((segment, i) => {
    if (!isParameter(route[i + 1] ?? '') || isParameter(segment)) return false;
    const named = nameWords(staticText(segment)).map(stem);
    if (named.length === 0) return false;
    return runStarts(said, named).some((at) =>
      TOOL_ID_WORDS.has(all[at + named.length]?.toLowerCase() ?? ''),
    );
  });
}

/**
 * Whether a name spelling its route shows the tool that made it: a `By` or a version, an id
 * word after its collection's (`ListsId`), or two of the route's segments (`GetCustomersCustomerSources`).
 * S3's `PutBucketCors` (`/{Bucket}#cors`) is a name a person chose.
 */
function showsTool(all: readonly string[], { path }: MethodNameInput): boolean {
  // `By`, or the API's version (GitLab's `getV3Projects`).
  if (all.slice(1).some((w) => /^(?:by|v\d+)$/i.test(w))) return true;
  if (all.slice(2).some((w) => TOOL_ID_WORDS.has(w.toLowerCase()))) return true;
  // Two of its segments, in the path's order (`getDailyReport` of `/reports/daily` is a person's).
  const said = all.map(stem);
  let at = 0;
  let found = 0;
  for (const segment of segments(path).map(staticText)) {
    const first = nameWords(segment)[0];
    if (first === undefined) continue;
    const index = said.indexOf(stem(first), at);
    if (index === -1) continue;
    at = index + 1;
    found++;
  }
  return found >= 2;
}

const TOOL_ID_WORDS = new Set(['id', 'ids', 'key', 'hash', 'name', 'sid', 'slug', 'uuid']);
// Words a parameter uses for the item it picks, whatever the item is.
const ITEM_WORDS = new Set(['identifier', 'code', 'number', 'handle', 'token', 'ref', 'guid']);

/** Path segments that name things: version prefixes and file extensions left out. */
function segments(path: string): string[] {
  return route(path)
    .split('/')
    .filter((s) => s !== '' && !NOT_A_RESOURCE.test(s))
    .map((s) => s.replace(/\.(?:json|xml)$/i, ''));
}

/**
 * A segment that is a parameter, or one with a format (`{id}.json`) or a letter (`v{version}`)
 * beside it; a word with a parameter for its format is the word (TomTom's `geometryFilter.{ext}`
 * had made its methods' names spell the whole route).
 */
/** The words of a segment's parameters' names, in order (`{external_shipment_id}`: external shipment id). */
function parameterWords(segment: string): string[] {
  return [...segment.matchAll(/\{([^}]+)\}/g)].flatMap((m) => nameWords(m[1]!));
}

function isParameter(segment: string): boolean {
  return segment.includes('{') && !/[A-Za-z0-9]{2}/.test(staticText(segment));
}

/** Singular and plural read alike: `albums`/`album`, `policies`/`policy`, `Calls`/`call`, `people`/`person`. */
export function stem(word: string): string {
  const w = word.toLowerCase();
  if (w === 'people') return 'person';
  // Plural in form, one thing in use.
  if (/(?:series|species|kubernetes|news)$/.test(w)) return w;
  // The `-ie` words whose plural is `-ies` too (Trakt's `movies` had been `movy`).
  if (
    /(?:movie|cookie|zombie|rookie|selfie|hoodie|calorie|goalie|freebie|newbie|brownie)s$/.test(w)
  )
    return w.slice(0, -1);
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  // Google's `shelves/{shelf}`: the few `-lves` whose one is an `-lf` (a valve stays a valve).
  if (/(?:shel|hal|wol|cal)ves$/.test(w)) return `${w.slice(0, -3)}f`;
  if (w.length > 4 && /(?:ss|x|z|ch|sh)es$/.test(w)) return w.slice(0, -2);
  // `aliases`, `statuses`: their singulars end in `s`, which stays (`alias`, `status`).
  if (/(?:alias|bias|tus)es$/.test(w)) return w.slice(0, -2);
  if (/(?:alias|bias)$/.test(w)) return w;
  // A few singulars end in `i` (OSF's `wikis/{wiki_id}`).
  if (/(?:wiki|emoji|taxi)s$/.test(w)) return w.slice(0, -1);
  // Short plurals too (`ips`, `ids`); `ss`, `us` and `is` end singulars (`access`, `status`, `analysis`).
  if (w.length > 2 && /[^sui]s$/.test(w)) return w.slice(0, -1);
  return w;
}
