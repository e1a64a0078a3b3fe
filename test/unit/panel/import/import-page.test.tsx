// @vitest-environment happy-dom
import { File as NodeFile } from 'node:buffer';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test } from 'vitest';
import { buildBundle } from '../../../../src/core/bundle/build-bundle.ts';
import { readCaptureText } from '../../../../src/core/import/read-capture-text.ts';
import { ImportPage } from '../../../../src/panel/components/ImportPage.tsx';
import { captureOfStore } from '../../../../src/panel/export/capture-of-store.ts';
import { createImportedStore } from '../../../../src/panel/import/create-imported-store.ts';
import { readImportFile } from '../../../../src/panel/import/read-import-file.ts';
import { applyBackgroundMessage, createPanelStore } from '../../../../src/panel/panel-store.ts';
import { F1_TICKET_MINT, F2_JWT } from '../../../fixtures/handshakes.ts';
import { F1_TICKET_OK, F2_TOKEN_EXPIRED, F2B_PROXY_NO_HEADER } from '../../../fixtures/scenarios.ts';
import { byTestId, click, mountPanel, NOW, openTab, unmount } from '../support/mount-panel.tsx';
import { snapshotOf } from '../support/panel-fixtures.ts';

const RECORDS = [F1_TICKET_OK, F2B_PROXY_NO_HEADER, F2_TOKEN_EXPIRED];
const EXPORTED_AT = NOW + 120_000;

function bundleText(options: { redacted?: boolean; payloads?: boolean } = {}): string {
  const store = createPanelStore(1, { throttle: false, now: NOW });
  applyBackgroundMessage(store, { type: 'snapshot', snapshot: snapshotOf(RECORDS, { ticketMints: [F1_TICKET_MINT] }) });
  const producer = { name: 'JMAP Push Inspector', version: '0.1.0' };
  const environment = { browser: 'Chrome', browserVersion: '156.0', extensionVersion: '0.1.0' };
  return buildBundle(captureOfStore(store), {
    redacted: options.redacted ?? true,
    payloads: options.payloads ?? true,
    now: EXPORTED_AT,
    producer,
    environment,
  });
}

function mountPage() {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(<ImportPage />, root));
  return root;
}

/** A drop on the page, as the browser fires it with the dropped file. */
async function drop(name: string, text: string): Promise<void> {
  const event = new Event('drop', { bubbles: true, cancelable: true });
  // Node's File: happy-dom's has no stream(), which the import reads through, as browsers do.
  Object.defineProperty(event, 'dataTransfer', { value: { files: [new NodeFile([text], name)] } });
  await act(async () => void document.body.dispatchEvent(event));
  await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
}

const rowIds = (root: HTMLElement) =>
  [...root.querySelectorAll('[data-connection-id]')].map((row) => row.getAttribute('data-connection-id'));

afterEach(() => {
  for (const child of [...document.body.children]) unmount(child);
});

describe('the import page', () => {
  test('before a file: says what it opens, with a picker', () => {
    const root = mountPage();
    expect(byTestId(root, 'import-welcome')?.textContent).toContain('Open a bundle or HAR');
    expect(byTestId(root, 'import-file')?.getAttribute('type')).toBe('file');
  });

  test('a dropped bundle is shown read-only, with a banner saying where it came from', async () => {
    const root = mountPage();
    await drop('jmap-push-x.bundle.json', bundleText({ payloads: false }));
    expect(rowIds(root)).toEqual(RECORDS.map((record) => record.id));
    const banner = byTestId(root, 'import-banner');
    expect(banner?.dataset.format).toBe('bundle');
    expect(banner?.dataset.redacted).toBe('true');
    expect(banner?.textContent).toContain('jmap-push-x.bundle.json');
    expect(byTestId(root, 'import-producer')?.textContent).toBe('written by JMAP Push Inspector 0.1.0');
    expect(byTestId(root, 'import-environment')?.textContent).toBe('captured with Chrome 156.0, extension 0.1.0');
    expect(byTestId(root, 'import-exported-at')).not.toBeNull();
    expect(banner?.textContent).toContain('secrets redacted');
    expect(banner?.textContent).toContain('frame payloads left out');
    expect(byTestId(root, 'clear')).toBeNull();
    expect(byTestId(root, 'preserve-log')).toBeNull();
    expect(byTestId(root, 'open-file')).not.toBeNull();
    openTab(root, 'replay');
    expect(byTestId(root, 'replay-imported')?.textContent).toContain('fingerprints');
  });

  test('a bad file gets one line naming it, and the capture shown stays', async () => {
    const root = mountPage();
    await drop('good.bundle.json', bundleText());
    await drop('cut.har', bundleText().slice(0, 200));
    expect(byTestId(root, 'import-error')?.textContent).toMatch(/^cut\.har: .*truncated/i);
    expect(rowIds(root)).toEqual(RECORDS.map((record) => record.id));
    await drop('empty.json', '');
    expect(byTestId(root, 'import-error')?.textContent).toBe('empty.json: empty file');
  });

  test('presentation mode stays on for the next file; an unredacted bundle is flagged', async () => {
    const root = mountPage();
    await drop('a.bundle.json', bundleText());
    click(byTestId(root, 'presentation-switch'));
    await drop('b.bundle.json', bundleText({ redacted: false }));
    expect(byTestId(root, 'presentation-badge')).not.toBeNull();
    expect(byTestId(root, 'import-banner')?.dataset.redacted).toBe('false');
    expect(byTestId(root, 'import-banner')?.textContent).toContain('secrets in clear');
  });

  test('the warnings of the reading are counted in the banner, listed on demand, masked', () => {
    const result = readCaptureText(bundleText({ redacted: false }));
    if (!result.ok) throw new Error(result.error);
    const warnings = ['entry 3: not a WebSocket, ignored', `entry 4: odd ${F2_JWT}`];
    const { root } = mountPanel(undefined, createImportedStore({ ...result.imported, warnings }, 'w.har'));
    const list = byTestId(root, 'import-warnings');
    expect(list?.querySelector('summary')?.textContent).toBe('2 warnings');
    expect(list?.querySelectorAll('li')).toHaveLength(2);
    expect(list?.textContent).toContain('[REDACTED:');
    expect(list?.textContent).not.toContain(F2_JWT);
  });

  test('readImportFile: a file that cannot be read is one line too', async () => {
    const moved = new ReadableStream({ pull: (controller) => controller.error(new Error('file was moved')) });
    const broken = { name: 'gone.har', stream: () => moved } as unknown as File;
    expect(await readImportFile(broken)).toEqual({ ok: false, error: 'gone.har: could not be read (file was moved)' });
  });
});
