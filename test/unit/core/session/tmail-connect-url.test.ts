import { describe, expect, test } from 'vitest';
import { appendQueryParameter, tmailWebSocketUri } from '../../../../src/core/session/tmail-connect-url.ts';

describe('tmailWebSocketUri (Dart ensureWebSocketUri on the advertised text)', () => {
  test('keeps ws and wss, lower-casing the scheme as Dart does', () => {
    expect(tmailWebSocketUri('wss://jmap.example.com/jmap/ws')).toBe('wss://jmap.example.com/jmap/ws');
    expect(tmailWebSocketUri('ws://localhost/jmap/ws')).toBe('ws://localhost/jmap/ws');
    expect(tmailWebSocketUri('WSS://h.example/ws')).toBe('wss://h.example/ws');
  });

  test('rewrites every other scheme to wss, so http:// becomes wss:// (FACTS §1.1)', () => {
    expect(tmailWebSocketUri('http://h.example/jmap/ws')).toBe('wss://h.example/jmap/ws');
    expect(tmailWebSocketUri('https://h.example/jmap/ws')).toBe('wss://h.example/jmap/ws');
  });

  test('does not resolve: a host-less Cyrus URL stays host-less, a relative one gets only the scheme', () => {
    expect(tmailWebSocketUri('wss:/jmap/ws/')).toBe('wss:/jmap/ws/');
    expect(tmailWebSocketUri('/jmap/ws')).toBe('wss:/jmap/ws');
    expect(tmailWebSocketUri('//h.example/jmap/ws')).toBe('wss://h.example/jmap/ws');
  });
});

describe('appendQueryParameter', () => {
  test('concatenate: master and the #4512 lineage, a second "?" when a query exists', () => {
    expect(appendQueryParameter('wss://h.example/jmap/ws', 'ticket', '<t>', 'concatenate')).toBe(
      'wss://h.example/jmap/ws?ticket=<t>',
    );
    expect(appendQueryParameter('wss://h.example/jmap/ws?tenant=acme', 'ticket', '<t>', 'concatenate')).toBe(
      'wss://h.example/jmap/ws?tenant=acme?ticket=<t>',
    );
  });

  test('replace: keeps existing parameters and joins with "&"', () => {
    expect(appendQueryParameter('wss://h.example/ws', 'access_token', 'x', 'replace')).toBe(
      'wss://h.example/ws?access_token=x',
    );
    expect(appendQueryParameter('wss://h.example/ws?a=1', 'access_token', 'x', 'replace')).toBe(
      'wss://h.example/ws?a=1&access_token=x',
    );
    expect(appendQueryParameter('wss://h.example/ws?', 'ticket', 'x', 'replace')).toBe('wss://h.example/ws?ticket=x');
    expect(appendQueryParameter('wss://h.example/ws?a=1&', 'ticket', 'x', 'replace')).toBe(
      'wss://h.example/ws?a=1&ticket=x',
    );
  });

  test('replace: the fragment stays last', () => {
    expect(appendQueryParameter('wss://h.example/ws#top', 'ticket', 'x', 'replace')).toBe(
      'wss://h.example/ws?ticket=x#top',
    );
  });
});
