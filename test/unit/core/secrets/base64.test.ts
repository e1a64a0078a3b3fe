import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeBase64, decodeBase64Text } from '../../../../src/core/secrets/base64.ts';
import { BASIC_CREDENTIALS, BASIC_PASSWORD, BASIC_USER } from '../../../fixtures/secrets.ts';

describe('decodeBase64Text', () => {
  test('standard base64 with padding (F3)', () => {
    expect(decodeBase64Text(BASIC_CREDENTIALS)).toBe(`${BASIC_USER}:${BASIC_PASSWORD}`);
  });

  test('without padding, and in the url-safe alphabet', () => {
    const unpadded = BASIC_CREDENTIALS.replace(/=+$/, '');
    expect(decodeBase64Text(unpadded)).toBe(`${BASIC_USER}:${BASIC_PASSWORD}`);
    expect(decodeBase64Text(unpadded.replace(/\+/g, '-').replace(/\//g, '_'))).toBe(`${BASIC_USER}:${BASIC_PASSWORD}`);
  });

  test('UTF-8 text', () => {
    expect(decodeBase64Text(btoa(String.fromCharCode(...new TextEncoder().encode('zoë:pässwörd'))))).toBe(
      'zoë:pässwörd',
    );
  });

  test('not base64: other characters, impossible length, padding in the middle', () => {
    expect(decodeBase64Text('abc$def')).toBeUndefined();
    expect(decodeBase64Text('abcde')).toBeUndefined();
    expect(decodeBase64Text('ab=cd')).toBeUndefined();
  });

  test('bytes that are not UTF-8', () => {
    expect(decodeBase64(btoa('\xff\xfe'))).toEqual(Uint8Array.from([0xff, 0xfe]));
    expect(decodeBase64Text(btoa('\xff\xfe'))).toBeUndefined();
  });

  test('never throws', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        decodeBase64Text(text);
      }),
    );
  });

  test('round-trips any bytes in either alphabet, padded or not', () => {
    fc.assert(
      fc.property(fc.uint8Array(), fc.boolean(), fc.boolean(), (bytes, urlSafe, padded) => {
        let encoded = btoa(String.fromCharCode(...bytes));
        if (urlSafe) encoded = encoded.replace(/\+/g, '-').replace(/\//g, '_');
        if (!padded) encoded = encoded.replace(/=+$/, '');
        expect(decodeBase64(encoded)).toEqual(bytes);
      }),
    );
  });
});
