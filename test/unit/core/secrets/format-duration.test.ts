import { describe, expect, test } from 'vitest';
import { formatDuration } from '../../../../src/core/secrets/format-duration.ts';

describe('formatDuration', () => {
  test.each([
    [0, '0 s'],
    [42, '42 s'],
    [300, '5 min'],
    [90, '1 min 30 s'],
    [3 * 3600 + 12 * 60 + 5, '3 h 12 min'],
    [3 * 3600 + 5, '3 h'],
    [2 * 86_400 + 3 * 3600, '2 d 3 h'],
    [30 * 86_400 - 3600, '29 d 23 h'],
    [-3600, '1 h'],
    [Number.NaN, '0 s'],
  ])('%s s → %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});
