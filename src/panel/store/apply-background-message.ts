import { batch } from '@preact/signals';
import type { BackgroundToPanel, ConnectionState, TabDelta, TabSnapshot } from '../../shared/protocol.ts';
import { appendFrames, indexFrames } from './frame-index.ts';
import type { RawState } from './raw-state.ts';

function upsertConnections(
  current: readonly ConnectionState[],
  changed: readonly ConnectionState[],
): readonly ConnectionState[] {
  const byId = new Map(changed.map((connection) => [connection.id, connection]));
  const updated = current.map((connection) => {
    const replacement = byId.get(connection.id);
    byId.delete(connection.id);
    return replacement ?? connection;
  });
  return [...updated, ...byId.values()];
}

/** Replaces everything the store holds of the tab (a snapshot from the background, or a file's capture). */
export function loadSnapshot(state: RawState, snapshot: Omit<TabSnapshot, 'tabId'>): void {
  state.connections.value = snapshot.connections;
  state.frameCap.value = snapshot.frameCap;
  state.frameIndex.value = indexFrames(snapshot.frames, snapshot.frameCap);
  state.sessions.value = snapshot.sessions;
  state.ticketMints.value = snapshot.ticketMints;
  state.dropped.value = snapshot.dropped;
  state.preserveLog.value = snapshot.preserveLog;
}

/** Lists that did not change keep their identity, so nothing derived from them is computed again. */
function applyDelta(state: RawState, delta: TabDelta): void {
  if (delta.connections.length > 0) {
    state.connections.value = upsertConnections(state.connections.value, delta.connections);
  }
  state.frameIndex.value = appendFrames(state.frameIndex.value, delta.frames, state.frameCap.value);
  if (delta.sessions.length > 0) state.sessions.value = [...state.sessions.value, ...delta.sessions];
  if (delta.ticketMints.length > 0) state.ticketMints.value = [...state.ticketMints.value, ...delta.ticketMints];
  const { evicted, rejected, lostOnRestart } = state.dropped.value;
  const { dropped } = delta;
  if (dropped.evicted !== evicted || dropped.rejected !== rejected || dropped.lostOnRestart !== lostOnRestart) {
    state.dropped.value = dropped;
  }
}

/** The store's reaction to one background message; the only writer of the background's data. */
export function applyBackgroundMessage(state: RawState, message: BackgroundToPanel): void {
  batch(() => {
    state.link.value = 'connected';
    if (message.type === 'background-status') state.background.value = message.status;
    else if (message.type === 'snapshot') loadSnapshot(state, message.snapshot);
    else if (message.type === 'delta') applyDelta(state, message.delta);
  });
}
