import { describe, expect, test } from 'vitest';
import { connectionFacts } from '../../../../../src/core/diagnosis/connection-facts.ts';
import { closedImmediately } from '../../../../../src/core/diagnosis/rules/closed-immediately.ts';
import type { ConnectionRecord } from '../../../../../src/core/model/connection-record.ts';
import { frame, STALWART_STATE_CHANGE } from '../../../../fixtures/frames.ts';
import { F1_HANDSHAKE } from '../../../../fixtures/handshakes.ts';
import {
  F1_TICKET_OK,
  F2B_PROXY_NO_HEADER,
  F6_CLOSED_IMMEDIATELY,
  F6B_IDLE_CUT,
  opened,
} from '../../../../fixtures/scenarios.ts';

function run(connection: ConnectionRecord) {
  return closedImmediately(connectionFacts(connection, {}));
}

describe('closed-immediately', () => {
  test('101, PushEnable, then 1006 after 0.3 s with nothing received', () => {
    const cause = run(F6_CLOSED_IMMEDIATELY);
    expect(cause?.id).toBe('closed-immediately');
    expect(cause?.explanation).toContain('ended 0.3 s after opening with close code 1006 (not clean)');
    expect(cause?.explanation).toContain('(the client had sent 1)');
    expect(cause?.explanation).toContain('reconnects at once with no backoff');
  });

  test('a close without code or frames', () => {
    const bare = { ...F6_CLOSED_IMMEDIATELY, frames: [], close: undefined };
    const cause = run(bare);
    expect(cause?.explanation).toContain('the connection ended without a close code');
    expect(cause?.explanation).toContain('The server sent no frame.');
  });

  test('a close reason is quoted', () => {
    const withReason = { ...F6_CLOSED_IMMEDIATELY, close: { code: 1011, reason: 'internal error', wasClean: true } };
    expect(run(withReason)?.explanation).toContain('close code 1011 (clean) and reason "internal error"');
  });

  test('only status 101 known (no openAt): opened at creation', () => {
    const { openAt: _openAt, ...noOpenAt } = F6_CLOSED_IMMEDIATELY;
    expect(run(noOpenAt)?.id).toBe('closed-immediately');
  });

  test('a page navigation (1001), a server frame, a long life, a refusal or an open connection are not this cause', () => {
    expect(run({ ...F6_CLOSED_IMMEDIATELY, close: { code: 1001, reason: '', wasClean: true } })).toBeUndefined();
    const answered = opened('answered', F1_HANDSHAKE, 0, [frame('received', STALWART_STATE_CHANGE, 100)], {
      closedAt: 300,
    });
    expect(run(answered)).toBeUndefined();
    expect(run(F6B_IDLE_CUT)).toBeUndefined();
    expect(run(F2B_PROXY_NO_HEADER)).toBeUndefined();
    expect(run(F1_TICKET_OK)).toBeUndefined();
    expect(run({ ...F6_CLOSED_IMMEDIATELY, closedAt: F6_CLOSED_IMMEDIATELY.createdAt - 5_000 })).toBeUndefined();
  });
});
