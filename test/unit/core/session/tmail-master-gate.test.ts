import { describe, expect, test } from 'vitest';
import { TICKET_CAPABILITY, WEBSOCKET_CAPABILITY } from '../../../../src/core/session/jmap-session.ts';
import { SILENT_FAILURE, tmailMasterGate } from '../../../../src/core/session/tmail-master-gate.ts';
import {
  CYRUS_SESSION_URL,
  cyrusSession,
  everyCapabilityMap,
  JAMES_SESSION_URL,
  jamesSession,
  parsedSession,
  STALWART_SESSION_URL,
  stalwartSession,
  supportsPushFalseSession,
  supportsPushMissingSession,
  TMAIL_BACKEND_SESSION_URL,
  ticketSessionLevelOnlySession,
  tmailBackendSession,
} from '../../../fixtures/sessions.ts';

const TICKET_PROPERTIES = { generationEndpoint: 'https://mail.example.org/jmap/ws/ticket' };

function gate(json: Record<string, unknown>, url = TMAIL_BACKEND_SESSION_URL) {
  return tmailMasterGate(parsedSession(json, url));
}

describe('tmailMasterGate: passes', () => {
  test('F1 tmail-backend: both capabilities in the account, supportsPush true read from the account', () => {
    const result = gate(tmailBackendSession);
    expect(result.passed).toBe(true);
    expect(result.passed && result.supportsPush).toEqual({ value: true, source: 'account' });
  });

  test("supportsPush falls back to the session level when the account's websocket capability is {}", () => {
    const stalwartWithTicket = structuredClone(stalwartSession);
    const account = (stalwartWithTicket.accounts as Record<string, { accountCapabilities: Record<string, unknown> }>).b;
    if (account) account.accountCapabilities[TICKET_CAPABILITY] = TICKET_PROPERTIES;
    const result = gate(stalwartWithTicket, STALWART_SESSION_URL);
    expect(result.passed && result.supportsPush).toEqual({ value: true, source: 'session' });
  });
});

describe('tmailMasterGate: blocked, silently (F7)', () => {
  test('Stalwart: no ticket capability, so no push transport at all and no error shown', () => {
    const result = gate(stalwartSession, STALWART_SESSION_URL);
    expect(result).toMatchObject({ passed: false, blocker: 'no-ticket-capability', accountId: 'b' });
    expect(!result.passed && result.explanation).toContain(SILENT_FAILURE);
    expect(!result.passed && result.explanation).not.toContain('session-level');
  });

  test('stock James: no ticket capability', () => {
    expect(gate(jamesSession, JAMES_SESSION_URL)).toMatchObject({ passed: false, blocker: 'no-ticket-capability' });
  });

  test('a ticket capability only at session level does not count: requireCapability reads accounts only', () => {
    const result = gate(ticketSessionLevelOnlySession);
    expect(result).toMatchObject({ passed: false, blocker: 'no-ticket-capability' });
    expect(!result.passed && result.explanation).toContain('the session-level capability is not consulted');
  });

  test('Cyrus: the websocket capability is not in the account', () => {
    const result = gate(cyrusSession, CYRUS_SESSION_URL);
    expect(result).toMatchObject({ passed: false, blocker: 'no-websocket-capability', accountId: 'alice' });
    expect(!result.passed && result.explanation).toContain('the session-level capability is not consulted');
  });

  test('no websocket capability anywhere', () => {
    const result = gate({
      capabilities: {},
      accounts: { a: { accountCapabilities: {} } },
      primaryAccounts: { 'urn:ietf:params:jmap:mail': 'a' },
    });
    expect(result).toMatchObject({ passed: false, blocker: 'no-websocket-capability' });
    expect(!result.passed && result.explanation).not.toContain('not consulted');
  });

  test('supportsPush false', () => {
    const result = gate(supportsPushFalseSession);
    expect(result).toMatchObject({
      passed: false,
      blocker: 'supports-push-not-true',
      supportsPush: { value: false, source: 'account' },
    });
    expect(!result.passed && result.explanation).toContain(
      'supportsPush is false in the account-level websocket capability',
    );
  });

  test('supportsPush missing: the gate needs exactly true', () => {
    const result = gate(supportsPushMissingSession);
    expect(result).toMatchObject({ passed: false, blocker: 'supports-push-not-true' });
    expect(!result.passed && result.explanation).toContain('supportsPush is missing');
  });

  test('supportsPush "true" as a string is not true', () => {
    const json = everyCapabilityMap(tmailBackendSession, (capabilities) => {
      capabilities[WEBSOCKET_CAPABILITY] = { url: 'wss://jmap.example.com/jmap/ws', supportsPush: 'true' };
    });
    const result = gate(json);
    expect(!result.passed && result.explanation).toContain('supportsPush is string (not the boolean true)');
  });

  test('an empty account websocket capability with no session-level one reads no properties', () => {
    const json = {
      capabilities: { [TICKET_CAPABILITY]: TICKET_PROPERTIES },
      accounts: { a: { accountCapabilities: { [WEBSOCKET_CAPABILITY]: {}, [TICKET_CAPABILITY]: TICKET_PROPERTIES } } },
      primaryAccounts: { 'urn:ietf:params:jmap:mail': 'a' },
    };
    const result = gate(json);
    expect(result).toMatchObject({
      passed: false,
      blocker: 'supports-push-not-true',
      supportsPush: { value: undefined },
    });
    expect(!result.passed && result.explanation).toContain('in no websocket capability properties');
  });

  test('no primary mail account', () => {
    const result = gate({ capabilities: {} });
    expect(result).toMatchObject({ passed: false, blocker: 'no-primary-account' });
    expect(!result.passed && result.explanation).toMatch(/^The session names no primary mail account/);
  });

  test('a primary account that is not listed', () => {
    const result = gate({ capabilities: {}, accounts: {}, primaryAccounts: { 'urn:ietf:params:jmap:mail': 'gone' } });
    expect(!result.passed && result.explanation).toMatch(/^The primary mail account is not in accounts/);
  });
});
