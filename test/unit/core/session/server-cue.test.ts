import { describe, expect, test } from 'vitest';
import { HEX64, matchingCues, STALWART_STATE, UUID } from '../../../../src/core/session/server-cue.ts';

describe('server cue shapes', () => {
  test('HEX64: a SHA-256 hex id, nothing shorter', () => {
    expect(HEX64.test('ff8d9819fc0e12bf0d24892e45987e249a28dce836a85cad60e28eaaa8c6d976')).toBe(true);
    expect(HEX64.test('ff8d9819')).toBe(false);
  });

  test('UUID: James states', () => {
    expect(UUID.test('0b3a6f0e-1c2d-4e5f-8a9b-0c1d2e3f4a5b')).toBe(true);
    expect(UUID.test('sb2')).toBe(false);
  });

  test('STALWART_STATE: short base32 tokens starting with s, n or r', () => {
    expect(['sb2', 'sa4', 'n1', 'rabc'].every((state) => STALWART_STATE.test(state))).toBe(true);
    expect(['d35ecb040aab', '42', 's'].some((state) => STALWART_STATE.test(state))).toBe(false);
  });
});

describe('matchingCues', () => {
  test('keeps the cues whose test holds, in table order, without the test', () => {
    const table = [
      { id: 'a', kind: 'james', weight: 1, evidence: 'A', test: (n: number) => n > 0 },
      { id: 'b', kind: 'cyrus', weight: 2, evidence: 'B', test: (n: number) => n > 5 },
      { id: 'c', kind: 'stalwart', weight: 3, evidence: 'C', test: (n: number) => n > 1 },
    ] as const;
    expect(matchingCues(3, table)).toEqual([
      { id: 'a', kind: 'james', weight: 1, evidence: 'A' },
      { id: 'c', kind: 'stalwart', weight: 3, evidence: 'C' },
    ]);
  });
});
