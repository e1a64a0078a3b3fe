// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createPanelStore } from '../../../../src/panel/panel-store.ts';
import { DETAIL_TABS } from '../../../../src/panel/store/ui-state.ts';
import { F1_TICKET_MINT, F2_JWT } from '../../../fixtures/handshakes.ts';
import {
  F1_TICKET_OK,
  F2_TOKEN_EXPIRED,
  F2_TOKEN_PROXY_OK,
  F3_BASIC_RAW_COPY,
  F4_HEADER_OK,
} from '../../../fixtures/scenarios.ts';
import { encodingsOf, KNOWN_SECRETS } from '../../../fixtures/secrets.ts';
import { byTestId, click, mountPanel, NOW, openTab, selectConnection, unmount } from '../support/mount-panel.tsx';
import { snapshotOf, textFrame } from '../support/panel-fixtures.ts';
import { stubClipboard } from '../support/stub-clipboard.ts';

const RECORDS = [F1_TICKET_OK, F2_TOKEN_PROXY_OK, F2_TOKEN_EXPIRED, F3_BASIC_RAW_COPY, F4_HEADER_OK];
const LEAKY_FRAME = textFrame(
  9_000,
  'f2',
  `{"@type":"Request","id":"x","using":[],"methodCalls":[["E/x",{"t":"${F2_JWT}"},"c"]]}`,
);

function holdsSecret(text: string): boolean {
  return KNOWN_SECRETS.some((secret) => encodingsOf(secret).some((form) => text.includes(form)));
}

let copied: string[] = [];

function mountPresenting() {
  const snapshot = snapshotOf(RECORDS, { ticketMints: [F1_TICKET_MINT] });
  const store = createPanelStore(1, { throttle: false, now: NOW });
  store.presentation.value = true;
  return mountPanel({ ...snapshot, frames: [...snapshot.frames, LEAKY_FRAME] }, store);
}

/** Everything the screen or the clipboard could show: text, attributes, field values, and every copy button's text. */
async function exposed(root: HTMLElement): Promise<string[]> {
  const fields = [...root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].map(
    (field) => field.value,
  );
  for (const button of root.querySelectorAll<HTMLElement>('button.copy')) await act(async () => button.click());
  return [root.outerHTML, root.textContent ?? '', ...fields, ...copied.splice(0)];
}

afterEach(() => {
  for (const child of [...document.body.children]) unmount(child);
});

describe('presentation mode', () => {
  test('shows a large badge in the toolbar that says secrets are hidden', () => {
    const { root } = mountPresenting();
    const badge = byTestId(root, 'presentation-badge');
    expect(badge?.textContent).toBe('Presentation mode: secrets hidden');
    expect(badge?.closest('[role="toolbar"]')).not.toBeNull();
    expect(badge?.getAttribute('role')).toBe('status');
    expect(root.querySelector('.panel')?.getAttribute('data-presentation')).toBe('on');
  });

  test('no secret on screen, in a field, in an attribute or in what any copy button copies; no Reveal', async () => {
    copied = stubClipboard();
    const { root } = mountPresenting();
    const seen: string[] = [];
    for (const record of RECORDS) {
      selectConnection(root, record.id);
      for (const tab of DETAIL_TABS) {
        openTab(root, tab);
        expect(root.querySelectorAll('button.reveal')).toHaveLength(0);
        seen.push(...(await exposed(root)));
      }
    }
    openTab(root, 'frames');
    click(root.querySelector(`[data-frame-id="${LEAKY_FRAME.id}"]`));
    seen.push(...(await exposed(root)));
    expect(seen.filter(holdsSecret)).toEqual([]);
    expect(seen.some((text) => text.includes('[REDACTED:'))).toBe(true);
  });

  test('the Export menu offers no export in clear, and says every export is redacted', () => {
    const { root, store } = mountPanel(snapshotOf(RECORDS));
    expect(byTestId(root, 'export-in-clear')).not.toBeNull();
    click(byTestId(root, 'export-in-clear'));
    expect(byTestId(root, 'export-in-clear-warning')).not.toBeNull();
    act(() => {
      store.presentation.value = true;
    });
    expect(byTestId(root, 'export-in-clear')).toBeNull();
    expect(byTestId(root, 'export-in-clear-warning')).toBeNull();
    expect(byTestId(root, 'export-always-redacted')?.textContent).toContain('every export is redacted');
    expect(byTestId(root, 'export-bundle')?.textContent).toBe('Export bundle');
  });

  test('presenting withdraws a choice of secrets in clear: it is not ticked again when presenting ends', () => {
    const { root, store } = mountPanel(snapshotOf(RECORDS));
    click(byTestId(root, 'export-in-clear'));
    act(() => {
      store.presentation.value = true;
    });
    act(() => {
      store.presentation.value = false;
    });
    expect((byTestId(root, 'export-in-clear') as HTMLInputElement).checked).toBe(false);
    expect(byTestId(root, 'export-in-clear-warning')).toBeNull();
  });

  test('a bundle exported while presenting is redacted even after secrets in clear were chosen', () => {
    const save = vi.fn();
    const store = createPanelStore(1, { throttle: false, now: NOW });
    const { root } = mountPanel(snapshotOf(RECORDS, { ticketMints: [F1_TICKET_MINT] }), store, { save });
    click(byTestId(root, 'export-in-clear'));
    act(() => {
      store.presentation.value = true;
    });
    click(byTestId(root, 'export-bundle'));
    const [file] = save.mock.calls[0] ?? [];
    expect(JSON.parse(file.text).redacted).toBe(true);
    expect(holdsSecret(file.text)).toBe(false);
  });
});
