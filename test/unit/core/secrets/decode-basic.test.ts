import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeBasic } from '../../../../src/core/secrets/decode-basic.ts';
import {
  BASIC_CREDENTIALS,
  BASIC_PASSWORD,
  BASIC_USER,
  base64UrlOf,
  RFC_BASIC_CREDENTIALS,
} from '../../../fixtures/secrets.ts';

describe('decodeBasic', () => {
  test('F3: the user and that there is a password, never the password', () => {
    const identity = decodeBasic(BASIC_CREDENTIALS);
    expect(identity).toEqual({ user: BASIC_USER, hasPassword: true });
    expect(JSON.stringify(identity)).not.toContain(BASIC_PASSWORD);
  });

  test('F4: foo:bar', () => {
    expect(decodeBasic(RFC_BASIC_CREDENTIALS)).toEqual({ user: 'foo', hasPassword: true });
  });

  test('without padding, url-safe, with surrounding spaces', () => {
    expect(decodeBasic(BASIC_CREDENTIALS.replace(/=+$/, ''))?.user).toBe(BASIC_USER);
    expect(decodeBasic(base64UrlOf('bob:pa/ss?>'))).toEqual({ user: 'bob', hasPassword: true });
    expect(decodeBasic(` ${BASIC_CREDENTIALS} `)?.user).toBe(BASIC_USER);
  });

  test('a user with an empty password, and an empty user', () => {
    expect(decodeBasic(btoa('alice:'))).toEqual({ user: 'alice', hasPassword: false });
    expect(decodeBasic(btoa(':secret'))).toEqual({ user: '', hasPassword: true });
  });

  test('the password may hold colons', () => {
    expect(decodeBasic(btoa('alice:a:b:c'))).toEqual({ user: 'alice', hasPassword: true });
  });

  test('not Basic credentials: no colon, control characters, not base64, not UTF-8', () => {
    expect(decodeBasic(btoa('alice'))).toBeUndefined();
    expect(decodeBasic(btoa('alice:pw\n'))).toBeUndefined();
    expect(decodeBasic('not base64!')).toBeUndefined();
    expect(decodeBasic(btoa('\xff:\xfe'))).toBeUndefined();
    expect(decodeBasic('')).toBeUndefined();
  });

  test('never throws, and never returns anything but the user and a boolean', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string().map((text) => base64UrlOf(text)),
        ),
        (input) => {
          const identity = decodeBasic(input);
          if (identity) expect(Object.keys(identity).sort()).toEqual(['hasPassword', 'user']);
        },
      ),
    );
  });
});
