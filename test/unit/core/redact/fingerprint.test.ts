import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { canonicalSecret, fingerprint } from '../../../../src/core/redact/fingerprint.ts';
import {
  BASIC_CREDENTIALS,
  dartEncode,
  encodingsOf,
  KNOWN_SECRETS,
  SCENARIO_JWT,
  STALWART_OPAQUE_TOKEN,
} from '../../../fixtures/secrets.ts';

const FINGERPRINT = /^\[REDACTED:[0-9a-f]{6}\]$/;

describe('canonicalSecret', () => {
  test('Basic: the base64 credential part, whatever the encoding', () => {
    for (const form of [
      'Basic+YWxpY2VAZXhhbXBsZS5jb206UzNjcmV0K3B3LzE%3D',
      `Basic ${BASIC_CREDENTIALS}`,
      BASIC_CREDENTIALS,
      encodeURIComponent(`Basic ${BASIC_CREDENTIALS}`),
      encodeURIComponent(dartEncode(`Basic ${BASIC_CREDENTIALS}`)),
    ]) {
      expect(canonicalSecret(form)).toBe(BASIC_CREDENTIALS);
    }
  });

  test('other values: the decoded value', () => {
    expect(canonicalSecret('q7Yd%2B4n%2FZp0Lw9xK3mT2aB1cD5eF6gH7iJ8kL9mN0oP%3D')).toBe(STALWART_OPAQUE_TOKEN);
    expect(canonicalSecret(STALWART_OPAQUE_TOKEN)).toBe(STALWART_OPAQUE_TOKEN);
    expect(canonicalSecret(`Bearer ${SCENARIO_JWT}`)).toBe(SCENARIO_JWT);
    expect(canonicalSecret(` ${SCENARIO_JWT} `)).toBe(SCENARIO_JWT);
  });
});

describe('fingerprint', () => {
  test('six hex digits of SHA-256 of the canonical value', () => {
    const expected = bytesToHex(sha256(utf8ToBytes(BASIC_CREDENTIALS))).slice(0, 6);
    expect(fingerprint('Basic+YWxpY2VAZXhhbXBsZS5jb206UzNjcmV0K3B3LzE%3D')).toBe(`[REDACTED:${expected}]`);
  });

  test('every wire form of a known secret gets its fingerprint; the known secrets all differ', () => {
    const prints = KNOWN_SECRETS.map((secret) => {
      const print = fingerprint(secret);
      expect(print).toMatch(FINGERPRINT);
      for (const form of encodingsOf(secret)) expect(fingerprint(form)).toBe(print);
      return print;
    });
    expect(new Set(prints).size).toBe(KNOWN_SECRETS.length);
  });

  const token = fc.oneof(fc.base64String({ minLength: 8 }), fc.stringMatching(/^[A-Za-z0-9_-]{8,64}$/), fc.uuid());

  test('stable: the same secret in any encoding, with or without a scheme, gets the same fingerprint', () => {
    fc.assert(
      fc.property(token, fc.constantFrom('', 'Basic ', 'Bearer '), (secret, scheme) => {
        const print = fingerprint(secret);
        for (const form of encodingsOf(`${scheme}${secret}`)) expect(fingerprint(form)).toBe(print);
      }),
    );
  });

  test('different secrets get (practically) different fingerprints', () => {
    fc.assert(
      fc.property(token, token, (a, b) => {
        fc.pre(canonicalSecret(a) !== canonicalSecret(b));
        expect(fingerprint(a)).not.toBe(fingerprint(b));
      }),
    );
  });

  test('never throws', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(fingerprint(text)).toMatch(FINGERPRINT);
      }),
    );
  });
});
