import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { resolveWebSocketUrl } from '../../../../src/core/session/resolve-websocket-url.ts';

const SESSION = 'https://mail.example.org/jmap/session';

describe('resolveWebSocketUrl', () => {
  test('keeps ws and wss URLs', () => {
    expect(resolveWebSocketUrl('wss://mail.example.org/jmap/ws', SESSION)).toBe('wss://mail.example.org/jmap/ws');
    expect(resolveWebSocketUrl('ws://localhost/jmap/ws')).toBe('ws://localhost/jmap/ws');
    expect(resolveWebSocketUrl('ws://localhost/jmap/ws', SESSION, 'tmail')).toBe('ws://localhost/jmap/ws');
  });

  test("resolves Cyrus's host-less capability URL (FACTS §5)", () => {
    expect(resolveWebSocketUrl('wss:/jmap/ws/', 'https://cyrus.example.net/jmap/')).toBe(
      'wss://cyrus.example.net/jmap/ws/',
    );
  });

  test('browser rule: http → ws, https → wss, as the WebSocket constructor maps them', () => {
    expect(resolveWebSocketUrl('http://mail.example.org/jmap/ws')).toBe('ws://mail.example.org/jmap/ws');
    expect(resolveWebSocketUrl('https://mail.example.org/jmap/ws')).toBe('wss://mail.example.org/jmap/ws');
    expect(resolveWebSocketUrl('/jmap/ws', SESSION)).toBe('wss://mail.example.org/jmap/ws');
    expect(resolveWebSocketUrl('/jmap/ws', 'http://mail.example.org/')).toBe('ws://mail.example.org/jmap/ws');
  });

  test('tmail rule: ensureWebSocketUri turns every non-ws scheme into wss, so http:// gives wss:// (FACTS §1.1)', () => {
    expect(resolveWebSocketUrl('http://mail.example.org/jmap/ws', undefined, 'tmail')).toBe(
      'wss://mail.example.org/jmap/ws',
    );
    expect(resolveWebSocketUrl('https://mail.example.org/jmap/ws', undefined, 'tmail')).toBe(
      'wss://mail.example.org/jmap/ws',
    );
  });

  test('keeps the query', () => {
    expect(resolveWebSocketUrl('wss://h.example/jmap/ws?tenant=acme')).toBe('wss://h.example/jmap/ws?tenant=acme');
  });

  test('is undefined for unusable input', () => {
    expect(resolveWebSocketUrl(undefined, SESSION)).toBeUndefined();
    expect(resolveWebSocketUrl(null, SESSION)).toBeUndefined();
    expect(resolveWebSocketUrl('', SESSION)).toBeUndefined();
    expect(resolveWebSocketUrl('/jmap/ws')).toBeUndefined();
    expect(resolveWebSocketUrl('ftp://h.example/ws')).toBeUndefined();
  });

  test('never throws, and always yields ws/wss when it yields anything', () => {
    fc.assert(
      fc.property(fc.string(), fc.option(fc.webUrl()), fc.constantFrom('browser', 'tmail'), (text, base, rule) => {
        const url = resolveWebSocketUrl(text, base ?? undefined, rule);
        if (url !== undefined) expect(url).toMatch(/^wss?:\/\//);
      }),
    );
  });
});
