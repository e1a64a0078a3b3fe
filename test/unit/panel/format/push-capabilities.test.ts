import { describe, expect, test } from 'vitest';
import { pushCapabilities } from '../../../../src/panel/format/push-capabilities.ts';
import {
  CYRUS_SESSION_URL,
  cyrusSession,
  parsedSession,
  STALWART_SESSION_URL,
  stalwartSession,
  supportsPushMissingSession,
  TMAIL_BACKEND_SESSION_URL,
  ticketSessionLevelOnlySession,
  tmailBackendSession,
} from '../../../fixtures/sessions.ts';

const texts = (json: Record<string, unknown>, url: string) =>
  pushCapabilities(parsedSession(json, url)).map((line) => `${line.label}: ${line.text}`);

describe('pushCapabilities', () => {
  test('tmail-backend advertises both, in the session and the mail account', () => {
    expect(texts(tmailBackendSession, TMAIL_BACKEND_SESSION_URL)).toEqual([
      'WebSocket: session and mail account: wss://jmap.example.com/jmap/ws, supportsPush true',
      'Ticket: session and mail account: POST https://jmap.example.com/jmap/ws/ticket',
    ]);
  });

  test('Stalwart: WebSocket only (listed as {} in the account), no ticket', () => {
    expect(texts(stalwartSession, STALWART_SESSION_URL)).toEqual([
      'WebSocket: session and mail account: wss://mail.example.org/jmap/ws, supportsPush true',
      'Ticket: not advertised',
    ]);
  });

  test('Cyrus: session-level only, host-less URL resolved against the session', () => {
    expect(texts(cyrusSession, CYRUS_SESSION_URL)[0]).toBe(
      'WebSocket: session only, not the mail account: wss://cyrus.example.net/jmap/ws/, supportsPush true',
    );
  });

  test('a ticket capability missing from the account, and a missing supportsPush, are said plainly', () => {
    expect(texts(ticketSessionLevelOnlySession, TMAIL_BACKEND_SESSION_URL)[1]).toBe(
      'Ticket: session only, not the mail account: POST https://jmap.example.com/jmap/ws/ticket',
    );
    expect(texts(supportsPushMissingSession, TMAIL_BACKEND_SESSION_URL)[0]).toContain('supportsPush missing');
  });

  test('a capability listed only by the account, with no usable properties', () => {
    const json = structuredClone(stalwartSession) as { capabilities: Record<string, unknown> };
    delete json.capabilities['urn:ietf:params:jmap:websocket'];
    const accounts = (json as unknown as { accounts: { b: { accountCapabilities: Record<string, unknown> } } })
      .accounts;
    accounts.b.accountCapabilities['com:linagora:params:jmap:ws:ticket'] = {};
    expect(texts(json, STALWART_SESSION_URL)).toEqual([
      'WebSocket: mail account only: no url, supportsPush missing',
      'Ticket: mail account only: no usable generationEndpoint',
    ]);
  });
});
