// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import {
  F1_TICKET_OK,
  F2_TOKEN_PROXY_OK,
  F2B_PROXY_NO_HEADER,
  F3_BASIC_RAW_COPY,
  F4_HEADER_OK,
} from '../../../fixtures/scenarios.ts';
import { byTestId, click, mountPanel, press, unmount } from '../support/mount-panel.tsx';
import { snapshotOf, stateOf } from '../support/panel-fixtures.ts';

const RECORDS = [F1_TICKET_OK, F2_TOKEN_PROXY_OK, F2B_PROXY_NO_HEADER, F3_BASIC_RAW_COPY, F4_HEADER_OK];

afterEach(() => {
  for (const child of [...document.body.children]) unmount(child);
});

const rows = (root: ParentNode) => [...root.querySelectorAll<HTMLElement>('[data-connection-id]')];

describe('connection list', () => {
  test('one row per connection with the stable test hooks', () => {
    const { root } = mountPanel(snapshotOf(RECORDS));
    const hooks = rows(root).map((row) => [row.dataset.connectionId, row.dataset.strategy, row.dataset.status]);
    expect(hooks).toEqual([
      ['f1', 'ticket', '101'],
      ['f2', 'query-access-token', '101'],
      ['f2b', 'query-access-token', '401'],
      ['f3b', 'query-authorization', '401'],
      ['f4', 'header-basic', '101'],
    ]);
  });

  test('the status hook is empty while the status is unknown, and replays are marked', () => {
    const { url: _url, status: _status, statusLine: _line, ...rest } = F1_TICKET_OK.handshake;
    const pending = {
      ...F1_TICKET_OK,
      id: 'pending',
      handshake: { ...rest, url: 'wss://x.example/ws' },
      openAt: undefined,
      frames: [],
    };
    const snapshot = snapshotOf([pending]);
    const { root } = mountPanel({ ...snapshot, connections: [{ ...stateOf(pending), source: 'replay' }] });
    const row = rows(root)[0];
    expect(row?.dataset.status).toBe('');
    expect(row?.dataset.source).toBe('replay');
    expect(row?.textContent).toContain('replay');
    expect(row?.textContent).toContain('connecting');
  });

  test('rows show state, HTTP status, strategy, worst finding and frame counts', () => {
    const { root } = mountPanel(snapshotOf(RECORDS));
    const f1 = rows(root)[0]?.textContent ?? '';
    expect(f1).toContain('open');
    expect(f1).toContain('ticket');
    const f2b = rows(root)[2]?.textContent ?? '';
    expect(f2b).toContain('failed 1006');
    expect(f2b).toContain('401');
    expect(f2b).toContain('token in URL');
    expect(f2b).toMatch(/high|critical/);
    const cells = [...(rows(root)[0]?.querySelectorAll('.count') ?? [])].map((cell) => cell.textContent);
    expect(cells).toEqual(['3', '3']);
  });

  test('says so when there is no connection yet', () => {
    const { root } = mountPanel(snapshotOf([]));
    expect(byTestId(root, 'no-connections')).not.toBeNull();
  });

  test('arrow keys move through the rows, Enter and Space select', () => {
    const { root, store } = mountPanel(snapshotOf(RECORDS));
    const list = root.querySelector('[role="listbox"][aria-label="Connections"]');
    expect(list?.getAttribute('tabindex')).toBe('0');
    expect(list?.getAttribute('aria-activedescendant')).toBe('connection-f1');
    press(list, 'ArrowDown');
    press(list, 'ArrowDown');
    expect(list?.getAttribute('aria-activedescendant')).toBe('connection-f2b');
    expect(store.selected.value?.state.id).toBe('f1');
    press(list, 'Enter');
    expect(store.selected.value?.state.id).toBe('f2b');
    expect(root.querySelector('[data-connection-id="f2b"]')?.getAttribute('aria-selected')).toBe('true');
    press(list, 'End');
    press(list, ' ');
    expect(store.selected.value?.state.id).toBe('f4');
    press(list, 'Home');
    press(list, 'ArrowUp');
    expect(list?.getAttribute('aria-activedescendant')).toBe('connection-f1');
  });

  test('a click selects a row', () => {
    const { root, store } = mountPanel(snapshotOf(RECORDS));
    click(root.querySelector('[data-connection-id="f3b"]'));
    expect(store.selected.value?.state.id).toBe('f3b');
  });
});
