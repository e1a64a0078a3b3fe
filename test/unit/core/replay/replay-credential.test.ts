import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  authorizationValue,
  basicCredential,
  credentialProblem,
} from '../../../../src/core/replay/replay-credential.ts';
import { decodeBase64Text } from '../../../../src/core/secrets/base64.ts';
import { BASIC_CREDENTIALS, BASIC_PASSWORD, BASIC_USER, SCENARIO_JWT } from '../../../fixtures/secrets.ts';

describe('replay credentials', () => {
  test('Basic is built like TMail builds it (SCENARIOS F3)', () => {
    const credential = basicCredential(BASIC_USER, BASIC_PASSWORD);
    expect(credential).toEqual({ scheme: 'Basic', value: BASIC_CREDENTIALS });
    expect(authorizationValue(credential)).toBe(`Basic ${BASIC_CREDENTIALS}`);
    expect(credentialProblem(credential)).toBeUndefined();
  });

  test('any user name and password round-trip through UTF-8 base64 and pass the checks', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (user, password) => {
        const credential = basicCredential(user, password);
        expect(decodeBase64Text(credential.value) ?? '').toBe(`${user}:${password}`);
        expect(credentialProblem(credential)).toBeUndefined();
      }),
    );
  });

  test('a Bearer token is used as is', () => {
    expect(authorizationValue({ scheme: 'Bearer', value: SCENARIO_JWT })).toBe(`Bearer ${SCENARIO_JWT}`);
    expect(credentialProblem({ scheme: 'Bearer', value: SCENARIO_JWT })).toBeUndefined();
  });

  test.each([
    [{ scheme: 'Bearer', value: '' }, /empty/],
    [{ scheme: 'Bearer', value: 'tok\r\nX-Injected: yes' }, /printable ASCII/],
    [{ scheme: 'Bearer', value: 'two words' }, /printable ASCII/],
    [{ scheme: 'Basic', value: 'not_base64!' }, /base64/],
    [{ scheme: 'Basic', value: 'YWJj=' }, /base64/],
    [{ scheme: 'Digest', value: 'abc' }, /Basic or Bearer/],
  ] as const)('%j is refused', (credential, message) => {
    expect(credentialProblem(credential as never)).toMatch(message);
  });
});
