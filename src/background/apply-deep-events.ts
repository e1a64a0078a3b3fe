import type { ConnectionState } from '../shared/protocol.ts';
import { applySocketEvent } from './connection-lifecycle.ts';
import type { DeepEvent, WorkerSocketEvent } from './deep-event.ts';
import { NO_FRAME } from './handshake-observation.ts';
import type { TabStore } from './tab-store.ts';

/** Socket keys of worker sockets, apart from the page hook's `document:socket` keys. */
const socketKey = (key: string) => `cdp:${key}`;

function failed(state: ConnectionState, at: number, message: string): ConnectionState {
  const beforeOpen = state.openAt === undefined && message !== '';
  return { ...state, errorAt: at, ...(beforeOpen ? { handshake: { ...state.handshake, error: message } } : {}) };
}

function applyWorkerEvent(store: TabStore, key: string, event: WorkerSocketEvent): void {
  if (event.type === 'open') {
    const open = { type: 'open', socket: 0, at: event.at, url: event.url, protocols: event.protocols } as const;
    store.connections.open(socketKey(key), open, NO_FRAME, `worker: ${event.workerUrl}`);
    return;
  }
  if (event.type === 'handshake') {
    store.connections.observeSocket(socketKey(key), event.observation);
    return;
  }
  // A socket whose connection was cleared (navigation) or never opened is not brought back by its late events.
  const id = store.connections.idOfSocket(socketKey(key));
  if (id === undefined) return;
  if (event.type === 'frame') {
    const { dir, at, data, truncatedFrom } = event;
    store.frames.push({ connectionId: id, dir, at, data, ...(truncatedFrom ? { truncatedFrom } : {}) });
  } else if (event.type === 'opened') {
    store.connections.update(id, (state) => applySocketEvent(state, { ...event, socket: 0 }));
  } else if (event.type === 'error') {
    store.connections.update(id, (state) => failed(state, event.at, event.message));
  } else {
    store.connections.update(id, (state) => ({ ...state, closedAt: event.at }));
  }
}

/**
 * Brings the debugger's events into a tab's store: a page socket's exact handshake joins the page hook's connection;
 * a worker's socket is a connection of its own (its page URL says `worker: <script URL>`) with the debugger's frames.
 */
export function applyDeepEvents(store: TabStore, events: readonly DeepEvent[]): void {
  for (const event of events) {
    if (event.kind === 'page') store.observeHandshake(event.observation);
    else applyWorkerEvent(store, event.key, event.event);
  }
}
