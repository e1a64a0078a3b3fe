import type { PanelDocument } from './panel-frame.ts';
import { showDetail } from './panel-frame.ts';
import { poll } from './poll.ts';

/** A replay's comparison as the Replay tab shows it: the verdict and each row's original and replay cells. */
export interface ShownRun {
  readonly verdict: string;
  readonly compare: Record<string, { original?: string; replay?: string }>;
}

/** Clicks the connection row and its Replay tab, and waits for the replay form. */
export async function openReplayTab(panel: PanelDocument, connectionId: string): Promise<void> {
  await showDetail(panel, 'replay', connectionId);
  await poll('the replay form', () =>
    panel.evaluate(() => document.querySelector('[data-testid="replay-run"]') !== null || undefined),
  );
}

/** How many replays the Replay tab lists for the selected connection (a run the guard stopped counts too). */
export function countRuns(panel: PanelDocument): Promise<number> {
  return panel.evaluate(() => document.querySelectorAll('[data-replay-id]').length);
}

/** Clicks the button `testId`. */
export async function clickTestId(panel: PanelDocument, testId: string): Promise<void> {
  const clicked = await panel.evaluate((id) => {
    const button = document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
    button?.click();
    return button !== null;
  }, testId);
  if (!clicked) throw new Error(`no [data-testid="${testId}"] to click`);
}

/** Plain ws:// with a credential: the panel asks first; answers yes with the button `confirmTestId`. */
export function confirmPlainWs(panel: PanelDocument, confirmTestId: string): Promise<true> {
  return poll('the ws:// question', () =>
    panel.evaluate((id) => {
      const confirm = document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
      confirm?.click();
      return confirm === null ? undefined : true;
    }, confirmTestId),
  );
}

/** Waits until `runs` replays are listed and the newest has ended, and reads its comparison. */
export function waitForRun(panel: PanelDocument, runs: number, timeoutMs = 30_000): Promise<ShownRun> {
  return poll(
    'the replay to end',
    () =>
      panel.evaluate((count) => {
        const shown = [...document.querySelectorAll('[data-replay-id]')];
        const run = shown[0];
        if (shown.length < count || !run || run.getAttribute('data-verdict') === 'running') return undefined;
        const compare = Object.fromEntries(
          [...run.querySelectorAll('[data-compare-key]')].map((row) => {
            const [original, replayed] = [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? '');
            return [row.getAttribute('data-compare-key') ?? '', { original, replay: replayed }];
          }),
        );
        return { verdict: run.getAttribute('data-verdict') ?? '', compare };
      }, runs),
    timeoutMs,
  );
}

/** Picks the Replay form's endpoint preset whose name starts with `prefix`. */
export async function pickEndpoint(panel: PanelDocument, prefix: string): Promise<void> {
  await panel.evaluate((wanted) => {
    const select = document.querySelector<HTMLSelectElement>('[data-testid="replay-endpoint"]');
    const option = [...(select?.options ?? [])].find((candidate) => candidate.text.startsWith(wanted));
    if (!select || !option) throw new Error(`no endpoint ${wanted}`);
    select.value = option.value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }, prefix);
  await poll('the endpoint to be picked', () =>
    panel.evaluate((wanted) => {
      const select = document.querySelector<HTMLSelectElement>('[data-testid="replay-endpoint"]');
      return select?.selectedOptions[0]?.text.startsWith(wanted) || undefined;
    }, prefix),
  );
}

/**
 * Clicks a connection row, its Replay tab, picks an endpoint preset by name and replays (confirming ws://). The
 * first attempt only asks, so the replay read is the second new run.
 */
export async function replay(
  panel: PanelDocument,
  connectionId: string,
  endpointStartsWith: string,
): Promise<ShownRun> {
  await openReplayTab(panel, connectionId);
  const before = await countRuns(panel);
  await pickEndpoint(panel, endpointStartsWith);
  await clickTestId(panel, 'replay-run');
  await confirmPlainWs(panel, 'replay-confirm');
  return waitForRun(panel, before + 2);
}

/**
 * Sets the input or select `testId` to `value` as a user does (an input and a change event, so both `onInput` and
 * `onChange` see it), and waits for the value to stick.
 */
export async function setField(page: PanelDocument, testId: string, value: string): Promise<void> {
  await page.evaluate(
    (id, text) => {
      const field = document.querySelector<HTMLInputElement | HTMLSelectElement>(`[data-testid="${id}"]`);
      if (!field) throw new Error(`no field ${id}`);
      field.value = text;
      for (const type of ['input', 'change']) field.dispatchEvent(new Event(type, { bubbles: true }));
    },
    testId,
    value,
  );
  await poll(`${testId} to be ${value}`, () =>
    page.evaluate(
      (id, text) =>
        document.querySelector<HTMLInputElement | HTMLSelectElement>(`[data-testid="${id}"]`)?.value === text ||
        undefined,
      testId,
      value,
    ),
  );
}

/** `setField` under the name the input-typing callers use. */
export const typeInto = setField;
