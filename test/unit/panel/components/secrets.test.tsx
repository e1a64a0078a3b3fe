// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test } from 'vitest';
import { DETAIL_TABS } from '../../../../src/panel/store/ui-state.ts';
import { F1_TICKET_MINT, F2_JWT, F2_URL } from '../../../fixtures/handshakes.ts';
import {
  F1_TICKET_OK,
  F2_OLD_TOKEN_RAW_COPY,
  F2_TOKEN_EXPIRED,
  F2_TOKEN_PROXY_OK,
  F3_BASIC_DECODED_OK,
  F3_BASIC_RAW_COPY,
  F4_HEADER_OK,
} from '../../../fixtures/scenarios.ts';
import { encodingsOf, KNOWN_SECRETS } from '../../../fixtures/secrets.ts';
import { byTestId, click, mountPanel, openTab, selectConnection, unmount } from '../support/mount-panel.tsx';
import { snapshotOf, textFrame } from '../support/panel-fixtures.ts';
import { stubClipboard } from '../support/stub-clipboard.ts';

const RECORDS = [
  F1_TICKET_OK,
  F2_TOKEN_PROXY_OK,
  F2_TOKEN_EXPIRED,
  F2_OLD_TOKEN_RAW_COPY,
  F3_BASIC_DECODED_OK,
  F3_BASIC_RAW_COPY,
  F4_HEADER_OK,
];
/** A frame that quotes a token, as a page might echo it. */
const LEAKY_FRAME = textFrame(
  10_000,
  'f2',
  `{"@type":"Request","id":"x","using":[],"methodCalls":[["Echo/x",{"token":"${F2_JWT}"},"c"]]}`,
);

function mount() {
  const snapshot = snapshotOf(RECORDS, { ticketMints: [F1_TICKET_MINT] });
  return mountPanel({ ...snapshot, frames: [...snapshot.frames, LEAKY_FRAME] });
}

function expectNoKnownSecret(text: string): void {
  for (const secret of KNOWN_SECRETS) for (const form of encodingsOf(secret)) expect(text).not.toContain(form);
}

/** Every connection, every tab, and the leaky frame opened in full. */
function visitEverything(root: HTMLElement, visit: () => void): void {
  for (const record of RECORDS) {
    selectConnection(root, record.id);
    for (const tab of DETAIL_TABS) {
      openTab(root, tab);
      visit();
    }
  }
  openTab(root, 'frames');
  click(root.querySelector(`[data-frame-id="${LEAKY_FRAME.id}"]`));
  expect(byTestId(root, 'frame-detail')).not.toBeNull();
  visit();
}

afterEach(() => {
  for (const child of [...document.body.children]) unmount(child);
});

describe('secrets in the panel', () => {
  test('are masked by default everywhere', () => {
    const { root } = mount();
    visitEverything(root, () => expectNoKnownSecret(document.body.textContent ?? ''));
  });

  test('a Reveal button shows one raw value, and Hide masks it again', () => {
    const { root } = mount();
    selectConnection(root, 'f2');
    openTab(root, 'handshake');
    const url = root.querySelector('[data-secret]');
    expect(url?.textContent).not.toContain(F2_JWT);
    click(url?.querySelector('button.reveal'));
    expect(url?.getAttribute('data-secret')).toBe('revealed');
    expect(url?.textContent).toContain(F2_URL);
    expect(root.querySelectorAll('[data-secret="revealed"]')).toHaveLength(1);
    click(url?.querySelector('button.reveal'));
    expect(url?.textContent).not.toContain(F2_JWT);
  });

  test('presentation mode hides every secret and every Reveal button, and says so', () => {
    const { root, store } = mount();
    selectConnection(root, 'f2');
    openTab(root, 'handshake');
    click(root.querySelector('[data-secret] button.reveal'));
    expect(document.body.textContent).toContain(F2_JWT);
    click(byTestId(root, 'presentation-switch'));
    expect(store.presentation.value).toBe(true);
    expect(byTestId(root, 'presentation-badge')?.textContent).toBe('Presentation mode: secrets hidden');
    visitEverything(root, () => {
      expectNoKnownSecret(document.body.textContent ?? '');
      expect(root.querySelectorAll('button.reveal')).toHaveLength(0);
    });
    act(() => {
      store.presentation.value = false;
    });
    expect(byTestId(root, 'presentation-badge')).toBeNull();
    expect(root.querySelectorAll('button.reveal').length).toBeGreaterThan(0);
  });

  test('copy buttons copy what is shown: the masked value unless revealed', async () => {
    const copied = stubClipboard();
    const { root } = mount();
    selectConnection(root, 'f2');
    openTab(root, 'handshake');
    const url = root.querySelector('[data-secret]');
    await act(async () => url?.querySelector<HTMLElement>('button.copy')?.click());
    expect(copied[0]).toMatch(/access_token=\[REDACTED:[0-9a-f]{6}\]/);
    click(url?.querySelector('button.reveal'));
    await act(async () => url?.querySelector<HTMLElement>('button.copy')?.click());
    expect(copied[1]).toBe(F2_URL);
  });
});
