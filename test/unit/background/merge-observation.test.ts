import { describe, expect, test } from 'vitest';
import { sameSocketUrl } from '../../../src/background/handshake-observation.ts';
import { mergeObservation } from '../../../src/background/merge-observation.ts';
import type { ConnectionState } from '../../../src/shared/protocol.ts';
import { F1_HANDSHAKE, F1_URL } from '../../fixtures/handshakes.ts';
import { PAGE_URL, refusedChromium, T0, upgraded } from './support/observations.ts';

const pageOnly: ConnectionState = {
  id: 'live:doc:1',
  source: 'live',
  frameId: 0,
  pageUrl: PAGE_URL,
  handshake: { url: F1_URL, protocols: ['jmap'] },
  createdAt: T0,
};

describe('mergeObservation', () => {
  test('adds what the network saw to what the page saw: the F1 handshake, complete', () => {
    expect(mergeObservation(pageOnly, upgraded()).handshake).toEqual(F1_HANDSHAKE);
  });

  test('keeps the page view: URL, offered protocols, and the protocol the page saw chosen', () => {
    const seen = { ...pageOnly, handshake: { ...pageOnly.handshake, chosenProtocol: '' } };
    const merged = mergeObservation(seen, { ...upgraded(), url: 'wss://other.example/' });
    expect(merged.handshake).toMatchObject({ url: F1_URL, protocols: ['jmap'], chosenProtocol: '' });
    expect(merged.id).toBe(pageOnly.id);
  });

  test('a partial observation keeps what an earlier one brought', () => {
    const complete = mergeObservation(pageOnly, refusedChromium());
    const started = { requestId: 'r2', frameId: 0, url: F1_URL, startedAt: T0 };
    expect(mergeObservation(complete, started)).toEqual(complete);
  });

  test('no chosen protocol when neither the page nor the response named one', () => {
    const merged = mergeObservation(pageOnly, refusedChromium());
    expect(merged.handshake).not.toHaveProperty('chosenProtocol');
    expect(merged.handshake).toMatchObject({ status: 401, error: 'net::ERR_FAILED' });
  });
});

describe('sameSocketUrl', () => {
  test.each([
    [F1_URL, F1_URL],
    ['wss://jmap.example.com:443/jmap/ws', 'wss://jmap.example.com/jmap/ws'],
    ['ws://JMAP.example.com/jmap/ws', 'ws://jmap.example.com/jmap/ws'],
  ])('%s is %s', (a, b) => {
    expect(sameSocketUrl(a, b)).toBe(true);
  });

  test.each([
    ['wss://jmap.example.com/jmap/ws', 'wss://jmap.example.com/jmap/ws?ticket=1'],
    ['wss://jmap.example.com/jmap/ws', 'ws://jmap.example.com/jmap/ws'],
    ['not a url', 'also not a url'],
  ])('%s is not %s', (a, b) => {
    expect(sameSocketUrl(a, b)).toBe(false);
  });
});
