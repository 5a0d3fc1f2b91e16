import { describe, expect, it } from 'vitest';
import { isRetryableStatus, retryDelay } from '../../templates/runtime/retry.js';
import { encodePath, joinUrl } from '../../templates/runtime/path.js';

describe('retry policy', () => {
  const sent = (method: string, headers: Record<string, string> = {}) => ({
    method,
    headers: new Headers(headers),
  });

  it('retries 408, 429 and 5xx, and a 409 of a request with an idempotency key, only', () => {
    for (const method of ['GET', 'PUT', 'DELETE']) {
      expect([408, 429, 500, 502, 503, 599].every((s) => isRetryableStatus(s, sent(method)))).toBe(
        true,
      );
      expect([400, 401, 403, 404, 409, 422].some((s) => isRetryableStatus(s, sent(method)))).toBe(
        false,
      );
    }
    // A 409 only where the request carries an idempotency key (two new users: a name taken).
    expect(isRetryableStatus(409, sent('POST', { 'Idempotency-Key': 'k' }))).toBe(true);
    expect(isRetryableStatus(409, sent('PUT', { 'X-Stripe-Idempotency-Key': 'k' }))).toBe(true);
    expect(isRetryableStatus(409, sent('POST', { Authorization: 'Bearer k' }))).toBe(false);
  });

  // New-user trial: GitHub's rate limits are 403s, which had failed at once.
  it('retries a 403 that says it is a rate limit, at its reset', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    const limited = new Headers({
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(now / 1000 + 5),
    });
    expect(isRetryableStatus(403, sent('GET'), limited)).toBe(true);
    expect(retryDelay(1, limited, 403, now)).toBe(5000);
    expect(isRetryableStatus(403, sent('POST'), new Headers({ 'retry-after': '2' }))).toBe(true);
    // A 403 of a permission is final.
    expect(
      isRetryableStatus(403, sent('GET'), new Headers({ 'x-ratelimit-remaining': '4999' })),
    ).toBe(false);
    expect(isRetryableStatus(403, sent('GET'))).toBe(false);
  });

  // Three new users: bunq's payment, WhatsApp's message and dev.to's article had gone twice.
  it('sends a POST or PATCH again only where it was not done, or it carries an idempotency key', () => {
    for (const method of ['POST', 'PATCH']) {
      expect([408, 429, 503].every((s) => isRetryableStatus(s, sent(method)))).toBe(true);
      expect([500, 502, 504].some((s) => isRetryableStatus(s, sent(method)))).toBe(false);
      expect(isRetryableStatus(500, sent(method, { 'Idempotency-Key': 'k' }))).toBe(true);
      // Red team: an empty key keys nothing.
      expect(isRetryableStatus(500, sent(method, { 'Idempotency-Key': '' }))).toBe(false);
    }
    // As the server reads the method: a POST said to be a GET (Amadeus'), a PUT said to be a POST.
    expect(isRetryableStatus(500, sent('POST', { 'X-HTTP-Method-Override': 'GET' }))).toBe(true);
    expect(isRetryableStatus(500, sent('PUT', { 'X-HTTP-Method-Override': 'POST' }))).toBe(false);
  });

  it('honours retry-after-ms, Retry-After seconds and Retry-After dates', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryDelay(1, new Headers({ 'retry-after-ms': '250' }), 503, now)).toBe(250);
    expect(retryDelay(1, new Headers({ 'retry-after': '3' }), 503, now)).toBe(3000);
    expect(
      retryDelay(1, new Headers({ 'retry-after': 'Thu, 01 Jan 2026 00:00:05 GMT' }), 503, now),
    ).toBe(5000);
  });

  // Twitter's 429 said its window lifts in 15 minutes; the SDK had tried twice within a second.
  it("honours a 429's rate-limit reset, and retries no sooner than a server asks past a minute", () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    const inSeconds = (s: number) => String(now / 1000 + s);
    expect(retryDelay(1, new Headers({ 'x-ratelimit-reset': inSeconds(2) }), 429, now)).toBe(2000);
    expect(retryDelay(1, new Headers({ 'x-rate-limit-reset': inSeconds(5) }), 429, now)).toBe(5000);
    // The IETF draft's `RateLimit-Reset`: Zuora's seconds from now, DigitalOcean's epoch second.
    expect(retryDelay(1, new Headers({ 'RateLimit-Reset': '2' }), 429, now)).toBe(2000);
    expect(retryDelay(1, new Headers({ 'ratelimit-reset': inSeconds(4) }), 429, now)).toBe(4000);
    // A reset of none is no pause asked for: the backoff's (red team: 6 tries in 20 ms).
    for (const none of ['0', '', ' ', '-0', '-1'])
      expect(retryDelay(1, new Headers({ 'RateLimit-Reset': none }), 429, now)).toBeGreaterThan(
        300,
      );
    expect(retryDelay(1, new Headers({ 'x-ratelimit-reset': String(now + 7000) }), 429, now)).toBe(
      7000,
    );
    // Vimeo's, the date it lifts: its retry had come after the backoff's half second (new user).
    const lifts = new Date(now + 2000).toISOString();
    expect(retryDelay(1, new Headers({ 'x-ratelimit-reset': lifts }), 429, now)).toBe(2000);
    // Loose text V8 reads as a date of 2001 is none (red team: a header sent twice, `5, 5`, had
    // stopped the retries).
    for (const loose of ['5, 5', 'Jan 1', '1990-01-01'])
      expect(retryDelay(1, new Headers({ 'x-ratelimit-reset': loose }), 429, now)).toBeGreaterThan(
        300,
      );
    expect(retryDelay(1, new Headers({ 'x-ratelimit-reset': inSeconds(900) }), 429, now)).toBe(
      undefined,
    );
    expect(retryDelay(1, new Headers({ 'retry-after': '99999' }), 503, now)).toBe(undefined);
    // Seconds from now (red team: 120 had read as an epoch past), and not after a `Retry-After: 0`.
    expect(retryDelay(1, new Headers({ 'x-ratelimit-reset': '120' }), 429, now)).toBe(undefined);
    expect(retryDelay(1, new Headers({ 'x-ratelimit-reset': '3' }), 429, now)).toBe(3000);
    expect(
      retryDelay(
        1,
        new Headers({ 'retry-after': '0', 'x-ratelimit-reset': inSeconds(3600) }),
        429,
        now,
      ),
    ).toBe(undefined);
    // A reset on another status is the limit's, not a pause asked for (GitHub sends it on each).
    expect(
      retryDelay(1, new Headers({ 'x-ratelimit-reset': inSeconds(900) }), 503, now),
    ).toBeLessThanOrEqual(500);
  });

  it('backs off exponentially with jitter when the server says nothing (or nothing usable)', () => {
    for (const attempt of [1, 2, 3]) {
      const d = retryDelay(attempt, new Headers({ 'retry-after': 'soon' }))!;
      expect(d).toBeGreaterThanOrEqual(500 * 2 ** (attempt - 1) * 0.75);
      expect(d).toBeLessThanOrEqual(500 * 2 ** (attempt - 1));
    }
    expect(retryDelay(20)!).toBeLessThanOrEqual(8000);
  });

  it('leaves a pause of 0, an empty header and a past date to the backoff', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    for (const headers of [
      { 'retry-after': '0' },
      { 'retry-after-ms': '0' },
      { 'retry-after': '' },
      { 'retry-after': 'Wed, 31 Dec 2025 23:59:00 GMT' },
    ])
      expect(retryDelay(1, new Headers(headers), 503, now)).toBeGreaterThanOrEqual(375);
  });
});

describe('paths and URLs', () => {
  it('percent-encodes every interpolated value', () => {
    expect(encodePath`/a/${'x/y?z#w%'}/b/${42}`).toBe('/a/x%2Fy%3Fz%23w%25/b/42');
  });

  it('keeps the base URL path (new URL would drop /v2)', () => {
    expect(joinUrl('https://h.example/v2', '/things').href).toBe('https://h.example/v2/things');
    expect(joinUrl('https://h.example/v2/', '/things').href).toBe('https://h.example/v2/things');
  });
});
