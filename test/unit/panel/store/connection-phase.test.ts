import { describe, expect, test } from 'vitest';
import { connectionDuration } from '../../../../src/panel/format/connection-duration.ts';
import { connectionPhase } from '../../../../src/panel/store/connection-phase.ts';
import type { ConnectionState } from '../../../../src/shared/protocol.ts';

const base: ConnectionState = {
  id: 'p1',
  source: 'live',
  frameId: 0,
  pageUrl: 'https://mail.example.com/',
  handshake: { url: 'wss://mail.example.com/jmap/ws', protocols: ['jmap'] },
  createdAt: 1_000,
};
const networkOnly = (status?: number): ConnectionState => ({
  ...base,
  id: 'net:42',
  handshake: { ...base.handshake, ...(status === undefined ? {} : { status }) },
});

describe('connection phase', () => {
  test('a page socket: connecting, open, closed, or failed when it never opened', () => {
    expect(connectionPhase(base)).toBe('connecting');
    expect(connectionPhase({ ...base, openAt: 1_010 })).toBe('open');
    expect(connectionPhase({ ...base, openAt: 1_010, closedAt: 2_000 })).toBe('closed');
    expect(connectionPhase({ ...base, errorAt: 1_020, closedAt: 1_021 })).toBe('failed');
  });

  test('a refused handshake has failed even before the page reports its error', () => {
    expect(connectionPhase({ ...base, handshake: { ...base.handshake, status: 401 } })).toBe('failed');
    expect(connectionPhase({ ...base, handshake: { ...base.handshake, error: 'net::ERR_CONNECTION_REFUSED' } })).toBe(
      'failed',
    );
  });

  test('seen on the network alone: upgraded or failed, never connecting forever', () => {
    expect(connectionPhase(networkOnly(101))).toBe('upgraded');
    expect(connectionPhase(networkOnly(401))).toBe('failed');
    expect(connectionPhase(networkOnly())).toBe('connecting');
  });

  test('duration: to the close, the error or now, and unknown for a socket seen on the network alone', () => {
    expect(connectionDuration({ ...base, closedAt: 1_500 }, 9_000)).toBe(500);
    expect(connectionDuration({ ...base, errorAt: 1_040 }, 9_000)).toBe(40);
    expect(connectionDuration(base, 9_000)).toBe(8_000);
    expect(connectionDuration(networkOnly(101), 9_000)).toBeUndefined();
  });
});
