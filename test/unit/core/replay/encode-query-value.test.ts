import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { encodeQueryValue, rawValueProblem } from '../../../../src/core/replay/encode-query-value.ts';
import { REPLAY_ENCODINGS } from '../../../../src/core/replay/endpoint-profile.ts';
import { decodeQueryValue } from '../../../../src/core/url/decode-query-value.ts';
import { dartQueryComponent, handBuilt, urlSearchParamsValue } from '../../../fixtures/query-encodings.ts';
import { BASIC_CREDENTIALS, SCENARIO_JWT, STALWART_OPAQUE_TOKEN } from '../../../fixtures/secrets.ts';

/** What every corrected proxy does (PROXIES.md): decode once, form style. */
const proxyDecode = (written: string) => decodeURIComponent(written.replace(/\+/g, ' '));

const base64 = fc.stringMatching(/^[A-Za-z0-9+/]{4,40}={0,2}$/);
const token = fc.oneof(
  base64,
  fc.stringMatching(/^[A-Za-z0-9_-]{2,20}\.[A-Za-z0-9_-]{2,20}\.[A-Za-z0-9_-]{0,20}$/),
  fc.uuid(),
);
/** What replays carry: bare tokens, and whole Authorization values. */
const credentialValue = fc.oneof(
  token,
  token.map((value) => `Bearer ${value}`),
  base64.map((value) => `Basic ${value}`),
);

describe('encodeQueryValue', () => {
  test('form is Dart Uri.encodeQueryComponent, byte for byte (FACTS §1.2)', () => {
    expect(encodeQueryValue(`Basic ${BASIC_CREDENTIALS}`, 'form')).toBe(
      'Basic+YWxpY2VAZXhhbXBsZS5jb206UzNjcmV0K3B3LzE%3D',
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (value) => {
        expect(encodeQueryValue(value, 'form')).toBe(dartQueryComponent(value));
      }),
    );
  });

  test('percent is encodeURIComponent; raw is a hand-built URL', () => {
    expect(encodeQueryValue(STALWART_OPAQUE_TOKEN, 'percent')).toBe(
      'q7Yd%2B4n%2FZp0Lw9xK3mT2aB1cD5eF6gH7iJ8kL9mN0oP%3D',
    );
    expect(encodeQueryValue(STALWART_OPAQUE_TOKEN, 'raw')).toBe(STALWART_OPAQUE_TOKEN);
    expect(encodeQueryValue(`Basic ${BASIC_CREDENTIALS}`, 'raw')).toBe(handBuilt(`Basic ${BASIC_CREDENTIALS}`));
    expect(encodeQueryValue(SCENARIO_JWT, 'form')).toBe(SCENARIO_JWT);
  });

  test('a decoding proxy gets back exactly the value, for any text, with form and percent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.constantFrom('form', 'percent'), (value, encoding) => {
        expect(proxyDecode(encodeQueryValue(value, encoding as 'form' | 'percent'))).toBe(value);
      }),
    );
  });

  test('round trip through decodeQueryValue for every encoding, for every credential value', () => {
    fc.assert(
      fc.property(credentialValue, fc.constantFrom(...REPLAY_ENCODINGS), (value, encoding) => {
        expect(rawValueProblem(value)).toBeUndefined();
        expect(decodeQueryValue(encodeQueryValue(value, encoding)).value).toBe(value);
      }),
    );
  });

  // decodeQueryValue resolves two writings on purpose (see its own test): `%XX` inside a value, and `a+b` with no
  // other escape, so the round trip is checked on the values it can tell apart.
  test('round trip through decodeQueryValue for any unambiguous text', () => {
    const unambiguous = (text: string) =>
      !text.includes('%') &&
      !/^(Basic|Bearer)\+/i.test(text) &&
      !/^[^%]*\+/.test(dartQueryComponent(text).replace(/^(Basic|Bearer)\+/i, ''));
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }).filter(unambiguous), (value) => {
        expect(decodeQueryValue(encodeQueryValue(value, 'form')).value).toBe(value);
        expect(decodeQueryValue(encodeQueryValue(value, 'percent')).value).toBe(value);
        if (rawValueProblem(value) === undefined)
          expect(decodeQueryValue(encodeQueryValue(value, 'raw')).value).toBe(value);
      }),
    );
  });

  test('form agrees with URLSearchParams on what a decoder reads', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (value) => {
        expect(proxyDecode(encodeQueryValue(value, 'form'))).toBe(proxyDecode(urlSearchParamsValue(value)));
      }),
    );
  });

  test('a lone surrogate becomes U+FFFD instead of throwing', () => {
    expect(encodeQueryValue('a\uD800b', 'percent')).toBe('a%EF%BF%BDb');
    expect(encodeQueryValue('a\uDC00', 'raw')).toBe('a\uFFFD');
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.constantFrom(...REPLAY_ENCODINGS), (value, encoding) => {
        expect(typeof encodeQueryValue(value, encoding)).toBe('string');
      }),
    );
  });
});

describe('rawValueProblem', () => {
  test.each([
    ['a&b', '&'],
    ['a#b', '#'],
    ['100%', '%'],
    ['a b', 'space'],
    ['crlf\r\nX-Injected: yes', 'control'],
    ['Basic a b', 'space'],
    ['Bearer+tok', 'Bearer+'],
  ])('%j cannot travel raw', (value) => {
    expect(rawValueProblem(value)).toMatch(/raw encoding|reads as the scheme/);
  });

  test('tokens with + and / travel raw (the T_RAW case of PROXIES.md)', () => {
    expect(rawValueProblem('ab+cd/ef==')).toBeUndefined();
    expect(rawValueProblem(`Basic ${BASIC_CREDENTIALS}`)).toBeUndefined();
  });
});
