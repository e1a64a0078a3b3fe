import { describe, expect, test } from 'vitest';
import type { HandshakeRecord } from '../../../../src/core/model/handshake-record.ts';
import { handshakeCues } from '../../../../src/core/session/handshake-cues.ts';
import {
  CYRUS_HANDSHAKE,
  F1_HANDSHAKE,
  F2_HANDSHAKE,
  F2B_HANDSHAKE,
  F4_HANDSHAKE,
  F5A_HANDSHAKE,
  F5A_MALFORMED_TICKET_HANDSHAKE,
  F5B_HANDSHAKE,
  F6_HANDSHAKE,
} from '../../../fixtures/handshakes.ts';

function cueIds(handshake: HandshakeRecord): string[] {
  return handshakeCues(handshake).map((cue) => cue.id);
}

describe('handshakeCues', () => {
  test('F1: a ticket= parameter points at tmail-backend', () => {
    expect(cueIds(F1_HANDSHAKE)).toEqual(['linagora-ticket-param']);
  });

  test('F2b / F5c: Stalwart realm, problem+json and its detail', () => {
    expect(cueIds(F2B_HANDSHAKE)).toEqual(['stalwart-realm', 'stalwart-problem-json', 'stalwart-detail']);
  });

  test('F6: Stalwart refuses the upgrade with its own detail', () => {
    expect(cueIds(F6_HANDSHAKE)).toEqual(['stalwart-problem-json', 'stalwart-detail']);
  });

  test('F5a: a consumed ticket is a tmail-backend rejection in a James-style body', () => {
    expect(cueIds(F5A_HANDSHAKE)).toEqual(['james-problem-json', 'linagora-ticket-detail', 'linagora-ticket-param']);
    expect(cueIds(F5A_MALFORMED_TICKET_HANDSHAKE)).toContain('linagora-ticket-detail');
  });

  test('F5b: the James challenges, with the tmail-backend Ticket realm', () => {
    expect(cueIds(F5B_HANDSHAKE)).toEqual([
      'james-realm',
      'james-problem-json',
      'james-detail',
      'linagora-ticket-realm',
    ]);
  });

  test('a James challenge list without the ticket strategy', () => {
    const handshake: HandshakeRecord = {
      ...F5B_HANDSHAKE,
      responseHeaders: [{ name: 'WWW-Authenticate', value: 'Bearer realm="JWT"' }],
    };
    expect(cueIds(handshake)).toEqual(['james-realm', 'james-detail']);
  });

  test('Cyrus: the /jmap/ws/ path with its trailing slash', () => {
    expect(cueIds(CYRUS_HANDSHAKE)).toEqual(['cyrus-trailing-slash']);
  });

  test('a successful upgrade without auth parameters says nothing', () => {
    expect(cueIds(F2_HANDSHAKE)).toEqual([]);
    expect(cueIds(F4_HANDSHAKE)).toEqual([]);
  });

  test('copes with a handshake that has nothing but a URL', () => {
    expect(cueIds({ url: 'not a url', protocols: [] })).toEqual([]);
  });
});
