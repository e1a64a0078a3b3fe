import { describe, expect, test } from 'vitest';
import { describeToken, isJwtShaped, isUuid, shownName } from '../../../../src/core/auth/describe-token.ts';
import { F1_TICKET, F2_JWT, F2_OLD_TOKEN } from '../../../fixtures/handshakes.ts';

describe('describeToken', () => {
  test('each shape, never the value', () => {
    expect(describeToken(F1_TICKET)).toBe('UUID');
    expect(describeToken(F2_JWT)).toBe('JWT, alg RS256, sub alice');
    expect(describeToken('deadbeef')).toBe('hex, 8 chars');
    expect(describeToken('Zm9vYmFy')).toBe('alphanumeric, 8 chars');
    expect(describeToken('ab-cd_ef')).toBe('base64url, 8 chars');
    expect(describeToken(F2_OLD_TOKEN)).toBe('standard base64, 44 chars');
    expect(describeToken('a b')).toBe('opaque, 3 chars');
  });

  test('a JWT-shaped value that does not decode, and a JWT with no sub', () => {
    expect(describeToken('aaaa.bbbb.cccc')).toBe('JWT-shaped (3 dot-separated segments), but not a decodable JWT');
    const header = btoa('{"alg":"none"}').replace(/=+$/, '');
    expect(describeToken(`${header}.e30.`)).toBe('JWT, alg none');
  });

  test('helpers', () => {
    expect(isUuid(F1_TICKET.toUpperCase())).toBe(true);
    expect(isUuid('6f1c2b9e8d4a4c7e9b1a2f3e4d5c6b7a')).toBe(false);
    expect(isJwtShaped(F2_JWT)).toBe(true);
    expect(isJwtShaped('a.b')).toBe(false);
    expect(shownName('x'.repeat(65))).toBe(`${'x'.repeat(64)}…`);
  });
});
