import { describe, expect, test, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: { devtools: { inspectedWindow: { tabId: 17 } } } }));

const { inspectedTabId } = await import('../../../src/panel/inspected-tab-id.ts');

describe('inspectedTabId', () => {
  test('prefers ?tabId= (pop-out window, tests)', () => {
    expect(inspectedTabId('?tabId=4')).toBe(4);
  });

  test('falls back to the DevTools inspected tab', () => {
    expect(inspectedTabId('')).toBe(17);
  });

  test.each(['?tabId=', '?tabId=-2', '?tabId=x', '?tabId=2.5'])('refuses %s', (search) => {
    expect(inspectedTabId(search)).toBeUndefined();
  });
});
