import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type HttpExchange, recognizeExchange } from '../../../../src/core/capture/recognize-exchange.ts';
import { F1_MINT_AT, F1_TICKET_MINT, F2_JWT, F3_BASIC } from '../../../fixtures/handshakes.ts';
import { SESSION_FIXTURES, TMAIL_BACKEND_TICKET_ENDPOINT } from '../../../fixtures/sessions.ts';

/** SCENARIOS F1 step 1: the answer of `POST https://jmap.example.com/jmap/ws/ticket`, verbatim. */
const F1_TICKET_ANSWER =
  '{"value":"6f1c2b9e-8d4a-4c7e-9b1a-2f3e4d5c6b7a","clientAddress":"10.0.0.5",\n' +
  ' "generatedOn":"2026-08-20T09:00:00.000Z","validUntil":"2026-08-20T09:01:00.000Z","username":"alice@example.com"}';

const ticketPost = (changes: Partial<HttpExchange> = {}): HttpExchange => ({
  method: 'POST',
  url: TMAIL_BACKEND_TICKET_ENDPOINT,
  status: 200,
  startedAt: F1_MINT_AT,
  requestHeaders: [
    { name: 'Authorization', value: `Bearer ${F2_JWT}` },
    { name: 'Accept', value: 'application/json;jmapVersion=rfc-8621' },
    { name: 'Content-Type', value: 'application/json' },
  ],
  responseBody: F1_TICKET_ANSWER,
  ...changes,
});

const withAuthorization = (value: string) => ticketPost({ requestHeaders: [{ name: 'authorization', value }] });

const sessionGet = (body: string, changes: Partial<HttpExchange> = {}): HttpExchange => ({
  method: 'GET',
  url: 'https://jmap.example.com/jmap/session',
  status: 200,
  startedAt: F1_MINT_AT - 1_000,
  requestHeaders: [],
  responseBody: body,
  ...changes,
});

describe('recognizeExchange: ticket POSTs', () => {
  test('the F1 mint answer becomes the F1 ticket mint, with the scheme and never the credential', () => {
    const recognized = recognizeExchange(ticketPost());
    expect(recognized).toEqual({ kind: 'ticket', mint: F1_TICKET_MINT });
    expect(JSON.stringify(recognized)).not.toContain(F2_JWT);
  });

  test.each([
    ['Basic', `Basic ${F3_BASIC}`],
    ['Bearer', `  Bearer ${F2_JWT}`],
    ['Token', 'Token abc'],
  ])('the scheme of %s credentials is kept', (scheme, value) => {
    const recognized = recognizeExchange(withAuthorization(value));
    expect(recognized).toMatchObject({ kind: 'ticket', mint: { authScheme: scheme } });
    expect(JSON.stringify(recognized)).not.toContain(value.trim().split(/\s+/)[1]);
  });

  test.each([
    ['a bare token', F2_JWT],
    ['a bare Basic value', F3_BASIC],
    ['a scheme with nothing after it', 'Bearer'],
    ['a scheme word longer than any scheme', `${'A'.repeat(21)} value`],
    ['an empty header', ''],
  ])('no scheme from %s', (_name, value) => {
    const recognized = recognizeExchange(withAuthorization(value));
    expect(recognized?.kind).toBe('ticket');
    expect(recognized).not.toHaveProperty('mint.authScheme');
    if (value) expect(JSON.stringify(recognized)).not.toContain(value);
  });

  test('no scheme without an Authorization header', () => {
    expect(recognizeExchange(ticketPost({ requestHeaders: [] }))).not.toHaveProperty('mint.authScheme');
  });

  test('a lower-case method still counts; fields that are not text are left out', () => {
    const body = JSON.stringify({ value: 'abc', validUntil: 1, clientAddress: '10.0.0.5', username: null });
    expect(recognizeExchange(ticketPost({ method: 'post', responseBody: body }))).toMatchObject({
      kind: 'ticket',
      mint: { ticket: { value: 'abc', clientAddress: '10.0.0.5', validUntil: undefined, username: undefined } },
    });
  });

  test.each([
    ['a GET', ticketPost({ method: 'GET' })],
    ['no value', ticketPost({ responseBody: '{"validUntil":"2026-08-20T09:01:00.000Z"}' })],
    ['an empty value', ticketPost({ responseBody: '{"value":"","validUntil":"x"}' })],
    ['a value that is not text', ticketPost({ responseBody: '{"value":42,"validUntil":"x"}' })],
    ['neither validUntil nor clientAddress', ticketPost({ responseBody: '{"value":"abc"}' })],
    ['a 401', ticketPost({ status: 401 })],
    ['a 500', ticketPost({ status: 500 })],
    ['a redirect', ticketPost({ status: 302 })],
  ])('not a ticket: %s', (_name, exchange) => {
    expect(recognizeExchange(exchange)).toBeUndefined();
  });
});

describe('recognizeExchange: JMAP sessions', () => {
  test.each(SESSION_FIXTURES.map((fixture) => [fixture.name, fixture] as const))('%s', (_name, fixture) => {
    const body = JSON.stringify(fixture.json);
    expect(recognizeExchange(sessionGet(body, { url: fixture.sessionUrl }))).toEqual({
      kind: 'session',
      url: fixture.sessionUrl,
      at: F1_MINT_AT - 1_000,
      body,
    });
  });

  test('a session with leading white space is still one', () => {
    const body = `\n  ${JSON.stringify(SESSION_FIXTURES[0]?.json)}`;
    expect(recognizeExchange(sessionGet(body))?.kind).toBe('session');
  });

  const session = SESSION_FIXTURES[0]?.json ?? {};
  test.each([
    ['a 401', sessionGet(JSON.stringify(session), { status: 401 })],
    ['a 404', sessionGet(JSON.stringify(session), { status: 404 })],
    ['an HTML page', sessionGet('<!doctype html><title>Login</title>')],
    ['broken JSON', sessionGet('{"capabilities":')],
    ['a JSON array', sessionGet(JSON.stringify([session]))],
    ['JSON null', sessionGet('null')],
    ['capabilities as an array', sessionGet(JSON.stringify({ ...session, capabilities: [] }))],
    ['accounts missing', sessionGet(JSON.stringify({ ...session, accounts: undefined }))],
    ['no apiUrl', sessionGet(JSON.stringify({ ...session, apiUrl: undefined }))],
    ['no body', sessionGet('', { responseBody: undefined })],
    ['a body over 2 MB', sessionGet(`${JSON.stringify(session)}${' '.repeat(2 * 1024 * 1024)}`)],
    ['a method response', sessionGet('{"methodResponses":[],"sessionState":"s1"}')],
  ])('not a session: %s', (_name, exchange) => {
    expect(recognizeExchange(exchange)).toBeUndefined();
  });
});

describe('recognizeExchange never throws', () => {
  test('on arbitrary bodies, statuses, methods and headers', () => {
    const header = fc.record({ name: fc.constantFrom('Authorization', 'authorization', 'Accept'), value: fc.string() });
    const exchange = fc.record({
      method: fc.constantFrom('GET', 'POST', 'post', 'PUT'),
      url: fc.webUrl(),
      status: fc.integer({ min: 0, max: 600 }),
      startedAt: fc.nat(),
      requestHeaders: fc.array(header, { maxLength: 3 }),
      responseBody: fc.option(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        {
          nil: undefined,
        },
      ),
    });
    fc.assert(
      fc.property(exchange, (value) => {
        const recognized = recognizeExchange(value);
        if (recognized) expect(['session', 'ticket']).toContain(recognized.kind);
      }),
    );
  });
});
