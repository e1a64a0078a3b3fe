// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { applyBackgroundMessage, createPanelStore } from '../../../../src/panel/panel-store.ts';
import { F1_TICKET_OK } from '../../../fixtures/scenarios.ts';
import { byTestId, click, mountPanel, unmount } from '../support/mount-panel.tsx';
import { NO_DROPS, snapshotOf } from '../support/panel-fixtures.ts';

const status = { version: '0.1.0', browser: 'firefox', startedAt: 1, panelTabIds: [3] } as const;

afterEach(() => {
  for (const child of [...document.body.children]) unmount(child);
});

describe('toolbar', () => {
  test('shows the inspected tab and the state of the link to the background', () => {
    const { root, store } = mountPanel(undefined, createPanelStore(3, { throttle: false }));
    expect(byTestId(root, 'inspected-tab')?.textContent).toBe('tab 3');
    expect(byTestId(root, 'background-link')?.dataset.link).toBe('connecting');
    act(() => applyBackgroundMessage(store, { type: 'background-status', status }));
    expect(byTestId(root, 'background-link')?.textContent).toBe('background firefox v0.1.0');
    act(() => {
      store.link.value = 'disconnected';
    });
    expect(byTestId(root, 'background-link')?.textContent).toBe('background disconnected');
  });

  test('says so when there is no tab to inspect', () => {
    const { root } = mountPanel(undefined, createPanelStore(undefined, { throttle: false }));
    expect(byTestId(root, 'inspected-tab')?.textContent).toBe('no inspected tab');
  });

  test('Clear and Preserve log go to the background through send', () => {
    const { root, send, store } = mountPanel(snapshotOf([F1_TICKET_OK]));
    click(byTestId(root, 'clear'));
    expect(send).toHaveBeenCalledWith({ type: 'clear' });
    click(byTestId(root, 'preserve-log'));
    expect(send).toHaveBeenLastCalledWith({ type: 'set-preserve-log', preserveLog: true });
    expect(store.preserveLog.value).toBe(true);
  });

  test('the dropped-frames counter appears as soon as anything was dropped', () => {
    const { root, store } = mountPanel(snapshotOf([F1_TICKET_OK]));
    expect(byTestId(root, 'dropped')).toBeNull();
    const dropped = { evicted: 300, rejected: 12, lostOnRestart: 0 };
    act(() =>
      applyBackgroundMessage(store, {
        type: 'delta',
        delta: { connections: [], frames: [], sessions: [], ticketMints: [], dropped },
      }),
    );
    expect(byTestId(root, 'dropped')?.textContent).toBe(
      '⚠ 312 dropped (300 evicted by the 50 000-frame cap, 12 refused)',
    );
    act(() => applyBackgroundMessage(store, { type: 'snapshot', snapshot: snapshotOf([], { dropped: NO_DROPS }) }));
    expect(byTestId(root, 'dropped')).toBeNull();
  });

  test('Open file… asks the host to open a bundle or HAR; without a host that can, there is no such entry', () => {
    const openFile = vi.fn();
    const { root } = mountPanel(snapshotOf([F1_TICKET_OK]), undefined, { openFile });
    click(byTestId(root, 'open-file'));
    expect(openFile).toHaveBeenCalledOnce();
    const plain = mountPanel(snapshotOf([F1_TICKET_OK]));
    expect(byTestId(plain.root, 'open-file')).toBeNull();
  });
});
