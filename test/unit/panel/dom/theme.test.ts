// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { applyTheme, themeFor } from '../../../../src/panel/dom/theme.ts';

describe('theme', () => {
  test('follows the DevTools theme, else the system preference', () => {
    expect(themeFor('dark', false)).toBe('dark');
    expect(themeFor('default', true)).toBe('light');
    expect(themeFor('light', true)).toBe('light');
    expect(themeFor(undefined, true)).toBe('dark');
    expect(themeFor('', false)).toBe('light');
  });

  test('is applied as data-theme on the root', () => {
    applyTheme(document.documentElement, 'dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
  });
});
