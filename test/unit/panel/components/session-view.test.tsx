// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test } from 'vitest';
import { applyBackgroundMessage } from '../../../../src/panel/panel-store.ts';
import { F1_TICKET_MINT } from '../../../fixtures/handshakes.ts';
import { F1_TICKET_OK, F2_TOKEN_PROXY_OK } from '../../../fixtures/scenarios.ts';
import { SCENARIO_JWT } from '../../../fixtures/secrets.ts';
import {
  CYRUS_RESOLVED_WS_URL,
  CYRUS_SESSION_URL,
  cyrusSession,
  STALWART_SESSION_URL,
  stalwartSession,
  TMAIL_BACKEND_SESSION_URL,
  tmailBackendSession,
} from '../../../fixtures/sessions.ts';
import { byTestId, mountPanel, openTab, unmount } from '../support/mount-panel.tsx';
import { NO_DROPS, sightingOf, snapshotOf } from '../support/panel-fixtures.ts';

const AT = Date.parse('2026-08-20T09:00:00.000Z');

afterEach(() => {
  for (const child of [...document.body.children]) unmount(child);
});

const causesIn = (root: ParentNode) =>
  [...root.querySelectorAll<HTMLElement>('[data-cause]')].map((cause) => cause.dataset.cause);

describe('the session view (SCENARIOS F7: no connection at all)', () => {
  test('Stalwart session and no connection: no push transport, with the session-level cause and why', () => {
    const { root } = mountPanel(snapshotOf([], { sessions: [sightingOf(stalwartSession, STALWART_SESSION_URL, AT)] }));
    const view = byTestId(root, 'session-view');
    expect(view?.dataset.server).toBe('stalwart');
    expect(causesIn(root)).toEqual(['push-unsupported']);
    const cause = root.querySelector('[data-cause="push-unsupported"]');
    expect(cause?.textContent).toContain('com:linagora:params:jmap:ws:ticket');
    expect(cause?.textContent).toContain('no push transport at all, and no error shown');
    expect(cause?.querySelectorAll('.checks li').length).toBeGreaterThan(0);
    expect(byTestId(root, 'session-tmail')?.dataset.wouldConnect).toBe('false');
    expect(byTestId(root, 'session-tmail')?.textContent).toContain('no push transport (no-ticket-capability)');
    expect(view?.textContent).toContain(STALWART_SESSION_URL);
    expect(view?.textContent).toContain('Ticket');
    expect(view?.textContent).toContain('not advertised');
    expect(byTestId(root, 'session-hint')?.textContent).toContain('upstream TMail opens no WebSocket');
  });

  test('tmail-backend session: upstream TMail would connect with a ticket, and nothing is wrong', () => {
    const sessions = [sightingOf(tmailBackendSession, TMAIL_BACKEND_SESSION_URL, AT)];
    const { root } = mountPanel(snapshotOf([], { sessions }));
    expect(byTestId(root, 'session-view')?.dataset.server).toBe('tmail-backend');
    expect(causesIn(root)).toEqual([]);
    const tmail = byTestId(root, 'session-tmail');
    expect(tmail?.dataset.wouldConnect).toBe('true');
    expect(tmail?.textContent).toContain('opens a WebSocket');
    expect(tmail?.textContent).toContain('POSTs to https://jmap.example.com/jmap/ws/ticket');
    expect(byTestId(root, 'session-view')?.textContent).toContain('POST https://jmap.example.com/jmap/ws/ticket');
    expect(byTestId(root, 'session-hint')?.textContent).toContain('would open one');
  });

  test('Cyrus: the host-less capability URL is shown resolved, and push is unsupported for upstream TMail', () => {
    const { root } = mountPanel(snapshotOf([], { sessions: [sightingOf(cyrusSession, CYRUS_SESSION_URL, AT)] }));
    expect(byTestId(root, 'session-view')?.dataset.server).toBe('cyrus');
    expect(byTestId(root, 'session-view')?.textContent).toContain(CYRUS_RESOLVED_WS_URL);
    expect(causesIn(root)).toEqual(['push-unsupported']);
  });

  test('the same session view answers on every connection tab, but not on Frames', () => {
    const { root } = mountPanel(snapshotOf([], { sessions: [sightingOf(stalwartSession, STALWART_SESSION_URL, AT)] }));
    for (const tab of ['handshake', 'security', 'push', 'diagnosis']) {
      openTab(root, tab);
      expect(causesIn(root)).toEqual(['push-unsupported']);
    }
    openTab(root, 'frames');
    expect(byTestId(root, 'session-view')).toBeNull();
  });

  test('without a session the panel says only that nothing is selected', () => {
    const { root } = mountPanel(snapshotOf([]));
    expect(byTestId(root, 'session-view')).toBeNull();
    expect(byTestId(root, 'session-hint')).toBeNull();
    expect(root.textContent).toContain('No connection selected.');
  });

  test('the latest session that parses wins, and one arriving in a delta shows at once', () => {
    const sessions = [
      sightingOf(tmailBackendSession, TMAIL_BACKEND_SESSION_URL, AT),
      sightingOf(stalwartSession, STALWART_SESSION_URL, AT + 1_000),
      { at: AT + 2_000, url: 'https://mail.example.org/jmap/session', body: '{"not":"a session"}' },
    ];
    const { root, store } = mountPanel(snapshotOf([], { sessions: sessions.slice(0, 1) }));
    expect(byTestId(root, 'session-view')?.dataset.server).toBe('tmail-backend');
    const delta = { connections: [], frames: [], sessions: sessions.slice(1), ticketMints: [], dropped: NO_DROPS };
    act(() => applyBackgroundMessage(store, { type: 'delta', delta }));
    expect(byTestId(root, 'session-view')?.dataset.server).toBe('stalwart');
  });

  test('a credential in the session URL is masked, and presentation mode offers no reveal', () => {
    const url = `${STALWART_SESSION_URL}?access_token=${SCENARIO_JWT}`;
    const { root, store } = mountPanel(snapshotOf([], { sessions: [sightingOf(stalwartSession, url, AT)] }));
    expect(byTestId(root, 'session-view')?.textContent).not.toContain(SCENARIO_JWT);
    expect(root.querySelector('.session-view [data-secret="masked"]')).not.toBeNull();
    act(() => {
      store.presentation.value = true;
    });
    expect(root.querySelector('.session-view .reveal')).toBeNull();
  });

  test('with a connection the detail shows the connection, and its Overview links the ticket POST', () => {
    const sessions = [sightingOf(tmailBackendSession, TMAIL_BACKEND_SESSION_URL, F1_TICKET_OK.createdAt - 5_000)];
    const { root } = mountPanel(snapshotOf([F1_TICKET_OK], { sessions, ticketMints: [F1_TICKET_MINT] }));
    expect(byTestId(root, 'session-view')).toBeNull();
    const mint = byTestId(root, 'ticket-mint');
    expect(mint?.dataset.mintStatus).toBe('200');
    expect(mint?.textContent).toContain('POST https://jmap.example.com/jmap/ws/ticket → 200');
    expect(mint?.textContent).toContain('before the handshake');
  });

  test('the toolbar badge gives the session verdict, with connections listed or not', () => {
    const stalwart = [sightingOf(stalwartSession, STALWART_SESSION_URL, F2_TOKEN_PROXY_OK.createdAt - 1_000)];
    const { root } = mountPanel(snapshotOf([F2_TOKEN_PROXY_OK], { sessions: stalwart }));
    const badge = byTestId(root, 'session-badge');
    expect(badge?.dataset.server).toBe('stalwart');
    expect(badge?.dataset.wouldConnect).toBe('false');
    expect(badge?.textContent).toBe('stalwart session: no push transport for upstream TMail');
    expect(badge?.querySelector('.badge')?.getAttribute('title')).toContain('no error shown');
    unmount(root);
    const tmail = [sightingOf(tmailBackendSession, TMAIL_BACKEND_SESSION_URL, AT)];
    const second = mountPanel(snapshotOf([], { sessions: tmail })).root;
    expect(byTestId(second, 'session-badge')?.textContent).toBe(
      'tmail-backend session: push over a ticketed WebSocket',
    );
    unmount(second);
    expect(byTestId(mountPanel(snapshotOf([])).root, 'session-badge')).toBeNull();
  });

  test('the Overview has no ticket POST line when no mint matches the URL ticket', () => {
    const { root } = mountPanel(snapshotOf([F1_TICKET_OK]));
    expect(byTestId(root, 'overview')).not.toBeNull();
    expect(byTestId(root, 'ticket-mint')).toBeNull();
  });
});
