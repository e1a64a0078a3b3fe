import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isHostless, resolveUrl } from '../../../../src/core/session/resolve-url.ts';

const CYRUS_SESSION = 'https://cyrus.example.net/jmap/';

describe('resolveUrl', () => {
  test('keeps absolute web URLs', () => {
    expect(resolveUrl('wss://jmap.example.com/jmap/ws')).toBe('wss://jmap.example.com/jmap/ws');
    expect(resolveUrl('https://jmap.example.com/jmap/ws/ticket', CYRUS_SESSION)).toBe(
      'https://jmap.example.com/jmap/ws/ticket',
    );
  });

  test("resolves Cyrus's host-less wss:/jmap/ws/ against the session origin, keeping its scheme", () => {
    expect(resolveUrl('wss:/jmap/ws/', CYRUS_SESSION)).toBe('wss://cyrus.example.net/jmap/ws/');
    expect(resolveUrl('https:/jmap/', CYRUS_SESSION)).toBe('https://cyrus.example.net/jmap/');
  });

  test('treats an empty authority (wss:///x) as host-less too', () => {
    expect(resolveUrl('wss:///jmap/ws/', CYRUS_SESSION)).toBe('wss://cyrus.example.net/jmap/ws/');
  });

  test('resolves a path-relative host-less URL against the session path', () => {
    expect(resolveUrl('wss:ws/', CYRUS_SESSION)).toBe('wss://cyrus.example.net/jmap/ws/');
  });

  test('resolves relative URLs against the session URL', () => {
    expect(resolveUrl('/jmap/', CYRUS_SESSION)).toBe('https://cyrus.example.net/jmap/');
    expect(resolveUrl('ws/', CYRUS_SESSION)).toBe('https://cyrus.example.net/jmap/ws/');
  });

  test('trims surrounding whitespace', () => {
    expect(resolveUrl('  wss://h.example/ws  ')).toBe('wss://h.example/ws');
  });

  test('needs a base for relative and host-less URLs', () => {
    expect(resolveUrl('/jmap/ws/')).toBeUndefined();
    expect(resolveUrl('wss:/jmap/ws/')).toBeUndefined();
    expect(resolveUrl('wss:/jmap/ws/', 'not a url')).toBeUndefined();
    expect(resolveUrl('wss:/jmap/ws/', 'mailto:a@b.example')).toBeUndefined();
  });

  test('rejects what a client could not connect to', () => {
    expect(resolveUrl(undefined)).toBeUndefined();
    expect(resolveUrl(42)).toBeUndefined();
    expect(resolveUrl('')).toBeUndefined();
    expect(resolveUrl('   ')).toBeUndefined();
    expect(resolveUrl('wss:', CYRUS_SESSION)).toBeUndefined();
    expect(resolveUrl('wss:////[', CYRUS_SESSION)).toBeUndefined();
    expect(resolveUrl('wss://')).toBeUndefined();
    expect(resolveUrl('ws://h.example:99999/x')).toBeUndefined();
    expect(resolveUrl('mailto:alice@example.com')).toBeUndefined();
    expect(resolveUrl('foo://h.example/x')).toBeUndefined();
    expect(resolveUrl('/x', 'foo:/opaque')).toBeUndefined();
  });

  test('never throws on arbitrary strings, and what it returns parses', () => {
    fc.assert(
      fc.property(fc.string(), fc.option(fc.oneof(fc.string(), fc.webUrl())), (advertised, base) => {
        const resolved = resolveUrl(advertised, base ?? undefined);
        if (resolved !== undefined) expect(new URL(resolved).hostname).not.toBe('');
      }),
    );
  });

  test('never throws on URL-like strings', () => {
    const urlish = fc.stringMatching(/^(wss?|https?|foo)?:?\/{0,3}[a-z0-9.:@%[\]]*(\/[a-z0-9.%?#=&]*)*$/);
    fc.assert(fc.property(urlish, (advertised) => void resolveUrl(advertised, CYRUS_SESSION)));
  });
});

describe('isHostless', () => {
  test('spots a web scheme without host', () => {
    expect(isHostless('wss:/jmap/ws/')).toBe(true);
    expect(isHostless(' wss:///jmap/ws/ ')).toBe(true);
    expect(isHostless('https:jmap')).toBe(true);
  });

  test('is false for absolute, relative and non-web URLs', () => {
    expect(isHostless('wss://cyrus.example.net/jmap/ws/')).toBe(false);
    expect(isHostless('/jmap/ws/')).toBe(false);
    expect(isHostless('mailto:alice@example.com')).toBe(false);
    expect(isHostless('')).toBe(false);
  });
});
