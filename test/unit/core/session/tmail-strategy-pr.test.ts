import { describe, expect, test } from 'vitest';
import { TICKET_CAPABILITY, WEBSOCKET_CAPABILITY } from '../../../../src/core/session/jmap-session.ts';
import { tmailMasterGate } from '../../../../src/core/session/tmail-master-gate.ts';
import { tmailStrategyPr } from '../../../../src/core/session/tmail-strategy-pr.ts';
import {
  CYRUS_SESSION_URL,
  cyrusSession,
  everyCapabilityMap,
  parsedSession,
  STALWART_SESSION_URL,
  STALWART_WS_URL,
  stalwartSession,
  supportsPushFalseSession,
  supportsPushMissingSession,
  TMAIL_BACKEND_SESSION_URL,
  ticketSessionLevelOnlySession,
  tmailBackendSession,
  webSocketUrlWithQuerySession,
} from '../../../fixtures/sessions.ts';

function strategyPr(json: Record<string, unknown>, url = TMAIL_BACKEND_SESSION_URL) {
  const session = parsedSession(json, url);
  return tmailStrategyPr(session, tmailMasterGate(session));
}

describe('tmailStrategyPr: selector', () => {
  test('a session-level ticket capability selects TicketAuthStrategy for every auth type', () => {
    const result = strategyPr(tmailBackendSession);
    expect(result.selection).toEqual({ oidc: 'ticket', basic: 'ticket', none: 'ticket' });
    expect(result.selectorExplanation).toContain('TicketAuthStrategy');
  });

  test('otherwise by auth type: oidc → access_token, basic → authorization, none → none', () => {
    const result = strategyPr(stalwartSession, STALWART_SESSION_URL);
    expect(result.selection).toEqual({ oidc: 'query-access-token', basic: 'query-authorization', none: 'none' });
  });
});

describe('tmailStrategyPr: PR #4261 keeps the master gate', () => {
  test('F1: the gate passes and only the ticket strategy runs; the ticket is added with replace', () => {
    const { pr4261 } = strategyPr(webSocketUrlWithQuerySession);
    expect(pr4261).toMatchObject({ gatePassed: true, reachable: ['ticket'], notes: [] });
    expect(pr4261.plans.oidc.connectUrl).toBe('wss://jmap.example.com/jmap/ws?tenant=acme&ticket=<ticket>');
  });

  test('Stalwart: the gate fails, so Token/Basic are unreachable', () => {
    const { pr4261 } = strategyPr(stalwartSession, STALWART_SESSION_URL);
    expect(pr4261).toMatchObject({ gatePassed: false, reachable: [] });
    expect(pr4261.explanation).toContain('unchanged from master and its gate fails');
    expect(pr4261.explanation).toContain(TICKET_CAPABILITY);
    expect(pr4261.plans.oidc).toMatchObject({ strategy: 'query-access-token', wouldConnect: false });
  });

  test('a ticket capability only in the account: the gate passes and the selector falls to Token/Basic', () => {
    const json = structuredClone(tmailBackendSession);
    delete (json.capabilities as Record<string, unknown>)[TICKET_CAPABILITY];
    const { pr4261, selection } = strategyPr(json);
    expect(selection.oidc).toBe('query-access-token');
    expect(pr4261.reachable).toEqual(['query-access-token', 'query-authorization', 'none']);
  });
});

describe('tmailStrategyPr: PR #4512 lineage relaxes the gate', () => {
  test('F2 Stalwart: session-level websocket with supportsPush true is enough', () => {
    const { pr4512 } = strategyPr(stalwartSession, STALWART_SESSION_URL);
    expect(pr4512.gatePassed).toBe(true);
    expect(pr4512.reachable).toEqual(['query-access-token', 'query-authorization', 'none']);
    expect(pr4512.plans.oidc.connectUrl).toBe(`${STALWART_WS_URL}?access_token=<access-token>`);
    expect(pr4512.plans.basic.connectUrl).toBe(`${STALWART_WS_URL}?authorization=Basic+<base64-credentials>`);
  });

  test('F1: the ticket is concatenated, so a URL with a query gets a second "?"', () => {
    const { pr4512 } = strategyPr(webSocketUrlWithQuerySession);
    expect(pr4512.plans.basic.connectUrl).toBe('wss://jmap.example.com/jmap/ws?tenant=acme?ticket=<ticket>');
    expect(pr4512.notes).toEqual([expect.stringContaining('second "?"')]);
  });

  test('Cyrus: reachable, but the host-less URL is used unresolved', () => {
    const { pr4512 } = strategyPr(cyrusSession, CYRUS_SESSION_URL);
    expect(pr4512.plans.none.connectUrl).toBe('wss:/jmap/ws/');
    expect(pr4512.notes).toEqual([expect.stringContaining('no host')]);
  });

  test('ticket only at session level: selected, but the account-level ticket request fails', () => {
    const { pr4512 } = strategyPr(ticketSessionLevelOnlySession);
    expect(pr4512).toMatchObject({ gatePassed: true, reachable: [], notes: [] });
    expect(pr4512.plans.oidc).toMatchObject({ strategy: 'ticket', wouldConnect: false });
  });

  test('supportsPush false or missing: markNotSupported()', () => {
    expect(strategyPr(supportsPushFalseSession).pr4512).toMatchObject({
      gatePassed: false,
      explanation: expect.stringContaining('supportsPush is not true'),
    });
    const missing = strategyPr(supportsPushMissingSession).pr4512;
    expect(missing.explanation).toContain('supportsPush is missing');
    expect(missing.explanation).toContain('WebSocketCapabilityProvider would accept a missing value');
  });

  test('no session-level websocket capability: markNotSupported()', () => {
    const json = structuredClone(tmailBackendSession);
    delete (json.capabilities as Record<string, unknown>)[WEBSOCKET_CAPABILITY];
    const { pr4512 } = strategyPr(json);
    expect(pr4512).toMatchObject({ gatePassed: false, reachable: [] });
    expect(pr4512.explanation).toContain(`lack ${WEBSOCKET_CAPABILITY}`);
  });

  test('no url at session level: the gate passes but nothing connects', () => {
    const json = everyCapabilityMap(tmailBackendSession, (capabilities) => {
      capabilities[WEBSOCKET_CAPABILITY] = { supportsPush: true };
    });
    const { pr4512 } = strategyPr(json);
    expect(pr4512).toMatchObject({ gatePassed: true, reachable: [], notes: [] });
  });

  test('without a primary account the ticket strategy cannot mint', () => {
    const json = { ...structuredClone(tmailBackendSession), primaryAccounts: {} };
    const result = strategyPr(json);
    expect(result.pr4512.plans.none).toMatchObject({ strategy: 'ticket', wouldConnect: false });
  });
});
