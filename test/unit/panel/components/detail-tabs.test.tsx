// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { F1_TICKET_MINT } from '../../../fixtures/handshakes.ts';
import {
  F1_TICKET_OK,
  F2_NO_PUSH_ENABLE,
  F2B_PROXY_NO_HEADER,
  F3_BASIC_RAW_COPY,
  NETWORK_REFUSED,
} from '../../../fixtures/scenarios.ts';
import {
  STALWART_SESSION_URL,
  stalwartSession,
  TMAIL_BACKEND_SESSION_URL,
  tmailBackendSession,
} from '../../../fixtures/sessions.ts';
import { byTestId, click, mountPanel, openTab, press, selectConnection, unmount } from '../support/mount-panel.tsx';
import { sightingOf, snapshotOf } from '../support/panel-fixtures.ts';

const EARLY = F1_TICKET_OK.createdAt - 60_000;
const SESSIONS = [
  sightingOf(tmailBackendSession, TMAIL_BACKEND_SESSION_URL, EARLY),
  sightingOf(stalwartSession, STALWART_SESSION_URL, F2B_PROXY_NO_HEADER.createdAt - 1_000),
];
const RECORDS = [F1_TICKET_OK, F2B_PROXY_NO_HEADER, F2_NO_PUSH_ENABLE, F3_BASIC_RAW_COPY, NETWORK_REFUSED];

function mount() {
  return mountPanel(snapshotOf(RECORDS, { sessions: SESSIONS, ticketMints: [F1_TICKET_MINT] }));
}

afterEach(() => {
  for (const child of [...document.body.children]) unmount(child);
});

describe('connection detail', () => {
  test('Overview: strategy with evidence, server, push status and what TMail would do', () => {
    const { root } = mount();
    const overview = byTestId(root, 'overview');
    expect(byTestId(root, 'strategy')?.dataset.strategy).toBe('ticket');
    expect(byTestId(root, 'server')?.dataset.server).toBe('tmail-backend');
    expect(overview?.textContent).toContain('PushEnable sent');
    expect(overview?.textContent).toContain('Email, Mailbox');
    expect(byTestId(root, 'tmail-master')?.textContent).toContain('opens a WebSocket');
    expect(overview?.textContent).toContain('PR #4261');
  });

  test('Overview without a session says how to get one', () => {
    const { root } = mountPanel(snapshotOf([F2B_PROXY_NO_HEADER]));
    expect(byTestId(root, 'overview')?.textContent).toContain('No JMAP session was seen');
  });

  test('Diagnosis: F2b shows auth-header-missing with its checks', () => {
    const { root } = mount();
    selectConnection(root, 'f2b');
    openTab(root, 'diagnosis');
    const causes = [...root.querySelectorAll<HTMLElement>('[data-cause]')];
    expect(causes.map((cause) => cause.dataset.cause)).toEqual(['auth-header-missing']);
    expect(causes[0]?.querySelectorAll('.checks li').length).toBeGreaterThan(0);
  });

  test('Diagnosis of a healthy connection says no problem was found', () => {
    const { root } = mount();
    openTab(root, 'diagnosis');
    expect(root.querySelectorAll('[data-cause]')).toHaveLength(0);
    expect(byTestId(root, 'no-causes')?.textContent).toContain('No problem found');
  });

  test('Security: findings carry their kind and severity', () => {
    const { root } = mount();
    selectConnection(root, 'f3b');
    openTab(root, 'security');
    const findings = [...root.querySelectorAll<HTMLElement>('[data-finding]')];
    expect(findings.map((finding) => finding.dataset.finding)).toContain('basic-credentials-in-url');
    expect(findings[0]?.dataset.severity).toBe('critical');
    expect(findings[0]?.textContent).toContain('Fix:');
  });

  test('Handshake: status line, masked headers, and why the page saw only 1006', () => {
    const { root } = mount();
    selectConnection(root, 'f2b');
    openTab(root, 'handshake');
    const handshake = byTestId(root, 'handshake');
    expect(handshake?.textContent).toContain('HTTP/1.1 401 Unauthorized');
    expect(handshake?.textContent).toContain('WWW-Authenticate');
    expect(byTestId(root, 'why-1006')?.textContent).toContain('1006');
    selectConnection(root, 'f1');
    expect(byTestId(root, 'why-1006')).toBeNull();
  });

  test('Handshake of an unreachable server explains the network error', () => {
    const { root } = mount();
    selectConnection(root, NETWORK_REFUSED.id);
    openTab(root, 'handshake');
    expect(byTestId(root, 'why-1006')?.textContent).toContain('before any HTTP answer');
  });

  test('Push: a timeline per account and type with pushState', () => {
    const { root } = mount();
    openTab(root, 'push');
    const lanes = [...root.querySelectorAll<HTMLElement>('.push-lane')];
    expect(lanes.map((lane) => lane.dataset.type)).toEqual(['Email', 'Mailbox']);
    expect(lanes[0]?.textContent).toContain('277737e7');
    selectConnection(root, 'f2-no-push');
    expect(byTestId(root, 'no-state-changes')).not.toBeNull();
    expect(byTestId(root, 'push')?.textContent).toContain('no PushEnable');
  });

  test('tabs are reachable with arrow keys', () => {
    const { root, store } = mount();
    const overview = root.querySelector('[role="tab"][data-tab="overview"]');
    press(overview, 'ArrowRight');
    expect(store.detailTab.value).toBe('handshake');
    press(root.querySelector('[role="tab"][data-tab="handshake"]'), 'End');
    expect(store.detailTab.value).toBe('replay');
    click(root.querySelector('[role="tab"][data-tab="security"]'));
    expect(store.detailTab.value).toBe('security');
  });
});
