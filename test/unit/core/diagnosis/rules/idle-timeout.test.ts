import { describe, expect, test } from 'vitest';
import { connectionFacts } from '../../../../../src/core/diagnosis/connection-facts.ts';
import type { DiagnosisContext } from '../../../../../src/core/diagnosis/diagnose.ts';
import { idleTimeout } from '../../../../../src/core/diagnosis/rules/idle-timeout.ts';
import type { ConnectionRecord } from '../../../../../src/core/model/connection-record.ts';
import { frame, TMAIL_ECHO_REQUEST, TMAIL_PUSH_ENABLE } from '../../../../fixtures/frames.ts';
import { F1_HANDSHAKE, F2_HANDSHAKE } from '../../../../fixtures/handshakes.ts';
import {
  ABNORMAL_CLOSE,
  CYRUS,
  F1_TICKET_OK,
  F6_CLOSED_IMMEDIATELY,
  F6B_IDLE_CUT,
  opened,
  STALWART,
  TMAIL_BACKEND,
} from '../../../../fixtures/scenarios.ts';

/** Opens at 40 ms, PushEnable at 140 ms, then `silence` ms until the close. */
function quietFor(silence: number, extra: Partial<ConnectionRecord> = {}): ConnectionRecord {
  const frames = [frame('sent', TMAIL_PUSH_ENABLE, 140, 1)];
  return { ...opened('quiet', F1_HANDSHAKE, 0, frames, { closedAt: 140 + silence, close: ABNORMAL_CLOSE }), ...extra };
}

function run(connection: ConnectionRecord, context: DiagnosisContext = { session: TMAIL_BACKEND }) {
  return idleTimeout(connectionFacts(connection, context));
}

describe('idle-timeout', () => {
  test('F6b: nginx proxy_read_timeout 60 s, James sends no pings', () => {
    const cause = run(F6B_IDLE_CUT);
    expect(cause?.id).toBe('idle-timeout');
    expect(cause?.title).toBe('An intermediary cut the connection after 60 s without traffic');
    expect(cause?.explanation).toContain(
      'open 60.1 s and ended with close code 1006 (not clean) after 60 s with no frame',
    );
    expect(cause?.explanation).toContain("nginx's default proxy_read_timeout");
    expect(cause?.explanation).toContain('TMail backend, like James, sends no WebSocket pings');
    expect(cause?.explanation).toContain('echo ping (WS_ECHO_PING, every 10 s) is off by default');
    expect(cause?.checks[1]).toContain('websocket.ping.interval');
    expect(cause?.explanation).toContain('reconnects at once (minting a new ticket)');
  });

  test.each([
    [30_000, '30 s idle timeout'],
    [50_500, 'HAProxy without timeout tunnel'],
    [57_000, "nginx's default"],
    [75_000, '75 s'],
    [100_000, '100 s'],
    [126_000, '120 s'],
  ])('a silence of %i ms', (silence, source) => {
    expect(run(quietFor(silence))?.explanation).toContain(source);
  });

  test.each([10_000, 45_000, 90_000, 300_000])('a silence of %i ms matches no known timeout', (silence) => {
    expect(run(quietFor(silence))).toBeUndefined();
  });

  test('the silence counts from the last frame in either direction', () => {
    const frames = [frame('sent', TMAIL_ECHO_REQUEST, 10_000, 1), frame('sent', TMAIL_ECHO_REQUEST, 20_000, 2)];
    const connection = opened('echo', F1_HANDSHAKE, 0, frames, { closedAt: 80_000, close: ABNORMAL_CLOSE });
    const cause = run(connection);
    expect(cause?.explanation).toContain('The client sent 2 Request frame(s) earlier, none in the last 60 s.');
  });

  test('server notes: Stalwart pings at 60 s; Cyrus and unknown servers', () => {
    const stalwart = { ...quietFor(60_000), handshake: F2_HANDSHAKE };
    const stalwartCause = run(stalwart, { session: STALWART });
    expect(stalwartCause?.explanation).toContain('Stalwart pings after 60 s of quiet');
    expect(stalwartCause?.explanation).toContain('reconnects at once, so');
    expect(run(quietFor(60_000), { session: CYRUS })?.explanation).toContain('Cyrus sends no frame');
    const anonymous = quietFor(60_000, { handshake: { url: 'wss://x.example/ws', protocols: ['jmap'], status: 101 } });
    expect(run(anonymous, {})?.explanation).toContain('none came often enough');
  });

  test('an ended connection without close info counts as abnormal', () => {
    expect(run(quietFor(60_000, { close: undefined }))?.id).toBe('idle-timeout');
  });

  test('a clean close, an open or never-opened connection is not this cause', () => {
    expect(run(quietFor(60_000, { close: { code: 1000, reason: '', wasClean: true } }))).toBeUndefined();
    expect(run(F1_TICKET_OK)).toBeUndefined();
    expect(run(F6_CLOSED_IMMEDIATELY)).toBeUndefined();
    const { openAt: _openAt, ...neverOpened } = quietFor(60_000, { handshake: { ...F1_HANDSHAKE, status: 401 } });
    expect(run(neverOpened)).toBeUndefined();
  });
});
