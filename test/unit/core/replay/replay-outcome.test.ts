import { describe, expect, test } from 'vitest';
import { compareOutcomes } from '../../../../src/core/replay/compare-outcomes.ts';
import { connectionOutcome, replayOutcome } from '../../../../src/core/replay/replay-outcome.ts';
import { STALWART, TMAIL_BACKEND } from '../../../fixtures/scenario-builders.ts';
import {
  F1_TICKET_OK,
  F2_NO_PUSH_ENABLE,
  F2_OLD_TOKEN_RAW_COPY,
  F2_TOKEN_PROXY_OK,
  F4_HEADER_OK,
} from '../../../fixtures/scenario-connections.ts';
import { F5A_TICKET_REUSED, F6_CHROMIUM_HIDDEN_REFUSAL } from '../../../fixtures/scenario-failures.ts';

describe('connectionOutcome', () => {
  test('F2 through a working proxy: push works, 15 s after PushEnable', () => {
    expect(connectionOutcome(F2_TOKEN_PROXY_OK, { session: STALWART })).toEqual({
      verdict: 'push-works',
      status: 101,
      subprotocol: 'jmap',
      framesSent: 1,
      framesReceived: 1,
      firstPushLatencyMs: 14_995,
      closeCode: null,
      causes: [],
    });
  });

  test('F1 on the TMail backend: the push came 11.9 s after PushEnable', () => {
    expect(connectionOutcome(F1_TICKET_OK, { session: TMAIL_BACKEND }).firstPushLatencyMs).toBe(11_900);
  });

  test('F2 behind a raw-copying proxy: refused, with the causes of the diagnosis', () => {
    const outcome = connectionOutcome(F2_OLD_TOKEN_RAW_COPY, { session: STALWART });
    expect(outcome).toMatchObject({ verdict: 'refused', status: 401, subprotocol: null, closeCode: 1006 });
    expect(outcome.causes.map((cause) => cause.id)).toEqual(['credential-not-decoded', 'auth-header-missing']);
  });

  test('connected without push, and a connection the other side ended', () => {
    expect(connectionOutcome(F2_NO_PUSH_ENABLE, { session: STALWART }).verdict).toBe('connected');
    const cut = {
      ...F2_NO_PUSH_ENABLE,
      closedAt: (F2_NO_PUSH_ENABLE.openAt ?? 0) + 60_000,
      close: { code: 1006, reason: '', wasClean: false },
    };
    expect(connectionOutcome(cut, { session: STALWART }).verdict).toBe('dropped');
    expect(connectionOutcome(cut, { session: STALWART }, false).verdict).toBe('connected');
  });

  test('F4: James answers a PushEnable with pushState at once', () => {
    expect(connectionOutcome(F4_HEADER_OK).verdict).toBe('push-works');
  });

  test('no HTTP answer at all is unreachable and keeps the error as detail', () => {
    const failed = {
      ...F5A_TICKET_REUSED,
      handshake: { url: 'wss://x.example/ws', protocols: ['jmap'], error: 'net::ERR_NAME_NOT_RESOLVED' },
    };
    expect(connectionOutcome(failed)).toMatchObject({
      verdict: 'unreachable',
      status: null,
      detail: 'net::ERR_NAME_NOT_RESOLVED',
    });
  });

  test('Chromium’s net::ERR_FAILED after the request went out is a refusal whose status it hides', () => {
    expect(connectionOutcome(F6_CHROMIUM_HIDDEN_REFUSAL)).toMatchObject({ verdict: 'refused', status: null });
    expect(connectionOutcome(F6_CHROMIUM_HIDDEN_REFUSAL).causes.map((cause) => cause.id)).toEqual([
      'refused-status-hidden',
    ]);
  });
});

describe('replayOutcome', () => {
  test('a replay that never opened a socket is not-run, with the reason', () => {
    const outcome = replayOutcome({
      reason: 'mint-failed',
      detail: 'the ticket mint answered HTTP 401 without a ticket',
    });
    expect(outcome).toMatchObject({ verdict: 'not-run', causes: [], framesSent: 0, framesReceived: 0 });
    expect(outcome.detail).toBe('the ticket mint answered HTTP 401 without a ticket');
    expect([outcome.status, outcome.subprotocol, outcome.firstPushLatencyMs, outcome.closeCode]).toEqual([
      null,
      null,
      null,
      null,
    ]);
    expect(replayOutcome({ reason: 'stopped' }).detail).toBe('stopped');
  });

  test('a replay the server ended is dropped; one the replay ended is connected', () => {
    const record = {
      ...F2_NO_PUSH_ENABLE,
      closedAt: (F2_NO_PUSH_ENABLE.openAt ?? 0) + 20_000,
      close: { code: 1000, reason: 'bye', wasClean: true },
    };
    expect(replayOutcome({ reason: 'closed', record }, { session: STALWART }).verdict).toBe('dropped');
    expect(replayOutcome({ reason: 'waited', record }, { session: STALWART }).verdict).toBe('connected');
  });
});

describe('compareOutcomes', () => {
  test('the side-by-side rows of a failing original and a working replay', () => {
    const original = connectionOutcome(F2_OLD_TOKEN_RAW_COPY, { session: STALWART });
    const replay = connectionOutcome(F2_TOKEN_PROXY_OK, { session: STALWART });
    expect(compareOutcomes(original, replay)).toEqual([
      { key: 'verdict', label: 'Outcome', original: 'refused', replay: 'push-works', same: false },
      { key: 'status', label: 'HTTP status', original: '401', replay: '101', same: false },
      { key: 'subprotocol', label: 'Subprotocol', original: '—', replay: 'jmap', same: false },
      { key: 'frames', label: 'Frames sent / received', original: '0 / 0', replay: '1 / 1', same: false },
      { key: 'firstPush', label: 'First push after PushEnable', original: '—', replay: '14995 ms', same: false },
      { key: 'closeCode', label: 'Close code', original: '1006', replay: '—', same: false },
      {
        key: 'causes',
        label: 'Causes',
        original: 'credential-not-decoded, auth-header-missing',
        replay: 'none',
        same: false,
      },
    ]);
  });

  test('two pushes at different times are the same outcome', () => {
    const a = connectionOutcome(F2_TOKEN_PROXY_OK, { session: STALWART });
    const b = { ...a, firstPushLatencyMs: 120 };
    expect(compareOutcomes(a, b).every((row) => row.same)).toBe(true);
  });
});
