// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { readCaptureText } from '../../../../src/core/import/read-capture-text.ts';
import type { ExportFile } from '../../../../src/panel/export/export-file.ts';
import { createImportedStore } from '../../../../src/panel/import/create-imported-store.ts';
import { createPanelStore, type PanelStore } from '../../../../src/panel/panel-store.ts';
import { F1_TICKET_MINT } from '../../../fixtures/handshakes.ts';
import { encodingsOf, KNOWN_SECRETS } from '../../../fixtures/secrets.ts';
import { EXPORT_RECORDS } from '../support/export-records.ts';
import { byTestId, click, mountPanel, NOW, unmount } from '../support/mount-panel.tsx';
import { snapshotOf } from '../support/panel-fixtures.ts';
import { stubClipboard } from '../support/stub-clipboard.ts';

const RECORDS = EXPORT_RECORDS;
const ENVIRONMENT = { browser: 'Firefox', browserVersion: '153.0', extensionVersion: '0.1.0' };
const PRODUCER = { name: 'JMAP Push Inspector', version: '0.1.0' };

function secretsIn(text: string): string[] {
  return KNOWN_SECRETS.filter((secret) => encodingsOf(secret).some((form) => text.includes(form)));
}

function mountLive() {
  const saved: ExportFile[] = [];
  const store = createPanelStore(1, { throttle: false, now: NOW });
  const save = (file: ExportFile) => void saved.push(file);
  const mounted = mountPanel(snapshotOf(RECORDS, { ticketMints: [F1_TICKET_MINT] }), store, {
    save,
    producer: PRODUCER,
    environment: ENVIRONMENT,
  });
  return { ...mounted, saved };
}

function exportBundle(root: HTMLElement, saved: ExportFile[]) {
  click(byTestId(root, 'export-bundle'));
  const file = saved.at(-1);
  if (!file) throw new Error('nothing saved');
  return { file, bundle: JSON.parse(file.text) };
}

/** What each row of the list says: the same in the live panel and in the file read back. */
function rows(store: PanelStore) {
  return store.views.value.map(({ state, phase, analysis }) => ({
    id: state.id,
    phase,
    status: analysis.status,
    strategy: analysis.auth.strategy,
    server: analysis.server.kind,
    causes: analysis.causes.map((cause) => cause.id),
    findings: analysis.findings.map((finding) => `${finding.kind}/${finding.severity}`),
    frames: store.frameIndex.value.counts.get(state.id),
  }));
}

afterEach(() => {
  for (const child of [...document.body.children]) unmount(child);
  vi.useRealTimers();
});

describe('Export bundle', () => {
  test('is redacted by default: no known secret in any encoding, named after host and time', () => {
    const { root, saved } = mountLive();
    const { file, bundle } = exportBundle(root, saved);
    expect(file.name).toMatch(/^jmap-push-[a-z0-9.-]+-\d{8}-\d{4}\.bundle\.json$/);
    expect(file.mime).toBe('application/json');
    expect(bundle).toMatchObject({ redacted: true, payloads: true, producer: PRODUCER, environment: ENVIRONMENT });
    expect(secretsIn(file.text)).toEqual([]);
    expect(file.text).toContain('[REDACTED:');
  });

  test('secrets in clear only when explicitly chosen, for one export; payloads can be left out', () => {
    const { root, saved } = mountLive();
    click(byTestId(root, 'export-in-clear'));
    expect(byTestId(root, 'export-bundle')?.textContent).toBe('Export bundle (secrets in clear)');
    const clear = exportBundle(root, saved);
    expect(clear.bundle.redacted).toBe(false);
    expect(secretsIn(clear.file.text).length).toBeGreaterThan(0);
    expect(byTestId(root, 'export-outcome')?.textContent).toContain('secrets in clear');
    expect((byTestId(root, 'export-in-clear') as HTMLInputElement).checked).toBe(false);
    click(byTestId(root, 'export-no-payloads'));
    const shapes = exportBundle(root, saved);
    expect(shapes.bundle).toMatchObject({ redacted: true, payloads: false });
    expect(secretsIn(shapes.file.text)).toEqual([]);
  });

  test('read back, shows the same rows as the live panel', () => {
    const { root, saved, store } = mountLive();
    const { file } = exportBundle(root, saved);
    const result = readCaptureText(file.text);
    if (!result.ok) throw new Error(result.error);
    const imported = createImportedStore(result.imported, file.name);
    expect(rows(imported)).toEqual(rows(store));
    expect(imported.imported?.origin).toMatchObject({ format: 'bundle', redacted: true, payloads: true });
    expect(imported.imported?.environment).toEqual(ENVIRONMENT);
  });
});

describe('Export HAR', () => {
  test('is redacted by default, and read back shows the same rows as the live panel', () => {
    const { root, saved, store } = mountLive();
    click(byTestId(root, 'export-har'));
    const file = saved.at(-1);
    if (!file) throw new Error('nothing saved');
    expect(file.name).toMatch(/^jmap-push-[a-z0-9.-]+-\d{8}-\d{4}\.har$/);
    expect(JSON.parse(file.text).log.version).toBe('1.2');
    expect(secretsIn(file.text)).toEqual([]);
    const result = readCaptureText(file.text);
    if (!result.ok) throw new Error(result.error);
    expect(result.imported.origin.format).toBe('har');
    expect(rows(createImportedStore(result.imported, file.name))).toEqual(rows(store));
  });

  test('holds the secrets only when explicitly chosen', () => {
    const { root, saved } = mountLive();
    click(byTestId(root, 'export-in-clear'));
    expect(byTestId(root, 'export-har')?.textContent).toBe('Export HAR (secrets in clear)');
    click(byTestId(root, 'export-har'));
    expect(secretsIn(saved.at(-1)?.text ?? '').length).toBeGreaterThan(0);
  });
});

describe('reports', () => {
  test('Save report saves the HTML, verdict first, with no secret', () => {
    const { root, saved } = mountLive();
    click(byTestId(root, 'export-in-clear'));
    click(byTestId(root, 'save-report'));
    const file = saved.at(-1);
    expect(file?.name).toMatch(/\.report\.html$/);
    expect(file?.mime).toBe('text/html');
    expect(file?.text).toMatch(/Push (works|fails|is enabled)/);
    expect(secretsIn(file?.text ?? '')).toEqual([]);
  });

  test('Copy report puts the Markdown on the clipboard, with no secret', async () => {
    const copied = stubClipboard();
    const { root } = mountLive();
    await act(async () => byTestId(root, 'copy-report')?.click());
    await act(async () => {});
    expect(copied[0]).toMatch(/^# JMAP push report/);
    expect(secretsIn(copied[0] ?? '')).toEqual([]);
    expect(byTestId(root, 'export-outcome')?.textContent).toBe('Report copied (Markdown)');
  });

  test('a failing export says so in one line', () => {
    const save = vi.fn(() => {
      throw new Error('disk full');
    });
    const { root } = mountPanel(snapshotOf(RECORDS), undefined, { save });
    click(byTestId(root, 'export-bundle'));
    expect(byTestId(root, 'export-outcome')?.textContent).toBe('Export bundle failed: disk full');
  });
});
