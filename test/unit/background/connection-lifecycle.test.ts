import { describe, expect, test } from 'vitest';
import { applySocketEvent, mayStillCarryFrames } from '../../../src/background/connection-lifecycle.ts';
import type { ConnectionState } from '../../../src/shared/protocol.ts';
import { F1_URL } from '../../fixtures/handshakes.ts';
import { PAGE_URL, T0 } from './support/observations.ts';

const created: ConnectionState = {
  id: 'live:doc:1',
  source: 'live',
  frameId: 0,
  pageUrl: PAGE_URL,
  handshake: { url: F1_URL, protocols: ['jmap'] },
  createdAt: T0,
};
const close = { code: 1006, reason: '', wasClean: false };

describe('applySocketEvent', () => {
  test('opened: the open time, and the protocol and extensions the page saw', () => {
    const opened = applySocketEvent(created, {
      type: 'opened',
      socket: 1,
      at: T0 + 40,
      protocol: 'jmap',
      extensions: '',
    });
    expect(opened).toEqual({
      ...created,
      openAt: T0 + 40,
      handshake: { ...created.handshake, chosenProtocol: 'jmap', extensions: '' },
    });
  });

  test('error, then close', () => {
    const failed = applySocketEvent(created, { type: 'error', socket: 1, at: T0 + 30 });
    expect(failed).toEqual({ ...created, errorAt: T0 + 30 });
    expect(applySocketEvent(failed, { type: 'close', socket: 1, at: T0 + 31, close })).toEqual({
      ...failed,
      closedAt: T0 + 31,
      close,
    });
  });
});

describe('mayStillCarryFrames', () => {
  test.each([
    ['just created', created, true],
    ['upgraded (101)', { ...created, handshake: { ...created.handshake, status: 101 } }, true],
    ['closed', { ...created, closedAt: T0, close }, false],
    ['failed', { ...created, errorAt: T0 }, false],
    ['refused with 401 (Firefox)', { ...created, handshake: { ...created.handshake, status: 401 } }, false],
    ['failed at the network', { ...created, handshake: { ...created.handshake, error: 'net::ERR_FAILED' } }, false],
  ])('%s: %s', (_name, state, expected) => {
    expect(mayStillCarryFrames(state)).toBe(expected);
  });
});
