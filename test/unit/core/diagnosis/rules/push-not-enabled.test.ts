import { describe, expect, test } from 'vitest';
import { connectionFacts } from '../../../../../src/core/diagnosis/connection-facts.ts';
import type { DiagnosisContext } from '../../../../../src/core/diagnosis/diagnose.ts';
import { pushNotEnabled } from '../../../../../src/core/diagnosis/rules/push-not-enabled.ts';
import type { ConnectionRecord } from '../../../../../src/core/model/connection-record.ts';
import { frame, STALWART_STATE_CHANGE, TMAIL_ECHO_REQUEST } from '../../../../fixtures/frames.ts';
import { F2_HANDSHAKE } from '../../../../fixtures/handshakes.ts';
import {
  F1_TICKET_OK,
  F2B_PROXY_NO_HEADER,
  F4_HEADER_OK,
  F6_CLOSED_IMMEDIATELY,
  opened,
} from '../../../../fixtures/scenarios.ts';

function run(connection: ConnectionRecord, context: DiagnosisContext = {}) {
  return pushNotEnabled(connectionFacts(connection, context));
}

const SILENT = opened('silent', F2_HANDSHAKE, 0, []);

describe('push-not-enabled', () => {
  test('open 10 s without any frame', () => {
    const cause = run(SILENT, { now: 10_040 });
    expect(cause?.id).toBe('push-not-enabled');
    expect(cause?.explanation).toContain('open 10 s and the client sent 0 frame(s), none of them WebSocketPushEnable.');
    expect(cause?.explanation).toContain("Stalwart's type filter starts empty");
    expect(cause?.checks.join(' ')).toContain('attached after the connection opened');
  });

  test('Request frames do not enable push', () => {
    const frames = [frame('sent', TMAIL_ECHO_REQUEST, 1_000, 1), frame('sent', TMAIL_ECHO_REQUEST, 11_000, 2)];
    const cause = run(opened('echo-only', F2_HANDSHAKE, 0, frames, { closedAt: 12_000 }));
    expect(cause?.explanation).toContain('open 12 s and the client sent 2 frame(s)');
    expect(cause?.explanation).toContain('(2 Request frame(s) do not enable push)');
  });

  test('without now or an end, the last frame bounds the duration', () => {
    const frames = [frame('sent', TMAIL_ECHO_REQUEST, 5_040, 1)];
    expect(run(opened('last-frame', F2_HANDSHAKE, 0, frames))?.explanation).toContain('open 5 s');
    expect(run(SILENT)).toBeUndefined();
  });

  test('a received StateChange shows push was enabled before the capture', () => {
    const frames = [frame('received', STALWART_STATE_CHANGE, 5_000, 1)];
    expect(run(opened('late-capture', F2_HANDSHAKE, 0, frames), { now: 60_000 })).toBeUndefined();
  });

  test('healthy connections, short ones and refusals are not this cause', () => {
    expect(run(F1_TICKET_OK, { now: F1_TICKET_OK.createdAt + 60_000 })).toBeUndefined();
    expect(run(F4_HEADER_OK, { now: F4_HEADER_OK.createdAt + 60_000 })).toBeUndefined();
    expect(run(F6_CLOSED_IMMEDIATELY)).toBeUndefined();
    expect(run(SILENT, { now: 2_000 })).toBeUndefined();
    expect(run(F2B_PROXY_NO_HEADER, { now: F2B_PROXY_NO_HEADER.createdAt + 60_000 })).toBeUndefined();
  });
});
