// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test } from 'vitest';
import { App } from '../../../src/panel/App.tsx';
import { applyBackgroundMessage, createPanelStore } from '../../../src/panel/panel-store.ts';

const status = { version: '0.1.0', browser: 'firefox', startedAt: 1, panelTabIds: [3] } as const;

function mount(store = createPanelStore(3)) {
  const root = document.createElement('div');
  document.body.append(root);
  render(<App store={store} />, root);
  return { root, store };
}

const text = (root: Element, testId: string) => root.querySelector(`[data-testid="${testId}"]`)?.textContent;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('panel App', () => {
  test('shows the inspected tab and that the background is not reached yet', () => {
    const { root } = mount();
    expect(text(root, 'inspected-tab')).toBe('tab 3');
    expect(text(root, 'background-link')).toBe('background connecting');
    expect(root.querySelector('[data-link="connecting"]')).not.toBeNull();
  });

  test('updates by itself when the background status arrives and when the link is lost', () => {
    const { root, store } = mount();
    act(() => applyBackgroundMessage(store, { type: 'background-status', status }));
    expect(text(root, 'background-link')).toBe('background firefox v0.1.0');
    act(() => {
      store.link.value = 'disconnected';
    });
    expect(text(root, 'background-link')).toBe('background disconnected');
  });

  test('says so when it has no tab to inspect', () => {
    const { root } = mount(createPanelStore(undefined));
    expect(text(root, 'inspected-tab')).toBe('no inspected tab');
  });
});
