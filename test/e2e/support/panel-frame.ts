import type { Frame, Page } from 'puppeteer-core';
import type { BackgroundStatus, TabSnapshot } from '../../../src/shared/protocol.ts';
import { poll } from './poll.ts';
import { readTabSnapshot } from './read-tab-snapshot.ts';

/** A panel document: a pop-out page, or the frame of the panel inside Chromium's DevTools. */
export type PanelDocument = Page | Frame;

/** A connection row as the panel shows it, through its stable test attributes. */
export interface PanelRow {
  readonly id: string;
  readonly strategy: string;
  readonly status: string;
  readonly phase: string;
  readonly text: string;
}

export function readPanelRows(panel: PanelDocument): Promise<PanelRow[]> {
  return panel.evaluate(() =>
    [...document.querySelectorAll('[data-connection-id]')].map((row) => ({
      id: row.getAttribute('data-connection-id') ?? '',
      strategy: row.getAttribute('data-strategy') ?? '',
      status: row.getAttribute('data-status') ?? '',
      phase: row.getAttribute('data-phase') ?? '',
      text: row.textContent ?? '',
    })),
  );
}

/** Clicks a detail tab (and first a connection row, when one is given). */
export async function showDetail(panel: PanelDocument, tab: string, connectionId?: string): Promise<void> {
  await panel.evaluate(
    (key, id) => {
      if (id !== undefined) {
        document.querySelector<HTMLElement>(`[data-connection-id="${CSS.escape(id)}"]`)?.click();
      }
      document.querySelector<HTMLElement>(`[role="tab"][data-tab="${key}"]`)?.click();
    },
    tab,
    connectionId,
  );
}

/** Text and data hooks of the element `selector` in the panel, once it exists. */
export function waitForElement(
  panel: PanelDocument,
  selector: string,
): Promise<{ text: string; data: Record<string, string> }> {
  return poll(selector, () =>
    panel.evaluate((wanted) => {
      const element = document.querySelector<HTMLElement>(wanted);
      return element
        ? { text: element.textContent ?? '', data: { ...element.dataset } as Record<string, string> }
        : undefined;
    }, selector),
  );
}

export function requestStatus(extensionPage: Page): Promise<BackgroundStatus> {
  return extensionPage.evaluate(() =>
    (globalThis as unknown as { chrome: typeof chrome }).chrome.runtime.sendMessage({ type: 'get-status', v: 1 }),
  ) as Promise<BackgroundStatus>;
}

/** Polls the background's state of a tab until `done` accepts it. */
export function waitForSnapshot(
  extensionPage: Page,
  tabId: number,
  what: string,
  done: (snapshot: TabSnapshot) => boolean,
  timeoutMs = 30_000,
): Promise<TabSnapshot> {
  return poll(
    what,
    async () => {
      const snapshot = await readTabSnapshot(extensionPage, tabId);
      return done(snapshot) ? snapshot : undefined;
    },
    timeoutMs,
  );
}
