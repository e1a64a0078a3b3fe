import { describe, expect, test } from 'vitest';
import type { ImportedCapture } from '../../../../src/core/capture/imported-capture.ts';
import { captureOfStore } from '../../../../src/panel/export/capture-of-store.ts';
import { createImportedStore } from '../../../../src/panel/import/create-imported-store.ts';
import { applyBackgroundMessage, createPanelStore, type PanelStore } from '../../../../src/panel/panel-store.ts';
import { F1_TICKET_MINT } from '../../../fixtures/handshakes.ts';
import { F1_TICKET_OK, F2_TOKEN_PROXY_OK, F6B_IDLE_CUT } from '../../../fixtures/scenarios.ts';
import { STALWART_SESSION_URL, stalwartSession } from '../../../fixtures/sessions.ts';
import { EXPORT_RECORDS } from '../support/export-records.ts';
import { sightingOf, snapshotOf } from '../support/panel-fixtures.ts';

const RECORDS = EXPORT_RECORDS;
const NOW = F6B_IDLE_CUT.createdAt + 60_000;
const SESSION = sightingOf(stalwartSession, STALWART_SESSION_URL, F2_TOKEN_PROXY_OK.createdAt - 1_000);

function liveStore(): PanelStore {
  const store = createPanelStore(1, { throttle: false, now: NOW });
  const snapshot = snapshotOf(RECORDS, { sessions: [SESSION], ticketMints: [F1_TICKET_MINT] });
  applyBackgroundMessage(store, { type: 'snapshot', snapshot });
  return store;
}

function importOf(store: PanelStore, analyses: ImportedCapture['analyses'] = new Map()): ImportedCapture {
  const origin = { format: 'bundle', producer: 'test', exportedAt: NOW, redacted: false, payloads: true } as const;
  return { capture: captureOfStore(store), analyses, origin, warnings: [] };
}

/** What a row of the connection list and the detail tabs say of each connection. */
function rows(store: PanelStore) {
  return store.views.value.map(({ number, state, phase, analysis, session, secrets }) => ({
    number,
    id: state.id,
    url: state.handshake.url,
    source: state.source,
    phase,
    analysis,
    session: session?.sessionUrl,
    secrets,
    frames: store.frameIndex.value.counts.get(state.id),
  }));
}

describe('a live capture read back into the panel', () => {
  test('shows exactly the same rows, analyses and frames', () => {
    const live = liveStore();
    const imported = createImportedStore(importOf(live));
    expect(rows(imported)).toEqual(rows(live));
    expect(imported.frameIndex.value.all).toEqual(live.frameIndex.value.all);
    expect(imported.session.value?.sighting).toEqual(live.session.value?.sighting);
  });

  test('the capture of the store keeps every connection, frame, session and ticket POST', () => {
    const capture = captureOfStore(liveStore());
    expect(capture.connections.map((connection) => connection.id)).toEqual(RECORDS.map((record) => record.id));
    expect(capture.connections[0]?.frames.map((frame) => frame.data)).toEqual(F1_TICKET_OK.frames.map((f) => f.data));
    expect(capture.connections[0]).not.toHaveProperty('frameId');
    expect(capture.sessions).toEqual([SESSION]);
    expect(capture.ticketMints).toEqual([F1_TICKET_MINT]);
  });

  test('an analysis stored in the file wins over the analysis of the capture', () => {
    const live = liveStore();
    const original = live.viewById.value.get('f2b')?.analysis;
    if (!original) throw new Error('f2b is not in the live store');
    const stored = { ...original, causes: [] };
    const imported = createImportedStore(importOf(live, new Map([['f2b', stored]])));
    expect(imported.viewById.value.get('f2b')?.analysis).toBe(stored);
    expect(imported.viewById.value.get('f2')?.analysis).toEqual(live.viewById.value.get('f2')?.analysis);
  });

  test('is frozen at export: time does not move an imported capture', () => {
    const imported = createImportedStore(importOf(liveStore()));
    expect(imported.now.value).toBe(NOW);
    expect(imported.imported?.origin.producer).toBe('test');
    expect(imported.tabId).toBeUndefined();
  });

  test('duplicate frame ids from a file are renumbered in capture order, a connection’s own ticket POST is kept', () => {
    const { capture, ...rest } = importOf(liveStore());
    const connections = capture.connections.map((connection, index) => ({
      ...connection,
      frames: connection.frames.map((frame) => ({ ...frame, id: 1 })),
      ...(index === 0 ? { ticketMint: F1_TICKET_MINT } : {}),
    }));
    const store = createImportedStore({ ...rest, capture: { ...capture, connections, ticketMints: [] } });
    const ids = store.frameIndex.value.all.map((frame) => frame.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(store.ticketMints.value).toEqual([F1_TICKET_MINT]);
    expect(store.viewById.value.get('f1')?.analysis.auth.strategy).toBe('ticket');
  });
});
