import { describe, expect, test } from 'vitest';
import type { JmapAccount } from '../../../../src/core/session/jmap-session.ts';
import {
  tmailTicketProperties,
  tmailWebSocketProperties,
} from '../../../../src/core/session/tmail-capability-properties.ts';
import {
  parsedSession,
  STALWART_SESSION_URL,
  stalwartSession,
  TMAIL_BACKEND_SESSION_URL,
  TMAIL_BACKEND_TICKET_ENDPOINT,
  ticketSessionLevelOnlySession,
  tmailBackendSession,
} from '../../../fixtures/sessions.ts';

function firstAccount(accounts: readonly JmapAccount[]): JmapAccount {
  const [account] = accounts;
  if (!account) throw new Error('fixture has no account');
  return account;
}

describe("TMail's getCapabilityProperties", () => {
  test('reads the account capability when it has properties', () => {
    const session = parsedSession(tmailBackendSession, TMAIL_BACKEND_SESSION_URL);
    const read = tmailWebSocketProperties(session, firstAccount(session.accounts));
    expect(read.source).toBe('account');
    expect(read.properties?.supportsPush).toBe(true);
  });

  test("falls back to the session level when the account's is empty (Stalwart {})", () => {
    const session = parsedSession(stalwartSession, STALWART_SESSION_URL);
    const read = tmailWebSocketProperties(session, firstAccount(session.accounts));
    expect(read).toEqual({ source: 'session', properties: session.webSocket });
  });

  test("falls back to the session level when the account's is missing", () => {
    const session = parsedSession(ticketSessionLevelOnlySession, TMAIL_BACKEND_SESSION_URL);
    const read = tmailTicketProperties(session, firstAccount(session.accounts));
    expect(read.source).toBe('session');
    expect(read.properties?.generationEndpoint).toBe(TMAIL_BACKEND_TICKET_ENDPOINT);
  });

  test('finds nothing when neither level has it', () => {
    const session = parsedSession(stalwartSession, STALWART_SESSION_URL);
    expect(tmailTicketProperties(session, firstAccount(session.accounts))).toEqual({});
  });
});
