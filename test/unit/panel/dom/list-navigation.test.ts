import { describe, expect, test } from 'vitest';
import { nextIndex, scrollToShow } from '../../../../src/panel/dom/list-navigation.ts';

describe('list navigation', () => {
  test('keys move the active row within bounds', () => {
    expect(nextIndex('ArrowDown', 0, 5, 3)).toBe(1);
    expect(nextIndex('ArrowDown', 4, 5, 3)).toBe(4);
    expect(nextIndex('ArrowUp', 0, 5, 3)).toBe(0);
    expect(nextIndex('PageDown', 1, 5, 3)).toBe(4);
    expect(nextIndex('PageUp', 4, 5, 3)).toBe(1);
    expect(nextIndex('Home', 3, 5, 3)).toBe(0);
    expect(nextIndex('End', 0, 5, 3)).toBe(4);
    expect(nextIndex('a', 0, 5, 3)).toBeUndefined();
    expect(nextIndex('ArrowDown', 0, 0, 3)).toBeUndefined();
  });

  test('scrolls just enough to show the row', () => {
    expect(scrollToShow(2, 20, 100, 200)).toBe(40);
    expect(scrollToShow(20, 20, 100, 200)).toBe(220);
    expect(scrollToShow(8, 20, 100, 200)).toBe(100);
  });
});
