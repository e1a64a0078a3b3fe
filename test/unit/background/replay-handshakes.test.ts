import { describe, expect, test } from 'vitest';
import type { HandshakeObservation } from '../../../src/background/handshake-observation.ts';
import { EXPECT_WINDOW_MS, ReplayHandshakes } from '../../../src/background/replay-handshakes.ts';

const URL_A = 'ws://127.0.0.1:8781/jmap/ws?access_token=abc';
const seen = (requestId: string, url: string, extra: Partial<HandshakeObservation> = {}): HandshakeObservation => ({
  requestId,
  url,
  startedAt: 1_000,
  ...extra,
});

describe('ReplayHandshakes', () => {
  test('the first handshake to an announced URL, and every later report of it, go to that replay', () => {
    const replays = new ReplayHandshakes();
    const got: Array<[string, HandshakeObservation]> = [];
    replays.expect('rA', URL_A, (o) => got.push(['rA', o]), 0);
    replays.expect('rB', URL_A, (o) => got.push(['rB', o]), 1);
    expect(replays.offer(seen('q1', URL_A), 10)).toBe(true);
    expect(replays.offer(seen('q2', URL_A), 11)).toBe(true);
    expect(replays.offer(seen('q1', URL_A, { status: 101, endedAt: 30 }), 30)).toBe(true);
    expect(got.map(([replay, o]) => [replay, o.requestId, o.status])).toEqual([
      ['rA', 'q1', undefined],
      ['rB', 'q2', undefined],
      ['rA', 'q1', 101],
    ]);
    expect(replays.offer(seen('q1', URL_A, { status: 101, endedAt: 31 }), 31)).toBe(false);
  });

  test('unannounced, cancelled or stale: nobody takes it', () => {
    const replays = new ReplayHandshakes();
    expect(replays.offer(seen('q1', URL_A), 0)).toBe(false);
    replays.expect('rA', URL_A, () => undefined, 0);
    replays.cancel('rA');
    expect(replays.offer(seen('q2', URL_A), 1)).toBe(false);
    replays.expect('rB', URL_A, () => undefined, 0);
    expect(replays.offer(seen('q3', URL_A), EXPECT_WINDOW_MS + 1)).toBe(false);
  });

  test('URLs are compared as the browser normalises them', () => {
    const replays = new ReplayHandshakes();
    replays.expect('rA', 'WS://127.0.0.1:80/jmap/ws', () => undefined, 0);
    expect(replays.offer(seen('q1', 'ws://127.0.0.1/jmap/ws'), 1)).toBe(true);
  });
});
