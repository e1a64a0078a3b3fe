import { describe, expect, test } from 'vitest';
import { shownScheme, splitScheme } from '../../../../src/core/auth/split-scheme.ts';

describe('splitScheme', () => {
  test('known schemes get their usual spelling; surrounding spaces go', () => {
    expect(splitScheme('  bEaReR   abc  ', false)).toEqual({ scheme: 'Bearer', rest: 'abc' });
    expect(splitScheme('BASIC Zm9v', false)).toEqual({ scheme: 'Basic', rest: 'Zm9v' });
  });

  test('other scheme words count only where a whole header value is expected', () => {
    expect(splitScheme('Digest abc', true)).toEqual({ scheme: 'Digest', rest: 'abc' });
    expect(splitScheme('Digest abc', false)).toEqual({ rest: 'Digest abc' });
  });

  test('a lone known scheme has nothing after it; a bare token has no scheme', () => {
    expect(splitScheme('basic', false)).toEqual({ scheme: 'Basic', rest: '' });
    expect(splitScheme('abc.def.ghi', true)).toEqual({ rest: 'abc.def.ghi' });
  });

  test('prototype names are not schemes', () => {
    expect(splitScheme('constructor', false)).toEqual({ rest: 'constructor' });
    expect(splitScheme('__proto__ x', false)).toEqual({ rest: '__proto__ x' });
  });

  test('a scheme word is shown only when it looks like a scheme name, not like a token', () => {
    expect(shownScheme('SCRAM-SHA-256')).toBe('"SCRAM-SHA-256"');
    expect(shownScheme('k8sTokenValue0123456789abcdef')).toBe('an unrecognised word');
    expect(shownScheme('tok.en')).toBe('an unrecognised word');
  });
});
