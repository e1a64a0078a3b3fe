import { describe, expect, test } from 'vitest';
import { connectionFacts, endpointOf } from '../../../../src/core/diagnosis/connection-facts.ts';
import { F1_TICKET, F2_JWT, F4_BASIC } from '../../../fixtures/handshakes.ts';
import {
  F1_TICKET_OK,
  F2B_PROXY_NO_HEADER,
  F4_HEADER_OK,
  F6B_IDLE_CUT,
  STALWART,
} from '../../../fixtures/scenarios.ts';

describe('endpointOf', () => {
  test.each([
    ['wss://jmap.example.com/jmap/ws?ticket=abc#frag', 'wss://jmap.example.com/jmap/ws'],
    ['wss://alice:secret@mail.example.org/jmap/ws?x=1', 'wss://mail.example.org/jmap/ws'],
    ['wss:/jmap/ws/', 'wss:/jmap/ws/'],
    ['', ''],
  ])('%s', (url, endpoint) => {
    expect(endpointOf(url)).toBe(endpoint);
  });
});

describe('connectionFacts', () => {
  test('F2b: the query credential, the two challenges, the problem, the server', () => {
    const facts = connectionFacts(F2B_PROXY_NO_HEADER, { session: STALWART });
    expect(facts.status).toBe(401);
    expect(facts.credential?.param).toBe('access_token');
    expect(facts.ticket).toBeUndefined();
    expect(facts.challenges).toHaveLength(2);
    expect(facts.problem?.detail).toBe('You have to authenticate first.');
    expect(facts.server.kind).toBe('stalwart');
    expect(facts.openedAt).toBeUndefined();
    expect(facts.endedAt).toBe(F2B_PROXY_NO_HEADER.closedAt);
    expect(facts.secrets).toContain(F2_JWT);
  });

  test('F1: the ticket is not a query credential; frames parsed; timings', () => {
    const facts = connectionFacts(F1_TICKET_OK);
    expect(facts.auth.strategy).toBe('ticket');
    expect(facts.credential).toBeUndefined();
    expect(facts.ticket?.value).toBe(F1_TICKET);
    expect(facts.frames.map(({ message }) => message.type)).toContain('WebSocketPushEnable');
    expect(facts.openedAt).toBe(F1_TICKET_OK.openAt);
    expect(facts.endedAt).toBeUndefined();
    expect(facts.lastFrameAt).toBe(Math.max(...F1_TICKET_OK.frames.map((frame) => frame.at)));
    expect(facts.secrets).toContain(F1_TICKET);
  });

  test('F4: the Authorization header and its token are secrets', () => {
    const facts = connectionFacts(F4_HEADER_OK);
    expect(facts.authorizationHeader).toBe(`Basic ${F4_BASIC}`);
    expect(facts.secrets).toEqual(expect.arrayContaining([`Basic ${F4_BASIC}`, F4_BASIC]));
  });

  test('subprotocols other than jmap are secrets; short values are not', () => {
    const handshake = { url: 'wss://x.example/ws?a=1', protocols: ['jmap', 'token.abcdefgh12'] };
    const facts = connectionFacts({ id: 'p', handshake, createdAt: 0, frames: [] });
    expect(facts.secrets).toEqual(['token.abcdefgh12']);
    expect(facts.lastFrameAt).toBeUndefined();
  });

  test('openedAt: openAt, else a clean 101 counts as open at creation', () => {
    const { openAt: _openAt, ...noOpenAt } = F6B_IDLE_CUT;
    expect(connectionFacts(noOpenAt).openedAt).toBe(F6B_IDLE_CUT.createdAt);
    expect(connectionFacts({ ...noOpenAt, errorAt: 5 }).openedAt).toBeUndefined();
    const failed = { ...noOpenAt, handshake: { ...noOpenAt.handshake, error: 'net::ERR_FAILED' } };
    expect(connectionFacts(failed).openedAt).toBeUndefined();
  });
});
