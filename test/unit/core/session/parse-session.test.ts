import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  CORE_CAPABILITY,
  MAIL_CAPABILITY,
  TICKET_CAPABILITY,
  WEBSOCKET_CAPABILITY,
} from '../../../../src/core/session/jmap-session.ts';
import { parseSession } from '../../../../src/core/session/parse-session.ts';
import {
  CYRUS_RESOLVED_WS_URL,
  CYRUS_SESSION_URL,
  cyrusSession,
  DOUBLE_SLASH_TICKET_ENDPOINT,
  doubleSlashTicketSession,
  JAMES_ACCOUNT_ID,
  jamesDefaultPrefixSession,
  parsedSession,
  STALWART_SESSION_URL,
  STALWART_WS_URL,
  stalwartSession,
  supportsPushFalseSession,
  supportsPushMissingSession,
  TMAIL_BACKEND_SESSION_URL,
  TMAIL_BACKEND_TICKET_ENDPOINT,
  TMAIL_BACKEND_WS_URL,
  ticketSessionLevelOnlySession,
  tmailBackendSession,
} from '../../../fixtures/sessions.ts';

describe('parseSession: F1 tmail-backend', () => {
  const session = parsedSession(tmailBackendSession, TMAIL_BACKEND_SESSION_URL);

  test('keeps the session URL, identity and endpoints', () => {
    expect(session.sessionUrl).toBe(TMAIL_BACKEND_SESSION_URL);
    expect(session.username).toBe('alice@example.com');
    expect(session.apiUrl).toBe('https://jmap.example.com/jmap');
    expect(session.eventSourceUrl).toBe(
      'https://jmap.example.com/eventSource?types={types}&closeAfter={closeafter}&ping={ping}',
    );
    expect(session.state).toBe('2c9f1b12-b35a-43e6-9af2-0106fb53a943');
  });

  test('reads the session-level websocket and ticket capabilities', () => {
    expect(session.webSocket).toEqual({
      url: TMAIL_BACKEND_WS_URL,
      resolvedUrl: TMAIL_BACKEND_WS_URL,
      supportsPush: true,
    });
    expect(session.ticket).toEqual({
      generationEndpoint: TMAIL_BACKEND_TICKET_ENDPOINT,
      revocationEndpoint: TMAIL_BACKEND_TICKET_ENDPOINT,
      advertisedGenerationEndpoint: TMAIL_BACKEND_TICKET_ENDPOINT,
      advertisedRevocationEndpoint: TMAIL_BACKEND_TICKET_ENDPOINT,
    });
    expect(session.capabilityIds).toContain(TICKET_CAPABILITY);
    expect(session.rawCapabilities[WEBSOCKET_CAPABILITY]).toEqual({ supportsPush: true, url: TMAIL_BACKEND_WS_URL });
  });

  test('reads the account and its capabilities', () => {
    expect(session.accounts).toHaveLength(1);
    const [account] = session.accounts;
    expect(account?.id).toBe(JAMES_ACCOUNT_ID);
    expect(account?.name).toBe('alice@example.com');
    expect(account?.capabilityIds).toEqual(expect.arrayContaining([WEBSOCKET_CAPABILITY, TICKET_CAPABILITY]));
    expect(account?.webSocket?.supportsPush).toBe(true);
    expect(account?.ticket?.generationEndpoint).toBe(TMAIL_BACKEND_TICKET_ENDPOINT);
  });

  test('takes the primary mail account', () => {
    expect(session.primaryAccountId).toBe(JAMES_ACCOUNT_ID);
    expect(session.primaryAccounts[MAIL_CAPABILITY]).toBe(JAMES_ACCOUNT_ID);
  });
});

describe('parseSession: server variants', () => {
  test('Stalwart: session websocket with supportsPush true, account websocket {} (FACTS §4)', () => {
    const session = parsedSession(stalwartSession, STALWART_SESSION_URL);
    expect(session.webSocket).toEqual({ url: STALWART_WS_URL, resolvedUrl: STALWART_WS_URL, supportsPush: true });
    expect(session.ticket).toBeUndefined();
    const [account] = session.accounts;
    expect(account?.webSocket).toEqual({});
    expect(account?.rawCapabilities[WEBSOCKET_CAPABILITY]).toEqual({});
    expect(session.primaryAccountId).toBe('b');
  });

  test('Cyrus: host-less wss:/jmap/ws/ resolves against the session origin, relative apiUrl kept (FACTS §5)', () => {
    const session = parsedSession(cyrusSession, CYRUS_SESSION_URL);
    expect(session.webSocket).toEqual({ url: 'wss:/jmap/ws/', resolvedUrl: CYRUS_RESOLVED_WS_URL, supportsPush: true });
    expect(session.apiUrl).toBe('/jmap/');
  });

  test('Cyrus without a session URL: the advertised URL is kept, the resolved one is absent', () => {
    const session = parsedSession(cyrusSession);
    expect(session.sessionUrl).toBeUndefined();
    expect(session.webSocket).toEqual({ url: 'wss:/jmap/ws/', supportsPush: true });
  });

  test('James default prefix ws://localhost stays ws://', () => {
    expect(parsedSession(jamesDefaultPrefixSession).webSocket?.resolvedUrl).toBe('ws://localhost/jmap/ws');
  });

  test('supportsPush is kept as advertised: false, or absent', () => {
    expect(parsedSession(supportsPushFalseSession).webSocket?.supportsPush).toBe(false);
    const missing = parsedSession(supportsPushMissingSession).webSocket;
    expect(missing).toBeDefined();
    expect(missing && 'supportsPush' in missing).toBe(false);
  });

  test('a ticket capability only at session level', () => {
    const session = parsedSession(ticketSessionLevelOnlySession);
    expect(session.ticket?.generationEndpoint).toBe(TMAIL_BACKEND_TICKET_ENDPOINT);
    expect(session.accounts[0]?.ticket).toBeUndefined();
    expect(session.accounts[0]?.capabilityIds).not.toContain(TICKET_CAPABILITY);
  });

  test('double-slash ticket endpoints are collapsed, the advertised value kept (ADR 0087)', () => {
    const { ticket } = parsedSession(doubleSlashTicketSession, TMAIL_BACKEND_SESSION_URL);
    expect(ticket?.generationEndpoint).toBe(TMAIL_BACKEND_TICKET_ENDPOINT);
    expect(ticket?.revocationEndpoint).toBe(TMAIL_BACKEND_TICKET_ENDPOINT);
    expect(ticket?.advertisedGenerationEndpoint).toBe(DOUBLE_SLASH_TICKET_ENDPOINT);
  });
});

describe('parseSession: edge cases', () => {
  test('accepts the JSON text of a session', () => {
    const parsed = parseSession(JSON.stringify(stalwartSession), STALWART_SESSION_URL);
    expect(parsed.ok && parsed.session.webSocket?.url).toBe(STALWART_WS_URL);
  });

  test('falls back to the core primary account when there is no mail one', () => {
    const parsed = parseSession({ capabilities: {}, primaryAccounts: { [CORE_CAPABILITY]: 'c1', other: 7 } });
    expect(parsed.ok && parsed.session.primaryAccountId).toBe('c1');
    expect(parsed.ok && parsed.session.primaryAccounts).toEqual({ [CORE_CAPABILITY]: 'c1' });
  });

  test('a minimal session: no accounts, no primary account, no optional fields', () => {
    const parsed = parseSession({ capabilities: {} });
    expect(parsed).toEqual({
      ok: true,
      session: { capabilityIds: [], rawCapabilities: {}, accounts: [], primaryAccounts: {} },
    });
  });

  test('skips accounts that are not objects and tolerates odd members', () => {
    const parsed = parseSession({
      capabilities: { [WEBSOCKET_CAPABILITY]: 'yes', [TICKET_CAPABILITY]: [] },
      accounts: { a: 1, b: { name: 5, accountCapabilities: 'none' } },
      primaryAccounts: [],
      username: 9,
    });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.session.webSocket).toEqual({});
    expect(parsed.session.ticket).toEqual({});
    expect(parsed.session.accounts).toEqual([{ id: 'b', capabilityIds: [], rawCapabilities: {} }]);
    expect(parsed.session.username).toBeUndefined();
  });

  test('an unusable ticket endpoint keeps only the advertised value', () => {
    const parsed = parseSession({ capabilities: { [TICKET_CAPABILITY]: { generationEndpoint: '/jmap/ws/ticket' } } });
    expect(parsed.ok && parsed.session.ticket).toEqual({ advertisedGenerationEndpoint: '/jmap/ws/ticket' });
  });

  test('a relative ticket endpoint resolves against the session URL', () => {
    const parsed = parseSession(
      { capabilities: { [TICKET_CAPABILITY]: { generationEndpoint: '/jmap//ws/ticket' } } },
      TMAIL_BACKEND_SESSION_URL,
    );
    expect(parsed.ok && parsed.session.ticket?.generationEndpoint).toBe(TMAIL_BACKEND_TICKET_ENDPOINT);
  });

  test('does not mistake prototype members for capabilities', () => {
    const parsed = parseSession(JSON.parse('{"capabilities":{"__proto__":{"x":1}},"accounts":{"constructor":{}}}'));
    expect(parsed.ok && parsed.session.capabilityIds).toEqual(['__proto__']);
    expect(parsed.ok && parsed.session.accounts.map((account) => account.id)).toEqual(['constructor']);
    expect(parsed.ok && parsed.session.webSocket).toBeUndefined();
  });
});

describe('parseSession: errors', () => {
  test.each([
    [null, 'not a JMAP session: expected a JSON object, got null'],
    [[], 'not a JMAP session: expected a JSON object, got array'],
    [42, 'not a JMAP session: expected a JSON object, got number'],
    [undefined, 'not a JMAP session: expected a JSON object, got undefined'],
    ['"text"', 'not a JMAP session: expected a JSON object, got string'],
    ['{not json', 'not a JMAP session: the text is not valid JSON'],
    [{}, 'not a JMAP session: no capabilities object'],
    [{ capabilities: [] }, 'not a JMAP session: no capabilities object'],
    [{ capabilities: null }, 'not a JMAP session: no capabilities object'],
  ])('%j → %s', (input, error) => {
    expect(parseSession(input)).toEqual({ ok: false, error });
  });

  test('never throws on arbitrary JSON values, with or without a session URL', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.option(fc.oneof(fc.string(), fc.webUrl())), (json, url) => {
        const parsed = parseSession(json, url ?? undefined);
        expect(typeof parsed.ok).toBe('boolean');
      }),
    );
  });

  test('never throws on session-shaped JSON with arbitrary capability values', () => {
    const capability = fc.oneof(
      fc.jsonValue(),
      fc.record({ url: fc.oneof(fc.string(), fc.webUrl(), fc.jsonValue()), supportsPush: fc.jsonValue() }),
      fc.record({ generationEndpoint: fc.oneof(fc.string(), fc.webUrl()), revocationEndpoint: fc.jsonValue() }),
    );
    const capabilities = fc.dictionary(
      fc.constantFrom(WEBSOCKET_CAPABILITY, TICKET_CAPABILITY, MAIL_CAPABILITY),
      capability,
    );
    const shaped = fc.record({
      capabilities,
      accounts: fc.dictionary(fc.string(), fc.record({ name: fc.jsonValue(), accountCapabilities: capabilities })),
      primaryAccounts: fc.dictionary(fc.constantFrom(MAIL_CAPABILITY, CORE_CAPABILITY), fc.jsonValue()),
    });
    fc.assert(
      fc.property(shaped, fc.webUrl(), (json, url) => {
        expect(parseSession(json, url).ok).toBe(true);
      }),
    );
  });

  test('never throws on arbitrary strings', () => {
    fc.assert(fc.property(fc.string(), (text) => void parseSession(text)));
  });
});
