import { describe, expect, test } from 'vitest';
import { readHeaderCredentials } from '../../../../src/core/auth/read-header-credential.ts';
import { F2_JWT, F3_BASIC, F4_BASIC } from '../../../fixtures/handshakes.ts';

const authorization = (value: string) => readHeaderCredentials([{ name: 'Authorization', value }]);

describe('readHeaderCredentials', () => {
  test('unknown headers are not the same as no headers', () => {
    expect(readHeaderCredentials(undefined).notes).toEqual([
      'request headers unknown: the browser did not expose them, so an Authorization or Cookie header may have been sent unseen',
    ]);
    expect(readHeaderCredentials([])).toEqual({
      candidates: [],
      notes: ['request headers known: no Authorization header and no cookies were sent'],
    });
  });

  test('the scheme decides, case-insensitively', () => {
    for (const scheme of ['Basic', 'basic', 'BASIC']) {
      expect(authorization(`${scheme} ${F4_BASIC}`).candidates[0]?.strategy).toBe('header-basic');
    }
    for (const scheme of ['Bearer', 'bearer', 'BeArEr']) {
      expect(authorization(`${scheme} ${F2_JWT}`).candidates[0]?.strategy).toBe('header-bearer');
    }
  });

  test('Basic credentials with an empty password, and ones that are not user:password', () => {
    expect(authorization(`Basic ${btoa('bob:')}`).candidates[0]?.evidence[1]).toBe(
      'Basic credentials for user bob (with no password)',
    );
    expect(authorization(`Basic ${btoa('no colon here')}`).candidates[0]?.evidence[1]).toBe(
      'the Basic value does not decode to user:password',
    );
  });

  test('the header name matches case-insensitively', () => {
    const reading = readHeaderCredentials([{ name: 'AUTHORIZATION', value: `Basic ${F4_BASIC}` }]);
    expect(reading.candidates[0]?.strategy).toBe('header-basic');
  });

  test('a header copied raw from a form-encoded query value (F3 outcome B, seen upstream)', () => {
    const reading = authorization('Basic+YWxpY2VAZXhhbXBsZS5jb206UzNjcmV0K3B3LzE%3D');
    expect(reading.candidates[0]).toEqual({
      strategy: 'header-basic',
      evidence: [
        'Authorization request header carries Basic credentials',
        'Basic credentials for user alice@example.com (with a password)',
        'the header is still URL-encoded ("+" where the space belongs), so Stalwart and James find no scheme and answer 401',
      ],
    });
    expect(JSON.stringify(reading)).not.toContain(F3_BASIC);
  });

  test('empty, scheme-only, scheme-less and unknown-scheme headers are notes, not credentials', () => {
    expect(authorization('  ').notes).toEqual(['the Authorization request header is empty: not a credential']);
    expect(authorization('Bearer ').notes).toEqual([
      'the Authorization request header holds only the scheme "Bearer": not a credential',
    ]);
    expect(authorization(F2_JWT).notes).toEqual([
      'an Authorization request header holds a value with no scheme: not a usable credential',
    ]);
    const digest = authorization('Digest username="bob", response="6629fae49393a05397450978507c4ef1"');
    expect(digest.candidates).toEqual([]);
    expect(digest.notes[0]).toContain('uses scheme "Digest", which is neither Basic nor Bearer');
    expect(digest.notes[0]).not.toContain('6629fae4');
  });

  test('two Authorization headers are counted and both read', () => {
    const reading = readHeaderCredentials([
      { name: 'Authorization', value: `Basic ${F4_BASIC}` },
      { name: 'authorization', value: `Bearer ${F2_JWT}` },
    ]);
    expect(reading.candidates.map((candidate) => candidate.strategy)).toEqual(['header-basic', 'header-bearer']);
    expect(reading.notes).toEqual(['2 Authorization request headers were sent']);
  });

  test('cookies: names only, capped, and an empty Cookie header is no credential', () => {
    const names = ['a', 'b', 'c', 'd', 'e', 'f'].map((name) => `${name}=secret-${name}`).join('; ');
    const reading = readHeaderCredentials([{ name: 'cookie', value: names }]);
    expect(reading.candidates[0]?.evidence).toEqual([
      'Cookie request header carries 6 cookie(s) (names: a, b, c, d, e, …)',
    ]);
    expect(JSON.stringify(reading)).not.toContain('secret-');
    expect(readHeaderCredentials([{ name: 'Cookie', value: ' ; ' }]).notes).toEqual([
      'request headers known: no Authorization header and no cookies were sent',
    ]);
  });

  test('a very long cookie name is cut short', () => {
    const [candidate] = readHeaderCredentials([{ name: 'Cookie', value: `${'n'.repeat(200)}=v` }]).candidates;
    expect(candidate?.evidence[0]).toBe(`Cookie request header carries 1 cookie(s) (names: ${'n'.repeat(64)}…)`);
  });
});
