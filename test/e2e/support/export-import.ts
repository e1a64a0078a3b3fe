import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Frame, Page } from 'puppeteer-core';
import { encodingsOf } from '../../fixtures/secrets.ts';
import type { ExtensionHarness } from './extension-harness.ts';
import { readDetail } from './panel-detail.ts';
import { readPanelRows, waitForElement } from './panel-frame.ts';
import { poll } from './poll.ts';

export interface SavedFile {
  readonly name: string;
  readonly text: string;
}

interface SpyGlobal {
  __savedFiles?: SavedFile[];
}

/**
 * Test side only: what the panel's downloads would save. `URL.createObjectURL` keeps each blob, the download link's
 * click records its name and text instead of downloading.
 */
export async function spyOnDownloads(panel: Page | Frame): Promise<void> {
  await panel.evaluate(() => {
    const spy = globalThis as unknown as SpyGlobal;
    spy.__savedFiles = [];
    const blobs = new Map<string, Blob>();
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      const url = create(blob);
      if (blob instanceof Blob) blobs.set(url, blob);
      return url;
    };
    HTMLAnchorElement.prototype.click = function click(this: HTMLAnchorElement) {
      const blob = blobs.get(this.href);
      const name = this.download;
      if (blob) void blob.text().then((text) => spy.__savedFiles?.push({ name, text }));
    };
  });
}

/** Clicks one entry of the Export menu and returns the file it saved. */
export async function exportFile(panel: Page | Frame, testId: string): Promise<SavedFile> {
  const before = await panel.evaluate(() => (globalThis as unknown as SpyGlobal).__savedFiles?.length ?? 0);
  await panel.evaluate((id) => {
    document.querySelector<HTMLDetailsElement>('[data-testid="export-menu"]')?.setAttribute('open', '');
    document.querySelector<HTMLElement>(`[data-testid="${id}"]`)?.click();
  }, testId);
  return poll(`the file of ${testId}`, () =>
    panel.evaluate((count) => (globalThis as unknown as SpyGlobal).__savedFiles?.[count], before),
  );
}

/** A fresh import page (`panel.html` without a tab) with `file` dropped on it, once its banner shows. */
export async function openImportPage(harness: ExtensionHarness, file: SavedFile): Promise<Page> {
  const page = await harness.openExtensionPage('/panel.html');
  await waitForElement(page, '[data-testid="import-welcome"]');
  await dropFile(page, file);
  await waitForElement(page, '[data-testid="import-banner"]');
  return page;
}

/** Drops a file on the page the way a user drags one in from the desktop. */
export async function dropFile(page: Page, file: SavedFile): Promise<void> {
  await page.evaluate(({ name, text }) => {
    const data = new DataTransfer();
    data.items.add(new File([text], name));
    const init = { dataTransfer: data, bubbles: true, cancelable: true };
    document.body.dispatchEvent(new DragEvent('dragover', init));
    document.body.dispatchEvent(new DragEvent('drop', init));
  }, file);
}

/** The known secrets that appear in `text`, in any of their wire encodings. */
export function secretsFoundIn(text: string, secrets: readonly string[]): string[] {
  return secrets.filter((secret) => encodingsOf(secret).some((form) => text.includes(form)));
}

export interface ShownRow {
  readonly id: string;
  readonly status: string;
  readonly strategy: string;
  readonly phase: string;
  readonly causes: readonly string[];
}

/** Every row the panel lists (or only `ids`), with the causes its Diagnosis tab shows. */
export async function readRowsWithCauses(panel: Page, ids?: readonly string[]): Promise<ShownRow[]> {
  const rows = (await readPanelRows(panel)).filter((row) => ids === undefined || ids.includes(row.id));
  const shown: ShownRow[] = [];
  for (const { id, status, strategy, phase } of rows) {
    shown.push({ id, status, strategy, phase, causes: (await readDetail(panel, id)).causes });
  }
  return shown;
}

const SETTLE_TRIES = 10;

/**
 * Exports while the live panel holds still: the page keeps reconnecting, so a row may change between reading the
 * panel and the export. Retries until every row reads the same before and after, and none is still connecting.
 */
export async function exportSettled(panel: Page, testId: string): Promise<{ file: SavedFile; live: ShownRow[] }> {
  for (let attempt = 0; attempt < SETTLE_TRIES; attempt += 1) {
    const before = await readRowsWithCauses(panel);
    const file = await exportFile(panel, testId);
    const after = await readRowsWithCauses(panel);
    const settled = after.every((row) => row.phase !== 'connecting');
    if (settled && JSON.stringify(before) === JSON.stringify(after)) return { file, live: after };
  }
  throw new Error(`the live panel did not hold still for ${testId}`);
}

/** What `jmap-push-inspector analyze --json` says of a file the panel exported, in the panel's row terms. */
export async function analyzeWithCli(file: SavedFile): Promise<Omit<ShownRow, 'phase'>[]> {
  const dir = await mkdtemp(join(tmpdir(), 'jpi-export-'));
  try {
    const path = join(dir, file.name);
    await writeFile(path, file.text);
    // Asynchronous: the JMAP test server runs in this process and must keep answering meanwhile.
    const { stdout } = await promisify(execFile)(process.execPath, [CLI, 'analyze', path, '--json']);
    const analysis = JSON.parse(stdout) as { connections: CliConnection[] };
    return analysis.connections.map((connection) => ({
      id: connection.id,
      status: connection.status === null ? '' : String(connection.status),
      strategy: connection.strategy,
      causes: connection.diagnoses.map((diagnosis) => diagnosis.cause),
    }));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

interface CliConnection {
  readonly id: string;
  readonly status: number | null;
  readonly strategy: string;
  readonly diagnoses: readonly { readonly cause: string }[];
}

const CLI = join(import.meta.dirname, '../../../src/cli/jmap-push-inspector.js');
