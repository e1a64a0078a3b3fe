import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeQueryValue, percentDecode } from '../../../../src/core/url/decode-query-value.ts';
import { dartQueryComponent, urlSearchParamsValue } from '../../../fixtures/query-encodings.ts';

const BASIC = 'Basic YWxpY2VAZXhhbXBsZS5jb206UzNjcmV0K3B3LzE=';

describe('decodeQueryValue', () => {
  test('F3: Dart writes Basic credentials with + for the space and %3D for the padding', () => {
    expect(decodeQueryValue('Basic+YWxpY2VAZXhhbXBsZS5jb206UzNjcmV0K3B3LzE%3D')).toEqual({
      value: BASIC,
      encoding: 'form',
    });
  });

  test('a + after an auth scheme is the space even when nothing else is escaped', () => {
    expect(decodeQueryValue('Bearer+eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJl')).toEqual({
      value: 'Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJl',
      encoding: 'form',
    });
  });

  test('a JWT passes through query encoding unchanged (FACTS §8)', () => {
    const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJl';
    expect(decodeQueryValue(jwt)).toEqual({ value: jwt, encoding: 'raw' });
  });

  test('an old-style standard-base64 token, percent-encoded (F2)', () => {
    expect(decodeQueryValue('q7Yd%2B4n%2FZp0Lw9xK3mT2aB1cD5eF6gH7iJ8kL9mN0oP%3D')).toEqual({
      value: 'q7Yd+4n/Zp0Lw9xK3mT2aB1cD5eF6gH7iJ8kL9mN0oP=',
      encoding: 'percent',
    });
  });

  test('a raw standard-base64 token keeps its literal +', () => {
    expect(decodeQueryValue('q7Yd+4n/Zp0=')).toEqual({ value: 'q7Yd+4n/Zp0=', encoding: 'raw' });
  });

  test('a form-encoded space with no other escape is read as a literal + (the raw token reading wins)', () => {
    expect(decodeQueryValue('a+b')).toEqual({ value: 'a+b', encoding: 'raw' });
  });

  test('double encoding is undone twice', () => {
    expect(decodeQueryValue('Basic%2BYWxpY2VAZXhhbXBsZS5jb206UzNjcmV0K3B3LzE%253D')).toEqual({
      value: BASIC,
      encoding: 'double',
    });
  });

  test('malformed escapes stay as written and never throw', () => {
    expect(percentDecode('%E0%A4%A')).toBe('%E0%A4%A');
    expect(percentDecode('%FF%41')).toBe('%FF%41');
    expect(decodeQueryValue('100%')).toEqual({ value: '100%', encoding: 'raw' });
  });

  // Two writings are ambiguous and resolved on purpose: a value containing `%XX` looks double-encoded, and `a+b` with
  // no other escape reads as a literal `+` (raw base64 tokens) unless an auth scheme precedes it.
  test('every real client encoding of any unambiguous value decodes back to it', () => {
    const unambiguous = (text: string) =>
      !text.includes('%') &&
      !/^(Basic|Bearer)\+/i.test(text) &&
      !/^[^%]*\+/.test(dartQueryComponent(text).replace(/^(Basic|Bearer)\+/i, ''));
    const value = fc.string({ unit: 'grapheme', maxLength: 40 }).filter(unambiguous);
    fc.assert(
      fc.property(value, (value) => {
        expect(decodeQueryValue(dartQueryComponent(value)).value).toBe(value);
        expect(decodeQueryValue(urlSearchParamsValue(value)).value).toBe(value);
        expect(decodeQueryValue(encodeURIComponent(dartQueryComponent(value))).value).toBe(value);
      }),
    );
  });

  test('never throws', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (raw) => typeof decodeQueryValue(raw).value === 'string'));
  });
});
