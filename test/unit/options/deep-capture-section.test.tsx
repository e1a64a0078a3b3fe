// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { DeepCaptureSection } from '../../../src/options/DeepCaptureSection.tsx';
import { chromeOptionsApi, type OptionsApi } from '../../../src/options/options-api.ts';
import { DEEP_CAPTURE_KEY } from '../../../src/shared/deep-capture-setting.ts';
import { fakeLocalStorage } from '../background/support/fake-local-storage.ts';

/** The options API over a fake `chrome`: storage.local, and a permission request that answers as told. */
function fakeChrome(stored: Record<string, unknown> = {}, answer: () => Promise<boolean> = async () => true) {
  const storage = fakeLocalStorage(stored);
  const request = vi.fn((_permissions: chrome.permissions.Permissions) => answer());
  const api = chromeOptionsApi({
    permissions: { request },
    storage: { local: storage.local, onChanged: storage.onChanged },
  } as unknown as typeof chrome);
  return { api, storage, request };
}

async function mount(api: OptionsApi | undefined) {
  const root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(<DeepCaptureSection api={api} />, root);
  });
  await act(() => new Promise((resolve) => setTimeout(resolve, 0))); // The stored choice is read.
  const toggle = () => root.querySelector<HTMLInputElement>('[data-testid="deep-capture-switch"]');
  const status = () => root.querySelector<HTMLElement>('[data-testid="deep-capture-status"]');
  return { root, toggle, status };
}

afterEach(() => {
  for (const child of [...document.body.children]) {
    render(null, child);
    child.remove();
  }
});

describe('options: the deep-capture switch', () => {
  test('says what it does: the debugging bar, exact headers with credentials, in memory only', async () => {
    const { root } = await mount(fakeChrome().api);
    const text = root.textContent ?? '';
    expect(root.querySelector('h2')?.textContent).toBe('Deep capture (Chrome only)');
    expect(text).toContain('started debugging this browser');
    expect(text).toMatch(/Authorization.*Cookie.*Sec-WebSocket-Protocol/);
    expect(text).toContain('stay in memory only');
    expect(text).toContain('dedicated and shared workers');
  });

  test('off by default', async () => {
    const { toggle, status } = await mount(fakeChrome().api);
    expect(toggle()?.checked).toBe(false);
    expect(toggle()?.disabled).toBe(false);
    expect(status()?.dataset.state).toBe('off');
  });

  test('shows the stored choice', async () => {
    const { toggle, status } = await mount(fakeChrome({ [DEEP_CAPTURE_KEY]: true }).api);
    expect(toggle()?.checked).toBe(true);
    expect(status()?.dataset.state).toBe('on');
  });

  test('turning it on asks for the debugger permission within the click, then stores the choice', async () => {
    const { api, storage, request } = fakeChrome();
    const { toggle, status } = await mount(api);
    await act(async () => {
      toggle()?.click();
      // Chrome grants only during the user gesture: the request must have started before the click returned.
      expect(request).toHaveBeenCalledWith({ permissions: ['debugger'] });
    });
    expect(storage.items.get(DEEP_CAPTURE_KEY)).toBe(true);
    expect(toggle()?.checked).toBe(true);
    expect(status()?.dataset.state).toBe('on');
  });

  test('a permission not granted leaves it off and says so', async () => {
    const { api, storage } = fakeChrome({}, async () => false);
    const { toggle, status } = await mount(api);
    await act(async () => toggle()?.click());
    expect(storage.items.has(DEEP_CAPTURE_KEY)).toBe(false);
    expect(toggle()?.checked).toBe(false);
    expect(status()?.dataset.state).toBe('refused');
    expect(status()?.textContent).toContain('did not grant');
  });

  test('a refused request (a build without the permission) leaves it off and says why', async () => {
    const refusal = async () => {
      throw new Error('Only permissions specified in the manifest may be requested.');
    };
    const { api } = fakeChrome({}, refusal);
    const { toggle, status } = await mount(api);
    await act(async () => toggle()?.click());
    expect(toggle()?.checked).toBe(false);
    expect(status()?.textContent).toContain('Only permissions specified in the manifest may be requested.');
  });

  test('turning it off stores off without asking anything', async () => {
    const { api, storage, request } = fakeChrome({ [DEEP_CAPTURE_KEY]: true });
    const { toggle, status } = await mount(api);
    await act(async () => toggle()?.click());
    expect(request).not.toHaveBeenCalled();
    expect(storage.items.get(DEEP_CAPTURE_KEY)).toBe(false);
    expect(status()?.dataset.state).toBe('off');
  });

  test('follows a change made elsewhere (the debugging bar cancelled turns it off)', async () => {
    const { api, storage } = fakeChrome({ [DEEP_CAPTURE_KEY]: true });
    const { toggle } = await mount(api);
    await act(async () => storage.local.set({ [DEEP_CAPTURE_KEY]: false }));
    expect(toggle()?.checked).toBe(false);
    await act(async () => storage.local.set({ unrelated: 1 }));
    expect(toggle()?.checked).toBe(false);
  });

  test('listens to storage.local only, not to the captured tabs saved in storage.session', async () => {
    const { api, storage } = fakeChrome();
    await mount(api);
    expect(storage.listeners).toHaveLength(0);
  });

  test('stops listening once gone', async () => {
    const { api, storage } = fakeChrome();
    await mount(api);
    expect(storage.localListeners).toHaveLength(1);
    act(() => {
      for (const child of [...document.body.children]) render(null, child);
    });
    expect(storage.localListeners).toHaveLength(0);
  });
});

describe('options in Firefox', () => {
  test('no switch: it explains that deep capture needs the debugger API Firefox lacks', async () => {
    const { root, toggle } = await mount(undefined);
    expect(toggle()).toBeNull();
    const note = root.querySelector('[data-testid="deep-capture-unavailable"]')?.textContent ?? '';
    expect(note).toContain('Firefox does not have');
  });
});
