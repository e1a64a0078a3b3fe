import { describe, expect, test } from 'vitest';
import { connectionFacts } from '../../../../../src/core/diagnosis/connection-facts.ts';
import { pushUnsupported, sessionPushCause } from '../../../../../src/core/diagnosis/rules/push-unsupported.ts';
import type { JmapSession } from '../../../../../src/core/session/jmap-session.ts';
import { parseSession } from '../../../../../src/core/session/parse-session.ts';
import {
  CYRUS,
  F1_TICKET_OK,
  F2_TOKEN_PROXY_OK,
  STALWART,
  STOCK_JAMES,
  TMAIL_BACKEND,
} from '../../../../fixtures/scenarios.ts';
import {
  type SessionJson,
  supportsPushFalseSession,
  supportsPushMissingSession,
  TMAIL_BACKEND_SESSION_URL,
} from '../../../../fixtures/sessions.ts';

function sessionOf(json: SessionJson): JmapSession {
  const parsed = parseSession(json, TMAIL_BACKEND_SESSION_URL);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.session;
}

const PUSH_FALSE = sessionOf(supportsPushFalseSession);
const PUSH_MISSING = sessionOf(supportsPushMissingSession);
const NO_WEBSOCKET = sessionOf({
  capabilities: { 'urn:ietf:params:jmap:core': {} },
  accounts: {},
  primaryAccounts: {},
});

describe('push-unsupported on a connection', () => {
  test.each([
    ['supportsPush false', PUSH_FALSE, 'supportsPush is not true'],
    ['supportsPush missing', PUSH_MISSING, 'supportsPush is missing'],
    ['no websocket capability', NO_WEBSOCKET, 'lack urn:ietf:params:jmap:websocket'],
  ])('%s', (_name, session, reason) => {
    const cause = pushUnsupported(connectionFacts(F1_TICKET_OK, { session }));
    expect(cause?.id).toBe('push-unsupported');
    expect(cause?.explanation).toContain(reason);
    expect(cause?.explanation).toContain('this connection came from another client');
  });

  test('sessions that offer push, or no session, are not this cause', () => {
    expect(pushUnsupported(connectionFacts(F1_TICKET_OK, { session: TMAIL_BACKEND }))).toBeUndefined();
    expect(pushUnsupported(connectionFacts(F2_TOKEN_PROXY_OK, { session: STALWART }))).toBeUndefined();
    expect(pushUnsupported(connectionFacts(F2_TOKEN_PROXY_OK, {}))).toBeUndefined();
  });
});

describe('sessionPushCause (F7)', () => {
  test('Stalwart: no ticket capability; a strategy-PR build would connect with a URL credential', () => {
    const cause = sessionPushCause(STALWART);
    expect(cause?.title).toBe('Upstream TMail opens no WebSocket for this session: no push transport');
    expect(cause?.explanation).toContain('com:linagora:params:jmap:ws:ticket');
    expect(cause?.explanation).toContain(
      'would connect instead (strategies: query-access-token, query-authorization, none)',
    );
  });

  test('Cyrus and stock James get the same verdict', () => {
    expect(sessionPushCause(CYRUS)?.id).toBe('push-unsupported');
    expect(sessionPushCause(STOCK_JAMES)?.id).toBe('push-unsupported');
  });

  test('supportsPush false: no build would connect', () => {
    expect(sessionPushCause(PUSH_FALSE)?.explanation).toContain('No strategy-pattern PR build would connect either.');
  });

  test('the TMail backend: upstream TMail connects', () => {
    expect(sessionPushCause(TMAIL_BACKEND)).toBeUndefined();
  });
});
