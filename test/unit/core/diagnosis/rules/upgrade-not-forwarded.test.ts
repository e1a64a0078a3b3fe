import { describe, expect, test } from 'vitest';
import { connectionFacts } from '../../../../../src/core/diagnosis/connection-facts.ts';
import { upgradeNotForwarded } from '../../../../../src/core/diagnosis/rules/upgrade-not-forwarded.ts';
import type { ConnectionRecord } from '../../../../../src/core/model/connection-record.ts';
import { F2_URL } from '../../../../fixtures/handshakes.ts';
import {
  F1_TICKET_OK,
  F2B_PROXY_NO_HEADER,
  F6_JAMES_TICKET_UPGRADE_DROPPED,
  F6_STALWART_UPGRADE_DROPPED,
  PROXY_NO_SUBPROTOCOL,
  PROXY_UPSTREAM_DOWN,
  refused,
  STALWART,
  TMAIL_BACKEND,
} from '../../../../fixtures/scenarios.ts';

function withStatus(status: number | undefined): ConnectionRecord {
  return refused(`s${status}`, { url: F2_URL, protocols: ['jmap'], status }, 0);
}

function run(connection: ConnectionRecord) {
  return upgradeNotForwarded(connectionFacts(connection, {}));
}

describe('upgrade-not-forwarded', () => {
  test('F6 / F2c: Stalwart 400 "WebSocket upgrade failed"', () => {
    const cause = upgradeNotForwarded(connectionFacts(F6_STALWART_UPGRADE_DROPPED, { session: STALWART }));
    expect(cause?.id).toBe('upgrade-not-forwarded');
    expect(cause?.title).toBe('The upgrade did not go through: HTTP 400 instead of 101 Switching Protocols');
    expect(cause?.explanation).toContain('with detail "WebSocket upgrade failed"');
    expect(cause?.explanation).toContain('Before Stalwart 0.16.6');
    expect(cause?.explanation).toContain('The browser sent Connection: "Upgrade".');
    expect(cause?.explanation).toContain('nginx by default speaks HTTP/1.0 upstream');
    expect(cause?.explanation).not.toContain('ticket');
    expect(cause?.checks[0]).toContain('proxy_http_version 1.1');
  });

  test('F6 on the TMail backend: the ticket was consumed', () => {
    const cause = upgradeNotForwarded(connectionFacts(F6_JAMES_TICKET_UPGRADE_DROPPED, { session: TMAIL_BACKEND }));
    expect(cause?.explanation).toContain('A 500 can mean');
    expect(cause?.explanation).toContain('consumed its ticket');
  });

  test.each([
    [426, '426 Upgrade Required'],
    [404, 'no WebSocket route matched'],
    [505, '505 means'],
    [400, 'A 400 to a well-formed browser handshake'],
    [200, 'A plain HTTP answer'],
    [302, 'A plain HTTP answer'],
    [418, 'not an authentication failure'],
  ])('HTTP %i', (status, meaning) => {
    const cause = run(withStatus(status));
    expect(cause?.explanation).toContain(meaning);
    expect(cause?.explanation).not.toContain('The browser sent Connection');
  });

  test('a 400 to a client that offered no jmap is left to subprotocol-missing', () => {
    expect(run(PROXY_NO_SUBPROTOCOL)).toBeUndefined();
  });

  test('the Stalwart check only where the server may be Stalwart', () => {
    expect(run(withStatus(426))?.checks.join(' ')).toContain('Stalwart before 0.16.6');
    const james = upgradeNotForwarded(connectionFacts(F6_JAMES_TICKET_UPGRADE_DROPPED, { session: TMAIL_BACKEND }));
    expect(james?.checks.join(' ')).not.toContain('Stalwart');
  });

  test('101, auth failures, gateway errors and unknown statuses are not this cause', () => {
    expect(run(F1_TICKET_OK)).toBeUndefined();
    expect(run(F2B_PROXY_NO_HEADER)).toBeUndefined();
    expect(run(PROXY_UPSTREAM_DOWN)).toBeUndefined();
    for (const status of [403, 429, 503, 504, undefined]) expect(run(withStatus(status))).toBeUndefined();
  });
});
