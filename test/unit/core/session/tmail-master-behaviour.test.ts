import { describe, expect, test } from 'vitest';
import { TICKET_CAPABILITY, WEBSOCKET_CAPABILITY } from '../../../../src/core/session/jmap-session.ts';
import { connectUrlNotes, tmailMasterBehaviour } from '../../../../src/core/session/tmail-master-behaviour.ts';
import {
  doubleSlashTicketSession,
  everyCapabilityMap,
  parsedSession,
  STALWART_SESSION_URL,
  stalwartSession,
  TMAIL_BACKEND_SESSION_URL,
  TMAIL_BACKEND_TICKET_ENDPOINT,
  tmailBackendSession,
  webSocketUrlWithQuerySession,
} from '../../../fixtures/sessions.ts';

function behaviour(json: Record<string, unknown>, url = TMAIL_BACKEND_SESSION_URL) {
  return tmailMasterBehaviour(parsedSession(json, url));
}

function withWebSocket(properties: Record<string, unknown>) {
  return everyCapabilityMap(tmailBackendSession, (capabilities) => {
    capabilities[WEBSOCKET_CAPABILITY] = properties;
  });
}

describe('tmailMasterBehaviour: connects (F1)', () => {
  test('mints a ticket at the generationEndpoint, then opens the capability URL + ?ticket=', () => {
    const result = behaviour(tmailBackendSession);
    expect(result).toMatchObject({
      wouldConnect: true,
      accountId: 'ff8d9819fc0e12bf0d24892e45987e249a28dce836a85cad60e28eaaa8c6d976',
      ticketEndpoint: TMAIL_BACKEND_TICKET_ENDPOINT,
      connectUrl: 'wss://jmap.example.com/jmap/ws?ticket=<ticket>',
      notes: [],
    });
    expect(result.blocker).toBeUndefined();
    expect(result.explanation).toContain('subprotocol jmap');
  });

  test('POSTs to the slash-normalised endpoint (ADR 0087)', () => {
    expect(behaviour(doubleSlashTicketSession).ticketEndpoint).toBe(TMAIL_BACKEND_TICKET_ENDPOINT);
  });

  test('a URL with a query gets a second "?" (string concatenation)', () => {
    const result = behaviour(webSocketUrlWithQuerySession);
    expect(result.connectUrl).toBe('wss://jmap.example.com/jmap/ws?tenant=acme?ticket=<ticket>');
    expect(result.notes).toEqual([expect.stringContaining('second "?"')]);
  });

  test('an http:// capability URL becomes wss:// (ensureWebSocketUri)', () => {
    const result = behaviour(withWebSocket({ url: 'http://jmap.example.com/jmap/ws', supportsPush: true }));
    expect(result.connectUrl).toBe('wss://jmap.example.com/jmap/ws?ticket=<ticket>');
  });

  test('a host-less capability URL is used as is, with a note', () => {
    const result = behaviour(withWebSocket({ url: 'wss:/jmap/ws/', supportsPush: true }));
    expect(result.connectUrl).toBe('wss:/jmap/ws/?ticket=<ticket>');
    expect(result.notes).toEqual([expect.stringContaining('no host')]);
  });

  test('a ws:// capability URL gets a mixed-content note', () => {
    const result = behaviour(withWebSocket({ url: 'ws://localhost/jmap/ws', supportsPush: true }));
    expect(result.notes).toEqual([expect.stringContaining('plain ws://')]);
  });
});

describe('tmailMasterBehaviour: does not connect', () => {
  test('Stalwart (F7): the gate blocks and nothing is minted or opened', () => {
    const result = behaviour(stalwartSession, STALWART_SESSION_URL);
    expect(result).toMatchObject({ wouldConnect: false, blocker: 'no-ticket-capability', accountId: 'b', notes: [] });
    expect(result.connectUrl).toBeUndefined();
    expect(result.ticketEndpoint).toBeUndefined();
  });

  test('no usable generationEndpoint: WebSocketTicketUnavailableException', () => {
    const json = everyCapabilityMap(tmailBackendSession, (capabilities) => {
      capabilities[TICKET_CAPABILITY] = { revocationEndpoint: TMAIL_BACKEND_TICKET_ENDPOINT };
    });
    expect(behaviour(json)).toMatchObject({ wouldConnect: false, blocker: 'no-generation-endpoint' });
  });

  test('no websocket url: a ticket is minted but nothing opens', () => {
    const result = behaviour(withWebSocket({ supportsPush: true }));
    expect(result).toMatchObject({
      wouldConnect: false,
      blocker: 'no-websocket-url',
      ticketEndpoint: TMAIL_BACKEND_TICKET_ENDPOINT,
    });
    expect(result.explanation).toContain('mints a ticket');
  });
});

describe('connectUrlNotes', () => {
  test('the double "?" note only applies when the ticket is concatenated', () => {
    expect(connectUrlNotes('wss://h.example/ws?a=1', false)).toEqual([]);
    expect(connectUrlNotes('wss://h.example/ws?a=1', true)).toHaveLength(1);
  });

  test('a clean wss URL has no notes', () => {
    expect(connectUrlNotes('wss://h.example/jmap/ws', true)).toEqual([]);
  });
});
