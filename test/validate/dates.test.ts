/**
 * `dates: 'Date'` against a node:http server: date and date-time strings of
 * responses (success bodies, error bodies, stream events) arrive as `Date`s,
 * however deep; request-side types and the wire keep strings; a date that is
 * not one throws a ResponseValidationError at its path; the types say `Date`
 * exactly where the conversion happens (strict tsc), and `z.infer` agrees.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../src/index.js';
import { CodegenError } from '../../src/diagnostics.js';
import { optionProblem, SDK_OPTIONS } from '../../src/options.js';
import { runCli } from '../helpers/cli.js';
import { useFixtureSdk } from '../helpers/fixture-sdk.js';
import { json, startServer, type Handler } from '../helpers/server.js';
import { typecheck } from '../helpers/typecheck.js';
import { writeEquivalenceChecks } from '../helpers/zod-equivalence.js';

const SPEC = 'test/fixtures/validate/dates.yaml';
const fixture = useFixtureSdk(SPEC, 'validate-dates', { validate: true, dates: 'Date' });

interface ValidationError extends Error {
  operation: string;
  issues: Array<{ path: string; message: string }>;
}
type Validate = { responses?: boolean; requests?: boolean };
type Call = { validate?: Validate };
interface CalendarSdk {
  CalendarClient: new (options: { baseUrl: string; maxRetries?: number; validate?: Validate }) => {
    days: {
      meetings: {
        list(day: string, params?: { since?: string }, options?: Call): Promise<unknown>;
        create(day: string, params: { body: unknown }): Promise<unknown>;
      };
    };
    clock: { get(options?: Call): Promise<unknown> };
    getReschedule(options?: Call): Promise<unknown>;
    feed: {
      watch(options?: Call): Promise<AsyncIterable<{ event: string; data: unknown }>>;
    };
  };
  ResponseValidationError: new (...args: never[]) => ValidationError;
  RequestValidationError: new (...args: never[]) => ValidationError;
  NotFoundError: new (...args: never[]) => Error & { body: unknown };
  InternalServerError: new (...args: never[]) => Error & { body: unknown };
}
const SDK_PATH = '../.tmp/validate-dates/index.js';
const sdk = (): Promise<CalendarSdk> => import(SDK_PATH) as Promise<CalendarSdk>;

async function calendar(handler: Handler, validate?: Validate) {
  const { CalendarClient } = await sdk();
  const server = fixture.serve(await startServer(handler));
  const client = new CalendarClient({
    baseUrl: server.url,
    maxRetries: 0,
    ...(validate && { validate }),
  });
  return { server, client };
}

const reply =
  (status: number, body: unknown): Handler =>
  (_, res) =>
    json(res, status, body);

const MEETING = {
  title: 'Standup',
  starts: '2024-05-01T09:30:00+02:00',
  day: '2024-05-01',
  ends: null,
  // Jira's offsets have no colon.
  reminders: ['2024-05-01T07:00:00Z', '2024-05-01T09:00:00.000+0200'],
  moved: { monday: '2024-04-29T09:30:00.250Z' },
  when: '2024-05-02',
  notes: '2024-05-03T00:00:00Z',
  // Not in the spec: kept as sent, never converted.
  added: '2024-05-04T00:00:00Z',
};

describe('dates: Date', () => {
  it('types say Date in responses and string in requests and parameters (strict tsc)', () => {
    const probe = join(fixture.out, 'probe.ts');
    writeFileSync(
      probe,
      [
        "import { CalendarClient, type Meeting, type MeetingInput, type Change, type Problem, type InternalServerError } from './index.js';",
        'const client = new CalendarClient();',
        "export const meetings: Promise<Meeting[]> = client.days.meetings.list('2024-05-01', { since: '2024-05-01T00:00:00Z' });",
        'export const starts = (m: Meeting): Date => m.starts;',
        'export const ends = (m: Meeting): Date | null | undefined => m.ends;',
        'export const moved = (m: Meeting): Date | undefined => m.moved?.["monday"];',
        'export const when = (m: Meeting): Date | number | undefined => m.when;',
        'export const notes = (m: Meeting): string | undefined => m.notes;',
        'export const clock: Promise<Date> = client.clock.get();',
        '// A text body is not read through its schema: its date stays a string.',
        'export const clockText: Promise<string> = client.clock.getText();',
        'export const at = (c: Change): Date | undefined => c.meeting?.reminders?.[0];',
        'export const problem = (e: InternalServerError<Problem>): Date | undefined => e.body.at;',
        "export const input: MeetingInput = { title: 'x', starts: '2024-05-01T09:30:00Z', day: '2024-05-01' };",
        "client.days.meetings.create('2024-05-01', { body: input });",
        '// @ts-expect-error a request sends strings: a Date is not one',
        "client.days.meetings.create('2024-05-01', { body: { title: 'x', starts: new Date() } });",
        '// @ts-expect-error a path parameter is sent as written',
        'client.days.meetings.list(new Date());',
        '// @ts-expect-error the response holds a Date, not a string',
        'export const wrong = (m: Meeting): string => m.starts;',
      ].join('\n'),
    );
    expect(typecheck([join(fixture.out, 'index.ts'), probe])).toEqual([]);
  });

  it('z.infer of each schema is its type, Date and all', () => {
    const { file, count } = writeEquivalenceChecks(fixture.out);
    // Meeting, Reschedule, Move, Named, NamedRequired, Change, Problem, and MeetingInput: only
    // a request holds a request-side twin.
    expect(count).toBe(8);
    expect(typecheck([file])).toEqual([]);
  });

  it('delivers every date of a response as a Date, however deep, and keeps the rest', async () => {
    const { client } = await calendar(reply(200, [MEETING]));
    const [meeting] = (await client.days.meetings.list('2024-05-01')) as Array<
      Record<string, unknown>
    >;
    expect(meeting).toEqual({
      ...MEETING,
      starts: new Date('2024-05-01T07:30:00Z'),
      day: new Date('2024-05-01T00:00:00Z'),
      reminders: [new Date('2024-05-01T07:00:00Z'), new Date('2024-05-01T07:00:00Z')],
      moved: { monday: new Date('2024-04-29T09:30:00.250Z') },
      when: new Date('2024-05-02T00:00:00Z'),
    });
    expect(meeting!.starts).toBeInstanceOf(Date);
  });

  // Linode's dates have no offset: every response had thrown (new-user trial). They are UTC,
  // never the user's own zone.
  it('reads a date-time without an offset as UTC', async () => {
    const { client } = await calendar(reply(200, '2018-01-01T00:01:01'));
    await expect(client.clock.get()).resolves.toEqual(new Date('2018-01-01T00:01:01Z'));
    const spaced = await calendar(reply(200, '2018-01-01 00:01'));
    await expect(spaced.client.clock.get()).resolves.toEqual(new Date('2018-01-01T00:01:00Z'));
  });

  // PostgreSQL writes an offset of whole hours as `+02`, which no `Date` reads: it had thrown.
  it('reads an offset of hours alone', async () => {
    const { client } = await calendar(reply(200, '2018-01-01T00:01:01+02'));
    await expect(client.clock.get()).resolves.toEqual(new Date('2017-12-31T22:01:01Z'));
    const spaced = await calendar(reply(200, '2018-01-01 00:01:01.5-05'));
    await expect(spaced.client.clock.get()).resolves.toEqual(new Date('2018-01-01T05:01:01.500Z'));
  });

  it('converts a body that is itself a date', async () => {
    const { client } = await calendar(reply(200, '2024-05-01T12:00:00Z'));
    await expect(client.clock.get()).resolves.toEqual(new Date('2024-05-01T12:00:00Z'));
  });

  it("converts the dates of an allOf's parts, and keeps every key", async () => {
    // Plaid's: zod had thrown merging one part's Date with another's passed-through string,
    // and the SDK had called that a connection error.
    const moved = {
      ...MEETING,
      movedAt: '2024-05-01T10:00:00Z',
      confirmed: '2024-05-01T11:00:00Z',
      extra: { at: '2024-05-05T00:00:00Z' },
    };
    const { client } = await calendar(reply(200, moved));
    await expect(client.getReschedule()).resolves.toEqual({
      ...moved,
      starts: new Date('2024-05-01T07:30:00Z'),
      day: new Date('2024-05-01T00:00:00Z'),
      reminders: [new Date('2024-05-01T07:00:00Z'), new Date('2024-05-01T07:00:00Z')],
      moved: { monday: new Date('2024-04-29T09:30:00.250Z') },
      when: new Date('2024-05-02T00:00:00Z'),
      movedAt: new Date('2024-05-01T10:00:00Z'),
      confirmed: new Date('2024-05-01T11:00:00Z'),
    });
  });

  it('a date that is not one throws a ResponseValidationError at its path', async () => {
    const { ResponseValidationError } = await sdk();
    const bad = { ...MEETING, reminders: ['2024-05-01T07:00:00Z', 'tomorrow'] };
    const { client } = await calendar(reply(200, [MEETING, bad]));
    const error = await client.days.meetings.list('2024-05-01').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ValidationError).issues).toEqual([
      { path: '$[1].reminders[1]', message: expect.stringMatching(/date-time/) },
    ]);
    const day = await (
      await calendar(reply(200, [{ ...MEETING, day: '2024-02-30' }]))
    ).client.days.meetings
      .list('2024-05-01')
      .catch((e: unknown) => e);
    expect((day as ValidationError).issues[0]?.path).toBe('$[0].day');
  });

  it('with response checks off, dates are still converted; a body that does not match arrives as sent', async () => {
    const off = { validate: { responses: false } };
    const { client } = await calendar(reply(200, [MEETING]));
    const [meeting] = (await client.days.meetings.list('2024-05-01', {}, off)) as Array<{
      starts: unknown;
    }>;
    expect(meeting!.starts).toEqual(new Date('2024-05-01T07:30:00Z'));
    const wrong = await calendar(reply(200, [{ ...MEETING, starts: 'soon' }]), off.validate);
    await expect(wrong.client.days.meetings.list('2024-05-01')).resolves.toEqual([
      { ...MEETING, starts: 'soon' },
    ]);
  });

  it('sends the request strings as given, and a request check reads a body as it is sent', async () => {
    const { RequestValidationError } = await sdk();
    const body = { title: 'Standup', starts: '2024-05-01T09:30:00Z', day: '2024-05-01' };
    const { client, server } = await calendar(reply(201, MEETING), { requests: true });
    const created = (await client.days.meetings.create('2024-05-01', { body })) as {
      starts: unknown;
    };
    expect(JSON.parse(server.received[0]!.body)).toEqual(body);
    expect(server.received[0]!.url).toBe('/days/2024-05-01/meetings');
    expect(created.starts).toBeInstanceOf(Date);
    // A Date goes as the text JSON makes of it, and is checked as that text.
    const at = new Date('2024-05-01T09:30:00Z');
    await client.days.meetings.create('2024-05-01', { body: { ...body, starts: at as never } });
    expect(JSON.parse(server.received[1]!.body)).toMatchObject({ starts: at.toISOString() });
    const error = await client.days.meetings
      .create('2024-05-01', { body: { ...body, starts: 5 as never } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as ValidationError).issues[0]?.path).toBe('$.starts');
    expect(server.received).toHaveLength(2);
  });

  it('converts the dates of an error body by its status, and throws the API error even when it does not match', async () => {
    const { InternalServerError, NotFoundError } = await sdk();
    const at = '2024-05-01T00:00:00Z';
    const problem = await calendar(reply(500, { detail: 'down', at }));
    const error = await problem.client.days.meetings.list('2024-05-01').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as { body: unknown }).body).toEqual({ detail: 'down', at: new Date(at) });
    // The 404's own schema says `at` is text: the default response's schema never reads it.
    const missing = await calendar(reply(404, { detail: 'no day', at }));
    const notFound = await missing.client.days.meetings.list('2024-05-01').catch((e: unknown) => e);
    expect(notFound).toBeInstanceOf(NotFoundError);
    expect((notFound as { body: unknown }).body).toEqual({ detail: 'no day', at });
    const odd = await calendar(reply(500, { detail: 3, at: 'then' }));
    const raw = await odd.client.days.meetings.list('2024-05-01').catch((e: unknown) => e);
    expect(raw).toBeInstanceOf(InternalServerError);
    expect((raw as { body: unknown }).body).toEqual({ detail: 3, at: 'then' });
  });

  it("converts each stream event's dates; a bad event ends the stream with a ResponseValidationError", async () => {
    const { ResponseValidationError } = await sdk();
    const events = [
      { at: '2024-05-01T09:00:00Z', meeting: { title: 'a', starts: '2024-05-01T10:00:00Z' } },
      { at: 'later' },
      { at: '2024-05-01T11:00:00Z' },
    ];
    const { client } = await calendar((_, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.end(events.map((e) => `data: ${JSON.stringify(e)}\n\n`).join(''));
    });
    const received: unknown[] = [];
    const error = await (async () => {
      for await (const event of await client.feed.watch()) received.push(event.data);
    })().catch((e: unknown) => e);
    expect(received).toEqual([
      {
        at: new Date('2024-05-01T09:00:00Z'),
        meeting: { title: 'a', starts: new Date('2024-05-01T10:00:00Z') },
      },
    ]);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ValidationError).message).toMatch(
      /^watchFeed: an event's data does not match the spec at \$\.at: /,
    );
  });
});

describe('the dates option', () => {
  it('on the command line without --validate: exit 2, one clear line, nothing written', async () => {
    const out = 'test/.tmp/dates-cli';
    const refused = await runCli(['generate', SPEC, '-o', out, '--dates', 'Date']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/--dates Date\) needs "validate": true \(--validate\)/);
    expect(existsSync(out)).toBe(false);
    const unknown = await runCli(['generate', SPEC, '-o', out, '--validate', '--dates', 'date']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/Allowed choices are string, Date/);
  });

  it('without validate is refused (exit 2), naming both options', async () => {
    const error = await generate({
      input: SPEC,
      output: 'test/.tmp/dates-refused',
      dates: 'Date',
      dryRun: true,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CodegenError);
    expect((error as Error).message).toMatch(/"dates": "Date" \(--dates Date\) needs "validate"/);
  });

  it('takes string or Date only', () => {
    const row = SDK_OPTIONS.find((r) => r.key === 'dates')!;
    expect(optionProblem(row, 'Date')).toBeUndefined();
    expect(optionProblem(row, 'date')).toBe('"dates" must be "string" or "Date"');
  });

  it('left out (or string), every type keeps strings', async () => {
    for (const dates of [undefined, 'string'] as const) {
      const { files } = await generate({
        input: SPEC,
        output: 'test/.tmp/dates-strings',
        validate: true,
        dates,
        dryRun: true,
      });
      const text = files
        .filter((f) => ['types.ts', 'schemas.ts', 'operations.ts'].includes(f.path))
        .map((f) => f.content)
        .join('\n');
      expect(text).not.toMatch(/\bDate\b|isoDate|MeetingInput/);
      expect(text).toMatch(/starts: string;/);
    }
  });
});

// GitHub's `alert-number` is readOnly: its path parameters are written as `AlertNumberInput`, which
// the modules had not imported (strict tsc failed on GitHub's SDK with `dates`).
const readOnlyPath = useFixtureSdk('test/fixtures/validate/read-only-path.yaml', 'read-only-path', {
  validate: true,
  dates: 'Date',
});

it('imports the request-side type a path parameter is written as', () => {
  expect(typecheck([join(readOnlyPath.out, 'index.ts')])).toEqual([]);
});
