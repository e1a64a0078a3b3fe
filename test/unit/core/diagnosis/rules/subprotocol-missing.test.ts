import { describe, expect, test } from 'vitest';
import { connectionFacts } from '../../../../../src/core/diagnosis/connection-facts.ts';
import { subprotocolMissing } from '../../../../../src/core/diagnosis/rules/subprotocol-missing.ts';
import type { ConnectionRecord } from '../../../../../src/core/model/connection-record.ts';
import type { HandshakeRecord } from '../../../../../src/core/model/handshake-record.ts';
import { F1_HANDSHAKE } from '../../../../fixtures/handshakes.ts';
import {
  F1_TICKET_OK,
  F2B_PROXY_NO_HEADER,
  NETWORK_REFUSED,
  opened,
  PROXY_NO_SUBPROTOCOL,
  refused,
} from '../../../../fixtures/scenarios.ts';

function open(handshake: Partial<HandshakeRecord>): ConnectionRecord {
  return opened('o', { ...F1_HANDSHAKE, ...handshake }, 0, []);
}

function run(connection: ConnectionRecord) {
  return subprotocolMissing(connectionFacts(connection, {}));
}

describe('subprotocol-missing', () => {
  test('PROXIES NO_PROTO: the client offered none', () => {
    const cause = run(PROXY_NO_SUBPROTOCOL);
    expect(cause?.title).toBe('The client did not offer the "jmap" subprotocol');
    expect(cause?.explanation).toContain('offered no subprotocol.');
    expect(cause?.explanation).toContain('RFC 8887 §4.2');
  });

  test('a handshake no server answered: the offer is moot (and unknown in a HAR without request headers)', () => {
    const unanswered: ConnectionRecord = {
      ...NETWORK_REFUSED,
      handshake: { ...NETWORK_REFUSED.handshake, protocols: [], requestHeaders: undefined },
    };
    expect(run(unanswered)).toBeUndefined();
  });

  test('other subprotocols are counted, never shown (they may be tokens)', () => {
    const token = 'org.example.token.c2VjcmV0LXRva2Vu';
    const cause = run(open({ protocols: [token], requestHeaders: [] }));
    expect(cause?.explanation).toContain('offered 1 subprotocol(s), none of them "jmap"');
    expect(JSON.stringify(cause)).not.toContain(token);
  });

  test('an offer seen only in the request header counts', () => {
    const headers = [{ name: 'Sec-WebSocket-Protocol', value: 'token.x, jmap' }];
    expect(run(open({ protocols: [], requestHeaders: headers }))).toBeUndefined();
  });

  test('the server answered no subprotocol', () => {
    const cause = run(open({ chosenProtocol: '' }));
    expect(cause?.title).toBe('The server did not answer with the "jmap" subprotocol');
    expect(cause?.explanation).toContain('the 101 reply named no subprotocol');
  });

  test('the server answered another subprotocol', () => {
    expect(run(open({ chosenProtocol: 'mqtt' }))?.explanation).toContain('named "mqtt"');
  });

  test('the chosen protocol is read from the response headers when the page did not report it', () => {
    const { chosenProtocol: _chosen, ...withoutChosen } = F1_HANDSHAKE;
    expect(run(opened('h', withoutChosen, 0, []))).toBeUndefined();
    const noHeader = { ...withoutChosen, responseHeaders: [{ name: 'Upgrade', value: 'websocket' }] };
    expect(run(opened('h', noHeader, 0, []))?.explanation).toContain('named no subprotocol');
    const { responseHeaders: _headers, ...unknown } = withoutChosen;
    expect(run(opened('u', unknown, 0, []))).toBeUndefined();
  });

  test('healthy or refused handshakes that offered jmap are not this cause', () => {
    expect(run(F1_TICKET_OK)).toBeUndefined();
    expect(run(F2B_PROXY_NO_HEADER)).toBeUndefined();
    expect(run(refused('r', { ...F1_HANDSHAKE, status: 400, chosenProtocol: '' }, 0))).toBeUndefined();
  });
});
