import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  basicCredentials,
  encodeQueryComponent,
  ensureWebSocketUri,
  normalizeEndpoint,
  replaceQueryParameters,
} from '../../demo/dart-uri.js';
import { redactUrl, usableToken } from '../../demo/tmail-url.js';
import { ALICE_EXPIRED_JWT, ALICE_JWT } from '../../server/users.ts';

const F3_BASIC = 'YWxpY2VAZXhhbXBsZS5jb206UzNjcmV0K3B3LzE=';

describe('Dart URI behaviour of the demo client', () => {
  test('basic credentials of the F3 user', () => {
    expect(basicCredentials('alice@example.com', 'S3cret+pw/1')).toBe(F3_BASIC);
  });

  test('query-component encoding: space → +, everything but A–Za–z0–9-._~ → %XX (F3 URL)', () => {
    expect(encodeQueryComponent(`Basic ${F3_BASIC}`)).toBe('Basic+YWxpY2VAZXhhbXBsZS5jb206UzNjcmV0K3B3LzE%3D');
    expect(encodeQueryComponent('q7Yd+4n/Zp0Lw9xK3mT2aB1cD5eF6gH7iJ8kL9mN0oP=')).toBe(
      'q7Yd%2B4n%2FZp0Lw9xK3mT2aB1cD5eF6gH7iJ8kL9mN0oP%3D',
    );
    expect(encodeQueryComponent(ALICE_JWT)).toBe(ALICE_JWT);
    expect(encodeQueryComponent('é*!')).toBe('%C3%A9%2A%21');
  });

  test('the encoding round-trips through form decoding', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const encoded = encodeQueryComponent(text);
        expect(encoded).toMatch(/^[A-Za-z0-9\-._~+%]*$/);
        expect(new URLSearchParams(`v=${encoded}`).get('v')).toBe(text.replace(/[\uD800-\uDFFF]/g, '\uFFFD'));
      }),
    );
  });

  test('replace(queryParameters:) keeps and re-encodes the existing parameters and the fragment', () => {
    expect(replaceQueryParameters('wss://h/jmap/ws', { access_token: 'a.b.c' })).toBe(
      'wss://h/jmap/ws?access_token=a.b.c',
    );
    expect(replaceQueryParameters('wss://h/ws?x=a%20b&y#f', { authorization: 'Basic Zm9v' })).toBe(
      'wss://h/ws?x=a+b&y=&authorization=Basic+Zm9v#f',
    );
    expect(replaceQueryParameters('wss:/jmap/ws/', { access_token: 't' })).toBe('wss:/jmap/ws/?access_token=t');
  });

  test('ensureWebSocketUri leaves ws/wss and turns any other scheme into wss', () => {
    expect(ensureWebSocketUri('ws://127.0.0.1:1/jmap/ws')).toBe('ws://127.0.0.1:1/jmap/ws');
    expect(ensureWebSocketUri('http://h/jmap/ws')).toBe('wss://h/jmap/ws');
    expect(ensureWebSocketUri('wss:/jmap/ws/')).toBe('wss:/jmap/ws/');
    expect(ensureWebSocketUri('/jmap/ws')).toBe('wss:/jmap/ws');
  });

  test('normalizeEndpoint collapses duplicate slashes in the path only (ADR 0087)', () => {
    expect(normalizeEndpoint('https://h//jmap/ws/ticket')).toBe('https://h/jmap/ws/ticket');
    expect(normalizeEndpoint('http://h:1/jmap//ws///ticket')).toBe('http://h:1/jmap/ws/ticket');
  });

  test('an expired JWT is no usable token; opaque tokens are kept', () => {
    expect(usableToken(ALICE_EXPIRED_JWT, Date.now())).toBe('');
    expect(usableToken(ALICE_JWT, Date.now())).toBe(ALICE_JWT);
    expect(usableToken('q7Yd+4n/Zp0Lw9xK3mT2aB1cD5eF6gH7iJ8kL9mN0oP=', Date.now())).not.toBe('');
  });

  test('the page log redacts ticket, access_token and authorization values', () => {
    expect(redactUrl('ws://h/jmap/ws?ticket=abc&x=1&Authorization=Basic+Zm9v#f')).toBe(
      'ws://h/jmap/ws?ticket=[REDACTED]&x=1&Authorization=[REDACTED]#f',
    );
  });
});
