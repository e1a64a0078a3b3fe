import { describe, expect, test } from 'vitest';
import { mergeObservation } from '../../../src/background/merge-observation.ts';
import type { ConnectionState } from '../../../src/shared/protocol.ts';

const state: ConnectionState = {
  id: 'live:d:1',
  source: 'live',
  frameId: 0,
  pageUrl: 'https://mail.example.com/',
  handshake: { url: 'wss://mail.example.com/jmap/ws', protocols: ['jmap'] },
  createdAt: 1,
};
const headers = [{ name: 'Origin', value: 'https://mail.example.com' }];

describe('mergeObservation: whether the request headers are complete', () => {
  test('follows the reporter that gave the headers', () => {
    const partial = mergeObservation(state, {
      requestId: 'r',
      url: state.handshake.url,
      startedAt: 1,
      requestHeaders: headers,
      requestHeadersPartial: true,
    });
    expect(partial.handshake.requestHeadersPartial).toBe(true);
    const exact = mergeObservation(partial, {
      requestId: 'c',
      url: state.handshake.url,
      startedAt: 1,
      requestHeaders: headers,
    });
    expect(exact.handshake.requestHeadersPartial).toBeUndefined();
  });

  test('an observation without headers keeps what was known', () => {
    const partial = mergeObservation(state, {
      requestId: 'r',
      url: state.handshake.url,
      startedAt: 1,
      requestHeaders: headers,
      requestHeadersPartial: true,
    });
    const later = mergeObservation(partial, { requestId: 'r', url: state.handshake.url, startedAt: 1, status: 101 });
    expect(later.handshake).toMatchObject({ requestHeadersPartial: true, status: 101 });
  });
});
