// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test } from 'vitest';
import { TMAIL_ECHO_REQUEST } from '../../../fixtures/frames.ts';
import { F1_TICKET_OK, F2_TOKEN_PROXY_OK } from '../../../fixtures/scenarios.ts';
import { byTestId, click, mountPanel, openTab, press, unmount } from '../support/mount-panel.tsx';
import { snapshotOf, textFrame } from '../support/panel-fixtures.ts';

afterEach(() => {
  for (const child of [...document.body.children]) unmount(child);
});

const BINARY = {
  id: 500,
  connectionId: 'f2',
  dir: 'received',
  at: F2_TOKEN_PROXY_OK.createdAt + 99_000,
  data: { kind: 'binary', size: 300, headHex: '7b2240747970' },
} as const;

function mount() {
  const snapshot = snapshotOf([F1_TICKET_OK, F2_TOKEN_PROXY_OK]);
  const mounted = mountPanel({ ...snapshot, frames: [...snapshot.frames, BINARY] });
  openTab(mounted.root, 'frames');
  return mounted;
}

const frameRows = (root: ParentNode) => [...root.querySelectorAll<HTMLElement>('[role="option"][data-frame-id]')];

function type(input: Element | null, value: string) {
  act(() => {
    (input as HTMLInputElement).value = value;
    input?.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function choose(select: Element | null, value: string) {
  act(() => {
    (select as HTMLSelectElement).value = value;
    select?.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('frames tab', () => {
  test('lists the frames of every connection with type, direction, connection and latency', () => {
    const { root } = mount();
    const rows = frameRows(root);
    expect(rows).toHaveLength(F1_TICKET_OK.frames.length + F2_TOKEN_PROXY_OK.frames.length + 1);
    expect(byTestId(root, 'match-count')?.textContent).toBe('9 of 9');
    const response = rows.find((row) => row.textContent?.includes('Response'));
    expect(response?.querySelector('.latency')?.textContent).toBe('12 ms');
    expect(rows[0]?.querySelector('.dir')?.textContent).toBe('↑');
    expect(rows.at(-1)?.querySelector('.num')?.textContent).toBe('2');
  });

  test('search box, regex toggle and filters narrow the list; a bad regex says so', () => {
    const { root } = mount();
    const search = root.querySelector('input[type="search"]');
    type(search, 'core/echo');
    expect(frameRows(root)).toHaveLength(4);
    click(root.querySelector('.filters input[type="checkbox"]'));
    type(search, 'Push(Enable|Disable)');
    expect(frameRows(root)).toHaveLength(2);
    type(search, '(');
    expect(byTestId(root, 'match-count')?.textContent).toMatch(/^Invalid regex/);
    expect(byTestId(root, 'no-frames')).not.toBeNull();
    type(search, '');
    choose(root.querySelector('select[aria-label="JMAP type"]'), 'StateChange');
    expect(frameRows(root)).toHaveLength(2);
    choose(root.querySelector('select[aria-label="Connection"]'), 'selected');
    expect(frameRows(root).map((row) => row.querySelector('.num')?.textContent)).toEqual(['1']);
    choose(root.querySelector('select[aria-label="JMAP type"]'), 'all');
    choose(root.querySelector('select[aria-label="Direction"]'), 'sent');
    expect(frameRows(root).every((row) => row.dataset.dir === 'sent')).toBe(true);
  });

  test('selecting a frame shows pretty JSON as text; keyboard works in the frame list', () => {
    const { root } = mount();
    const list = root.querySelector('[role="listbox"][aria-label="Frames"]');
    press(list, 'ArrowDown');
    press(list, 'Enter');
    const detail = byTestId(root, 'frame-detail');
    expect(detail?.dataset.frameId).toBe(frameRows(root)[1]?.dataset.frameId);
    expect(detail?.querySelector('pre')?.textContent).toContain('"@type": "Request"');
    expect(detail?.textContent).toContain('answered by frame');
  });

  test('a binary frame shows a hex dump', () => {
    const { root } = mount();
    click(root.querySelector(`[data-frame-id="${BINARY.id}"]`));
    const detail = byTestId(root, 'frame-detail');
    expect(detail?.textContent).toContain('First 6 of 300 bytes');
    expect(detail?.querySelector('pre')?.textContent).toBe(
      '00000000  7b 22 40 74 79 70                                {"@typ',
    );
  });

  test('100 000 frames: only the rows in view are in the DOM, and End reaches the last one', () => {
    const frames = Array.from({ length: 100_000 }, (_, index) => textFrame(index + 1, 'f1', TMAIL_ECHO_REQUEST));
    const { root } = mountPanel({ ...snapshotOf([F1_TICKET_OK], { frameCap: 100_000 }), frames });
    openTab(root, 'frames');
    expect(byTestId(root, 'match-count')?.textContent).toBe('100,000 of 100,000');
    expect(frameRows(root).length).toBeLessThan(100);
    const list = root.querySelector('[role="listbox"][aria-label="Frames"]');
    press(list, 'End');
    expect(list?.getAttribute('aria-activedescendant')).toBe('frame-100000');
    expect(root.querySelector('#frame-100000')).not.toBeNull();
    expect(frameRows(root).length).toBeLessThan(100);
  });
});
