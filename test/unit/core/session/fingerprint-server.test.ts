import { describe, expect, test } from 'vitest';
import { parseFrames } from '../../../../src/core/jmap/parse-frames.ts';
import type { HandshakeRecord } from '../../../../src/core/model/handshake-record.ts';
import { fingerprintServer } from '../../../../src/core/session/fingerprint-server.ts';
import { SERVER_KINDS } from '../../../../src/core/session/server-kind.ts';
import {
  f1Frames,
  f4JamesFrames,
  frame,
  STALWART_EMAIL_PUSH,
  STALWART_STATE_CHANGE,
} from '../../../fixtures/frames.ts';
import {
  CYRUS_HANDSHAKE,
  F1_HANDSHAKE,
  F1_TICKET,
  F2B_HANDSHAKE,
  F4_HANDSHAKE,
  F5B_HANDSHAKE,
} from '../../../fixtures/handshakes.ts';
import { JAMES_ACCOUNT_ID, parsedSession, SESSION_FIXTURES, tmailBackendSession } from '../../../fixtures/sessions.ts';

describe('fingerprintServer: from the session', () => {
  test.each(SESSION_FIXTURES.map((fixture) => [fixture.name, fixture] as const))('%s', (_name, fixture) => {
    const { kind, evidence } = fingerprintServer({ session: parsedSession(fixture.json, fixture.sessionUrl) });
    expect(kind).toBe(fixture.kind);
    expect(SERVER_KINDS).toContain(kind);
    expect(evidence.at(-1)).toMatch(new RegExp(`^${fixture.kind}: scores `));
  });

  test('tmail-backend says why it is not plain James', () => {
    const { evidence } = fingerprintServer({ session: parsedSession(tmailBackendSession) });
    expect(evidence.at(-1)).toContain('Linagora cues make it tmail-backend');
    expect(evidence[0]).toContain('com:linagora:params:jmap:ws:ticket');
  });
});

describe('fingerprintServer: from the handshake and frames', () => {
  test('F1 without a session: ticket parameter plus James frames → tmail-backend', () => {
    const { kind, evidence } = fingerprintServer({ handshake: F1_HANDSHAKE, frames: parseFrames(f1Frames(0)) });
    expect(kind).toBe('tmail-backend');
    expect(evidence.join('\n')).not.toContain(F1_TICKET);
    expect(evidence.join('\n')).not.toContain(JAMES_ACCOUNT_ID);
  });

  test('F4 on James: header auth, James frames → james', () => {
    expect(fingerprintServer({ handshake: F4_HANDSHAKE, frames: parseFrames(f4JamesFrames(0)) }).kind).toBe('james');
  });

  test('F2b: the Stalwart 401 alone decides', () => {
    expect(fingerprintServer({ handshake: F2B_HANDSHAKE }).kind).toBe('stalwart');
  });

  test('F5b: James challenges with a Ticket realm → tmail-backend', () => {
    expect(fingerprintServer({ handshake: F5B_HANDSHAKE }).kind).toBe('tmail-backend');
  });

  test('Stalwart frames: short states, no pushState, EmailPush', () => {
    const frames = parseFrames([
      frame('received', STALWART_STATE_CHANGE, 1),
      frame('received', STALWART_EMAIL_PUSH, 2),
    ]);
    expect(fingerprintServer({ frames }).kind).toBe('stalwart');
  });
});

describe('fingerprintServer: undecided', () => {
  test('nothing at all', () => {
    expect(fingerprintServer({})).toEqual({
      kind: 'unknown',
      evidence: ['unknown: no cue decides (James family 0, Stalwart 0, Cyrus 0)'],
    });
  });

  test('a single weak cue does not decide (the Cyrus trailing slash alone)', () => {
    const { kind, evidence } = fingerprintServer({ handshake: CYRUS_HANDSHAKE });
    expect(kind).toBe('unknown');
    expect(evidence).toEqual([
      'the WebSocket path is /jmap/ws/ with the trailing slash Cyrus requires',
      'unknown: no cue decides (Cyrus 1, James family 0, Stalwart 0)',
    ]);
  });

  test('conflicting cues of equal weight give unknown and say so', () => {
    const handshake: HandshakeRecord = {
      url: 'wss://h.example/jmap/ws',
      protocols: ['jmap'],
      responseHeaders: [{ name: 'WWW-Authenticate', value: 'Basic realm="simple", Basic realm="Stalwart Server"' }],
    };
    const { kind, evidence } = fingerprintServer({ handshake });
    expect(kind).toBe('unknown');
    expect(evidence.at(-1)).toMatch(/^unknown: the cues conflict/);
  });
});

describe('fingerprintServer: combining sources', () => {
  test('the same cue seen in the session and in frames counts once', () => {
    const session = parsedSession(tmailBackendSession);
    const { evidence } = fingerprintServer({ session, frames: parseFrames(f1Frames(0)) });
    const accountCue = evidence.filter((line) => line.startsWith('account ids are 64-hex'));
    expect(accountCue).toHaveLength(1);
  });

  test('strong cues outweigh a contrary weak one', () => {
    const frames = parseFrames([frame('received', STALWART_STATE_CHANGE, 1)]);
    const { kind } = fingerprintServer({ session: parsedSession(tmailBackendSession), frames });
    expect(kind).toBe('tmail-backend');
  });
});
