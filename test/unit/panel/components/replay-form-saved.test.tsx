// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test } from 'vitest';
import { credentialFromCapture } from '../../../../src/core/replay/credential-from-capture.ts';
import type { EndpointProfile } from '../../../../src/core/replay/endpoint-profile.ts';
import type { ReplayCredential } from '../../../../src/core/replay/replay-credential.ts';
import { ReplayForm } from '../../../../src/panel/components/ReplayForm.tsx';
import { applyBackgroundMessage, createPanelStore } from '../../../../src/panel/panel-store.ts';
import { ReplayCoordinator } from '../../../../src/panel/replay/replay-coordinator.ts';
import { ReplayService } from '../../../../src/panel/replay/replay-service.ts';
import { StoreContext } from '../../../../src/panel/store-context.ts';
import { F2B_PROXY_NO_HEADER } from '../../../fixtures/scenarios.ts';
import { byTestId, NOW } from '../support/mount-panel.tsx';
import { snapshotOf } from '../support/panel-fixtures.ts';

const SAVED: ReplayCredential = { scheme: 'Basic', value: 'Ym9iQGV4YW1wbGUuY29tOmIwYi1QYTU1L3dvcmQ=' };
const STAGING: EndpointProfile = {
  name: 'staging',
  url: 'wss://staging.example.org/jmap/ws',
  transport: 'header',
  encoding: 'form',
  extraParams: [],
  subprotocols: ['jmap'],
};
const BARE: EndpointProfile = { ...STAGING, name: 'bare', url: 'wss://bare.example.org/jmap/ws' };

/** The Replay tab's form for a captured connection, with two saved endpoints; only `staging` has a credential. */
function mountForm() {
  const coordinator = new ReplayCoordinator(
    () => {},
    () => {
      throw new Error('no socket in this test');
    },
  );
  const replays = new ReplayService(coordinator, () => Promise.reject(new Error('no ticket')));
  replays.saved.value = [STAGING, BARE];
  const asked: string[] = [];
  replays.savedCredential = async (name) => {
    asked.push(name);
    return name === 'staging' ? SAVED : undefined;
  };
  const store = createPanelStore(1, { throttle: false, now: NOW });
  applyBackgroundMessage(store, { type: 'snapshot', snapshot: snapshotOf([F2B_PROXY_NO_HEADER]) });
  const view = store.viewById.value.get(F2B_PROXY_NO_HEADER.id);
  if (!view) throw new Error('no view');
  const root = document.createElement('div');
  document.body.append(root);
  act(() =>
    render(
      <StoreContext.Provider value={store}>
        <ReplayForm view={view} replays={replays} />
      </StoreContext.Provider>,
      root,
    ),
  );
  const pick = async (name: string) => {
    const select = byTestId(root, 'replay-endpoint') as HTMLSelectElement;
    const option = [...select.options].find((candidate) => candidate.text.startsWith(name));
    if (!option) throw new Error(`no endpoint ${name}`);
    select.value = option.value;
    await act(async () => void select.dispatchEvent(new Event('change', { bubbles: true })));
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
  };
  const credential = () => ({
    scheme: (byTestId(root, 'replay-scheme') as HTMLSelectElement).value,
    value: (byTestId(root, 'replay-credential') as HTMLInputElement).value,
    source: byTestId(root, 'replay-credential-source')?.textContent?.trim(),
  });
  return { root, pick, credential, asked, store };
}

afterEach(() => {
  for (const child of [...document.body.children]) {
    render(null, child);
    child.remove();
  }
});

describe('Replay form: saved endpoints bring their saved credential', () => {
  const captured = credentialFromCapture(F2B_PROXY_NO_HEADER);

  test('the saved endpoints are offered after the presets', () => {
    const { root } = mountForm();
    const options = [...(byTestId(root, 'replay-endpoint') as HTMLSelectElement).options].map((option) => option.text);
    expect(options.slice(-2)).toEqual(['staging — header', 'bare — header']);
  });

  test('picking a saved endpoint fills its saved credential, masked, and says where it came from', async () => {
    const { pick, credential, asked } = mountForm();
    expect(credential()).toEqual({ scheme: captured?.scheme, value: captured?.value, source: undefined });
    await pick('staging');
    expect(asked).toEqual(['staging']);
    expect(credential()).toEqual({ scheme: 'Basic', value: SAVED.value, source: 'saved with staging' });
  });

  test('leaving it for a preset or a saved endpoint without a credential brings the captured one back', async () => {
    const { pick, credential } = mountForm();
    await pick('staging');
    await pick('bare');
    expect(credential()).toEqual({ scheme: captured?.scheme, value: captured?.value, source: undefined });
    await pick('staging');
    await pick('Origin with header');
    expect(credential().value).toBe(captured?.value);
  });

  test('a credential typed over the saved one is the user own: the note goes', async () => {
    const { root, pick, credential } = mountForm();
    await pick('staging');
    const input = byTestId(root, 'replay-credential') as HTMLInputElement;
    input.value = 'typed-token';
    await act(async () => void input.dispatchEvent(new Event('input', { bubbles: true })));
    expect(credential()).toEqual({ scheme: 'Basic', value: 'typed-token', source: undefined });
  });
});

describe('Replay form in presentation mode', () => {
  test('the credential leaves the page (no field holds it) and comes back when presenting ends', () => {
    const { root, store, credential } = mountForm();
    const captured = credentialFromCapture(F2B_PROXY_NO_HEADER)?.value ?? '';
    act(() => {
      store.presentation.value = true;
    });
    expect(byTestId(root, 'replay-credential')).toBeNull();
    expect(byTestId(root, 'replay-credential-hidden')?.textContent).toBe('set, hidden in presentation mode');
    expect(root.outerHTML).not.toContain(captured);
    act(() => {
      store.presentation.value = false;
    });
    expect(credential().value).toBe(captured);
  });
});
