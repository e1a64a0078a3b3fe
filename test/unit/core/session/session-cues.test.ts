import { describe, expect, test } from 'vitest';
import { sessionCues } from '../../../../src/core/session/session-cues.ts';
import {
  CYRUS_SESSION_URL,
  cyrusSession,
  jamesDefaultPrefixSession,
  jamesSession,
  parsedSession,
  STALWART_SESSION_URL,
  stalwartSession,
  TMAIL_BACKEND_SESSION_URL,
  tmailBackendSession,
} from '../../../fixtures/sessions.ts';

function cueIds(json: Record<string, unknown>, url?: string): string[] {
  return sessionCues(parsedSession(json, url)).map((cue) => cue.id);
}

describe('sessionCues', () => {
  test('tmail-backend: ticket and Linagora capabilities on top of the James cues', () => {
    expect(cueIds(tmailBackendSession, TMAIL_BACKEND_SESSION_URL)).toEqual([
      'linagora-ticket',
      'linagora-capabilities',
      'james-capabilities',
      'james-account-id',
      'james-uuid-state',
      'james-event-source',
    ]);
  });

  test('stock James: James capabilities, 64-hex account, UUID state, closeAfter=', () => {
    expect(cueIds(jamesSession)).toEqual([
      'james-capabilities',
      'james-account-id',
      'james-uuid-state',
      'james-event-source',
    ]);
  });

  test('James with the default ws://localhost prefix', () => {
    expect(cueIds(jamesDefaultPrefixSession)).toContain('james-default-prefix');
  });

  test('Stalwart: websocket {} in accounts, absolute /jmap/eventsource/ template', () => {
    expect(cueIds(stalwartSession, STALWART_SESSION_URL)).toEqual([
      'stalwart-empty-account-websocket',
      'stalwart-event-source',
    ]);
  });

  test('Stalwart capability urn:stalwart:jmap, when a newer Stalwart advertises it', () => {
    const json = structuredClone(stalwartSession);
    (json.capabilities as Record<string, unknown>)['urn:stalwart:jmap'] = {};
    expect(cueIds(json)).toContain('stalwart-capabilities');
  });

  test('Cyrus: Cyrus capabilities, host-less trailing-slash websocket URL, relative URLs', () => {
    expect(cueIds(cyrusSession, CYRUS_SESSION_URL)).toEqual([
      'cyrus-capabilities',
      'cyrus-hostless-websocket',
      'cyrus-trailing-slash',
      'cyrus-relative-urls',
    ]);
  });

  test('a relative eventSourceUrl alone counts as a Cyrus-style relative URL', () => {
    expect(
      cueIds({ capabilities: {}, apiUrl: 'https://h.example/jmap/', eventSourceUrl: '/jmap/eventsource/' }),
    ).toEqual(['cyrus-relative-urls']);
  });

  test('an empty session gives no cue; an account-level {} without a session-level capability is not Stalwart', () => {
    expect(cueIds({ capabilities: {} })).toEqual([]);
    const json = {
      capabilities: { 'urn:ietf:params:jmap:websocket': {} },
      accounts: { a: { accountCapabilities: { 'urn:ietf:params:jmap:websocket': {} } } },
    };
    expect(cueIds(json)).toEqual([]);
  });

  test('a session-level websocket capability that is not an object is not Stalwart either', () => {
    const json = {
      capabilities: { 'urn:ietf:params:jmap:websocket': true },
      accounts: { a: { accountCapabilities: { 'urn:ietf:params:jmap:websocket': {} } } },
    };
    expect(cueIds(json)).toEqual([]);
  });
});
