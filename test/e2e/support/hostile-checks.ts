import type { Page } from 'puppeteer-core';
import { expect } from 'vitest';
import { MAX_PAYLOAD_CHARS, type StoredFrame, type TabSnapshot } from '../../../src/shared/protocol.ts';
import { waitForRows } from './extension-harness.ts';
import { showDetail, waitForElement } from './panel-frame.ts';

/** What the hostile page (hostile-page.js) expects of the extension, checked on the background and on the panel. */
export interface HostileResults {
  done: boolean;
  failures: string[];
  answeredHellos: string[];
  frames: Record<string, { sent: number; received: number }>;
  chosenProtocol: string;
  closeReason: string;
  syntheticSeen: boolean;
  subprotocolError: string;
}

export const IMG = '<img src=x onerror="window.__jpiPwned=(window.__jpiPwned||0)+1">';
const BIG_TEXT_CHARS = 5_000_000;
const BINARY_BYTES = 200_000;
/** Every event of the socket with an over-long subprotocol: open and opened (refused), two frames and close. */
export const LONG_PROTOCOL_EVENTS = 5;
const DETAIL_TABS = ['overview', 'handshake', 'security', 'push', 'diagnosis'];

type Socket = 'markup' | 'big' | 'long' | 'refused';
const SOCKET_OF: Record<Socket, (url: string) => boolean> = {
  markup: (url) => url.includes('/ws/'),
  big: (url) => url.endsWith('/big'),
  long: (url) => url.endsWith('/pad'),
  refused: (url) => url.includes('/refuse'),
};

export function connectionOf(snapshot: TabSnapshot, socket: Socket) {
  return snapshot.connections.find((connection) => SOCKET_OF[socket](connection.handshake.url));
}

export function framesOf(snapshot: TabSnapshot, socket: Socket): StoredFrame[] {
  const id = connectionOf(snapshot, socket)?.id;
  return snapshot.frames.filter((frame) => frame.connectionId === id);
}

export const count = (frames: readonly StoredFrame[], dir: 'sent' | 'received') =>
  frames.filter((f) => f.dir === dir).length;

/** Anything of the page's that became an element or ran in the panel. */
function injected(panel: Page) {
  return panel.evaluate(() => ({
    elements: document.querySelectorAll('img, iframe, object, embed, script:not([src]), [onerror], [onload]').length,
    pwned: (window as unknown as { __jpiPwned?: number }).__jpiPwned ?? 0,
  }));
}

/** Clicks every Reveal button, so masked values render in the clear too. */
function revealAll(panel: Page) {
  return panel.evaluate(() => {
    for (const button of document.querySelectorAll<HTMLElement>('.reveal[aria-pressed="false"]')) button.click();
  });
}

export function expectOnlyRealTraffic(snapshot: TabSnapshot, results: HostileResults): void {
  const urls = snapshot.connections.map((connection) => connection.handshake.url);
  expect(urls.every((url) => Object.values(SOCKET_OF).some((isReal) => isReal(url)))).toBe(true);
  expect(urls.some((url) => url.includes('forged.invalid'))).toBe(false);
  expect(snapshot.sessions).toEqual([]);
  const texts = snapshot.frames.map((frame) => (frame.data.kind === 'text' ? frame.data.text : ''));
  expect(texts.some((text) => text.includes('FORGED'))).toBe(false);
  const real = new Set([connectionOf(snapshot, 'markup')?.id, connectionOf(snapshot, 'big')?.id]);
  expect(snapshot.frames.every((frame) => real.has(frame.connectionId))).toBe(true);
  for (const socket of ['markup', 'big'] as const) {
    const frames = framesOf(snapshot, socket);
    expect({ sent: count(frames, 'sent'), received: count(frames, 'received') }).toEqual(results.frames[socket]);
  }
  const markup = connectionOf(snapshot, 'markup');
  expect(markup?.handshake.chosenProtocol).toBe("x'onerror'1");
  expect(markup?.close).toMatchObject({ code: 4001, reason: IMG });
  expect(snapshot.dropped.rejected).toBe(LONG_PROTOCOL_EVENTS);
}

export function expectOversizedFramesKept(snapshot: TabSnapshot): void {
  const big = framesOf(snapshot, 'big');
  const texts = big.filter((frame) => frame.data.kind === 'text');
  expect(texts.map((frame) => frame.dir)).toEqual(['sent', 'received']);
  for (const frame of texts) {
    expect(frame.truncatedFrom).toBe(BIG_TEXT_CHARS);
    expect(frame.data.kind === 'text' && frame.data.text.length).toBe(MAX_PAYLOAD_CHARS);
  }
  const binaries = big.filter((frame) => frame.data.kind === 'binary');
  expect(binaries.map((frame) => frame.data)).toEqual([
    { kind: 'binary', size: BINARY_BYTES, headHex: expect.stringMatching(/^000102030405[0-9a-f]{52}$/) },
    { kind: 'binary', size: BINARY_BYTES, headHex: expect.stringMatching(/^000102030405[0-9a-f]{52}$/) },
  ]);
}

export async function expectPanelShowsRealSockets(panel: Page, snapshot: TabSnapshot): Promise<void> {
  const wanted = (['markup', 'big', 'refused'] as const).map((socket) => connectionOf(snapshot, socket)?.id);
  const rows = await waitForRows(panel, 'the real sockets', (shown) =>
    wanted.every((id) => shown.some((row) => row.id === id)),
  );
  const ids = new Set(snapshot.connections.map((connection) => connection.id));
  expect(rows.every((row) => ids.has(row.id))).toBe(true);
  expect(rows.find((row) => row.id === wanted[0])?.status).toBe('101');
  expect(rows.find((row) => row.id === wanted[2])?.status).toBe('401');
  // The socket whose every event was refused is known from its handshake alone: upgraded, not "connecting" forever.
  const networkOnly = connectionOf(snapshot, 'long');
  expect(networkOnly?.id).toMatch(/^net:/);
  expect(rows.find((row) => row.id === networkOnly?.id)?.phase).toBe('upgraded');
}

export async function expectNothingRendersAsMarkup(panel: Page): Promise<void> {
  expect(await injected(panel)).toEqual({ elements: 0, pwned: 0 });
  const rowIds = await panel.evaluate(() =>
    [...document.querySelectorAll('[data-connection-id]')].map((row) => row.getAttribute('data-connection-id') ?? ''),
  );
  for (const id of rowIds) {
    for (const tab of DETAIL_TABS) {
      await showDetail(panel, tab, id);
      await revealAll(panel);
      expect(await injected(panel)).toEqual({ elements: 0, pwned: 0 });
    }
  }
  await showDetail(panel, 'frames');
  const frameIds = await panel.evaluate(() =>
    [...document.querySelectorAll('[data-frame-id][role="option"]')].map((row) => row.getAttribute('data-frame-id')),
  );
  expect(frameIds.length).toBeGreaterThan(0);
  for (const id of frameIds) {
    await panel.evaluate((frameId) => {
      document.querySelector<HTMLElement>(`[data-frame-id="${frameId}"][role="option"]`)?.click();
    }, id);
    await waitForElement(panel, `[data-testid="frame-detail"][data-frame-id="${id}"]`);
    await revealAll(panel);
    expect(await injected(panel)).toEqual({ elements: 0, pwned: 0 });
  }
  const shown = await panel.evaluate(() => document.body.textContent ?? '');
  expect(shown).toContain('<img src=x onerror=');
  // Give any onerror a chance to fire before the last look.
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(await injected(panel)).toEqual({ elements: 0, pwned: 0 });
}

export async function expectRealSizesShown(panel: Page, snapshot: TabSnapshot): Promise<void> {
  await showDetail(panel, 'frames');
  const big = framesOf(snapshot, 'big');
  const truncated = big.find((frame) => frame.truncatedFrom !== undefined);
  const binary = big.find((frame) => frame.data.kind === 'binary');
  const sizeOf = (id: number | undefined) =>
    panel.evaluate((frameId) => document.querySelector(`[data-frame-id="${frameId}"] .size`)?.textContent, id);
  expect(await sizeOf(truncated?.id)).toBe('5.0 MB');
  expect(await sizeOf(binary?.id)).toBe('200.0 kB');
  await panel.evaluate((frameId) => {
    document.querySelector<HTMLElement>(`[data-frame-id="${frameId}"][role="option"]`)?.click();
  }, truncated?.id);
  const detail = await waitForElement(panel, `[data-testid="frame-detail"][data-frame-id="${truncated?.id}"]`);
  expect(detail.text).toContain('truncated');
  expect(detail.text).toContain('5.0 MB');
}
