// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test } from 'vitest';
import { SavedEndpointsSettings } from '../../../../src/panel/components/SavedEndpointsSettings.tsx';
import { createPanelStore } from '../../../../src/panel/panel-store.ts';
import { EndpointsContext, StoreContext } from '../../../../src/panel/store-context.ts';
import { EndpointStorage } from '../../../../src/shared/endpoint-storage.ts';
import { NGINX } from '../../shared/support/endpoint-fixtures.ts';
import { counterIds, memoryAreas } from '../../shared/support/memory-areas.ts';
import { NOW } from '../support/mount-panel.tsx';

async function mount(presentation = false) {
  const storage = new EndpointStorage(memoryAreas(), counterIds());
  await storage.save({ profile: NGINX, remember: false });
  const store = createPanelStore(1, { throttle: false, now: NOW });
  store.presentation.value = presentation;
  const root = document.createElement('div');
  document.body.append(root);
  await act(async () =>
    render(
      <StoreContext.Provider value={store}>
        <EndpointsContext.Provider value={storage}>
          <SavedEndpointsSettings />
        </EndpointsContext.Provider>
      </StoreContext.Provider>,
      root,
    ),
  );
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
  return root;
}

afterEach(() => {
  for (const child of [...document.body.children]) {
    render(null, child);
    child.remove();
  }
});

describe('saved endpoints in the panel', () => {
  test('the same editor as the options page, on the same storage', async () => {
    const root = await mount();
    expect(root.querySelector('[data-testid="saved-endpoints"] summary')?.textContent).toBe('Saved endpoints');
    expect(
      [...root.querySelectorAll('[data-endpoint-name]')].map((row) => row.getAttribute('data-endpoint-name')),
    ).toEqual([NGINX.name]);
  });

  test('hidden in presentation mode', async () => {
    const root = await mount(true);
    expect(root.querySelector('[data-testid="saved-endpoints"]')).toBeNull();
  });
});
