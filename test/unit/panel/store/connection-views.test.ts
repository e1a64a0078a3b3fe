import { describe, expect, test, vi } from 'vitest';
import { analyzeConnection } from '../../../../src/core/analysis/analyze-connection.ts';
import { sessionBefore } from '../../../../src/core/capture/session-before.ts';
import { ticketMintFor } from '../../../../src/core/capture/ticket-mint-for.ts';
import type { ConnectionRecord } from '../../../../src/core/model/connection-record.ts';
import { applyBackgroundMessage, createPanelStore } from '../../../../src/panel/panel-store.ts';
import { F1_TICKET_MINT } from '../../../fixtures/handshakes.ts';
import {
  F1_TICKET_OK,
  F2_TOKEN_PROXY_OK,
  F2B_PROXY_NO_HEADER,
  F5A_TICKET_REUSED,
} from '../../../fixtures/scenarios.ts';
import {
  STALWART_SESSION_URL,
  stalwartSession,
  TMAIL_BACKEND_SESSION_URL,
  tmailBackendSession,
} from '../../../fixtures/sessions.ts';
import { NO_DROPS, sightingOf, snapshotOf, stateOf, textFrame } from '../support/panel-fixtures.ts';

vi.mock('../../../../src/core/capture/ticket-mint-for.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../../src/core/capture/ticket-mint-for.ts')>();
  return { ticketMintFor: vi.fn(original.ticketMintFor) };
});
vi.mock('../../../../src/core/capture/session-before.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../../src/core/capture/session-before.ts')>();
  return { ...original, sessionBefore: vi.fn(original.sessionBefore) };
});

const stalwartSighting = sightingOf(stalwartSession, STALWART_SESSION_URL, F2B_PROXY_NO_HEADER.createdAt - 1_000);
const tmailSighting = sightingOf(tmailBackendSession, TMAIL_BACKEND_SESSION_URL, F1_TICKET_OK.createdAt - 1_000);

function storeOf(...records: Parameters<typeof snapshotOf>[0][number][]) {
  const store = createPanelStore(1, { throttle: false, now: F1_TICKET_OK.createdAt + 60_000 });
  const snapshot = snapshotOf(records, { sessions: [tmailSighting, stalwartSighting], ticketMints: [F1_TICKET_MINT] });
  applyBackgroundMessage(store, { type: 'snapshot', snapshot });
  return store;
}

const viewOf = (store: ReturnType<typeof storeOf>, id: string) => store.viewById.value.get(id);

describe('connection views', () => {
  test('F2b: a token in the URL refused with 401 because no proxy added the header', () => {
    const view = viewOf(storeOf(F2B_PROXY_NO_HEADER), 'f2b');
    expect(view?.analysis.auth.strategy).toBe('query-access-token');
    expect(view?.analysis.status).toBe(401);
    expect(view?.analysis.causes.map((cause) => cause.id)).toEqual(['auth-header-missing']);
    expect(view?.phase).toBe('failed');
    expect(view?.session?.sessionUrl).toBe(STALWART_SESSION_URL);
  });

  test('F1: the ticket mint is matched through the URL ticket, the TMail backend session is the one before', () => {
    const view = viewOf(storeOf(F1_TICKET_OK), 'f1');
    expect(view?.record.ticketMint).toBe(F1_TICKET_MINT);
    expect(view?.analysis.auth.strategy).toBe('ticket');
    expect(view?.analysis.causes).toEqual([]);
    expect(view?.session?.sessionUrl).toBe(TMAIL_BACKEND_SESSION_URL);
    expect(view?.phase).toBe('open');
    expect(view?.secrets).toContain(F1_TICKET_MINT.ticket?.value);
  });

  test('the other connections are context: a replayed ticket is diagnosed as reused', () => {
    const view = viewOf(storeOf(F1_TICKET_OK, F5A_TICKET_REUSED), 'f5a-reused');
    expect(view?.analysis.causes.map((cause) => cause.id)).toContain('ticket-expired-or-reused');
  });

  test('no session before a connection: none is assumed', () => {
    const store = createPanelStore(1, { throttle: false });
    const late = sightingOf(stalwartSession, STALWART_SESSION_URL, F2B_PROXY_NO_HEADER.createdAt + 1);
    applyBackgroundMessage(store, {
      type: 'snapshot',
      snapshot: snapshotOf([F2B_PROXY_NO_HEADER], { sessions: [late] }),
    });
    expect(viewOf(store, 'f2b')?.session).toBeUndefined();
  });

  test('frames for one connection analyse only that one again', () => {
    const analyze = vi.fn(analyzeConnection);
    const store = createPanelStore(1, { throttle: false, analyze });
    applyBackgroundMessage(store, { type: 'snapshot', snapshot: snapshotOf([F1_TICKET_OK, F2_TOKEN_PROXY_OK]) });
    void store.views.value;
    expect(analyze).toHaveBeenCalledTimes(2);
    const delta = {
      connections: [],
      frames: [textFrame(900, 'f2', '{}')],
      sessions: [],
      ticketMints: [],
      dropped: NO_DROPS,
    };
    applyBackgroundMessage(store, { type: 'delta', delta });
    void store.views.value;
    expect(analyze).toHaveBeenCalledTimes(3);
    expect(analyze.mock.lastCall?.[0].id).toBe('f2');
  });

  test('a frames delta looks up no ticket POST and no session again, and the analysis stays the same', () => {
    const store = storeOf(F1_TICKET_OK, F2B_PROXY_NO_HEADER);
    const before = viewOf(store, 'f1');
    vi.mocked(ticketMintFor).mockClear();
    vi.mocked(sessionBefore).mockClear();
    const frames = [textFrame(900, 'f1', '{}')];
    applyBackgroundMessage(store, {
      type: 'delta',
      delta: { connections: [], frames, sessions: [], ticketMints: [], dropped: NO_DROPS },
    });
    const after = viewOf(store, 'f1');
    expect(after?.record.frames).not.toBe(before?.record.frames);
    expect(after?.record.ticketMint).toBe(F1_TICKET_MINT);
    expect(after?.session).toBe(before?.session);
    const context = {
      session: after?.session,
      otherConnections: store.views.value.map((view) => view.record),
      ticketMints: store.ticketMints.value,
      now: store.now.value,
    };
    expect(after?.analysis).toEqual(analyzeConnection(after?.record as ConnectionRecord, context));
    expect(ticketMintFor).not.toHaveBeenCalled();
    expect(sessionBefore).not.toHaveBeenCalled();
  });

  test('a new connection changes the shared context, so every connection is analysed again', () => {
    const analyze = vi.fn(analyzeConnection);
    const store = createPanelStore(1, { throttle: false, analyze });
    applyBackgroundMessage(store, { type: 'snapshot', snapshot: snapshotOf([F1_TICKET_OK]) });
    void store.views.value;
    const delta = {
      connections: [stateOf(F2B_PROXY_NO_HEADER)],
      frames: [],
      sessions: [],
      ticketMints: [],
      dropped: NO_DROPS,
    };
    applyBackgroundMessage(store, { type: 'delta', delta });
    expect(store.views.value.map((view) => view.number)).toEqual([1, 2]);
    expect(analyze).toHaveBeenCalledTimes(3);
  });
});
