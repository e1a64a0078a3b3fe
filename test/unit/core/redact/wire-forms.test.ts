import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { wireForms } from '../../../../src/core/redact/wire-forms.ts';
import {
  BASIC_CREDENTIALS,
  BASIC_PASSWORD,
  BASIC_USER,
  encodingsOf,
  KNOWN_SECRETS,
  RFC_BASIC_CREDENTIALS,
  STALWART_OPAQUE_TOKEN,
} from '../../../fixtures/secrets.ts';

describe('wireForms', () => {
  test('covers every wire form of every known secret', () => {
    for (const secret of KNOWN_SECRETS) {
      const forms = wireForms(secret);
      for (const form of encodingsOf(secret)) expect(forms).toContain(form);
    }
  });

  test('the old Stalwart token: raw, percent, double, JSON', () => {
    expect(wireForms(STALWART_OPAQUE_TOKEN)).toEqual([
      STALWART_OPAQUE_TOKEN,
      'q7Yd%2B4n%2FZp0Lw9xK3mT2aB1cD5eF6gH7iJ8kL9mN0oP%3D',
      'q7Yd%252B4n%252FZp0Lw9xK3mT2aB1cD5eF6gH7iJ8kL9mN0oP%253D',
    ]);
  });

  test('Basic: the credential part without the scheme word, the decoded pair and the password', () => {
    const forms = wireForms('Basic+YWxpY2VAZXhhbXBsZS5jb206UzNjcmV0K3B3LzE%3D');
    expect(forms).toContain(BASIC_CREDENTIALS);
    expect(forms).toContain(`${BASIC_USER}:${BASIC_PASSWORD}`);
    expect(forms).toContain(BASIC_PASSWORD);
    expect(forms).toContain('S3cret%2Bpw%2F1');
    expect(forms.some((form) => /^basic/i.test(form))).toBe(false);
  });

  test('a short password is not hunted alone (it would eat ordinary words)', () => {
    const forms = wireForms(RFC_BASIC_CREDENTIALS);
    expect(forms).toContain('foo:bar');
    expect(forms).not.toContain('bar');
  });

  test('form encoding escapes what Dart escapes, JSON escaping is included', () => {
    expect(wireForms("it's (a) secret!*")).toContain('it%27s+%28a%29+secret%21%2A');
    expect(wireForms('say "hi"\\now')).toContain('say \\"hi\\"\\\\now');
  });

  test('forms shorter than 3 characters are dropped', () => {
    expect(wireForms('ab')).toEqual([]);
  });

  test('never throws, even on lone surrogates', () => {
    expect(wireForms('abc\uD800def')).toContain('abc\uD800def');
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        wireForms(text);
      }),
    );
  });
});
