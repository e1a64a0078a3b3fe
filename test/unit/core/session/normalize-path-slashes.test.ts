import { describe, expect, test } from 'vitest';
import { normalizePathSlashes } from '../../../../src/core/session/normalize-path-slashes.ts';

describe('normalizePathSlashes', () => {
  test('collapses the double slash of a trailing-slash James prefix (ADR 0087)', () => {
    expect(normalizePathSlashes('https://jmap.example.com//jmap/ws/ticket')).toBe(
      'https://jmap.example.com/jmap/ws/ticket',
    );
    expect(normalizePathSlashes('http://localhost///jmap//ws/ticket')).toBe('http://localhost/jmap/ws/ticket');
  });

  test('leaves the scheme separator, query and fragment alone', () => {
    expect(normalizePathSlashes('https://h.example/a?next=//b#//c')).toBe('https://h.example/a?next=//b#//c');
  });

  test('is idempotent on a clean URL', () => {
    expect(normalizePathSlashes('https://jmap.example.com/jmap/ws/ticket')).toBe(
      'https://jmap.example.com/jmap/ws/ticket',
    );
  });

  test('returns text that is not an absolute URL unchanged', () => {
    expect(normalizePathSlashes('//jmap/ws/ticket')).toBe('//jmap/ws/ticket');
  });
});
