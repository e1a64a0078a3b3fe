import type { Capture } from '../../core/capture/capture.ts';
import type { PanelStore } from '../panel-store.ts';
import { captureOfState } from '../store/capture-of-state.ts';

/** What the store shows, as a `Capture`: the file itself for an import, else the tab's state. */
export function captureOfStore(store: PanelStore): Capture {
  if (store.imported) return store.imported.capture;
  return captureOfState({
    connections: store.connections.value,
    frames: store.frameIndex.value.all,
    sessions: store.sessions.value,
    ticketMints: store.ticketMints.value,
    dropped: store.dropped.value,
  });
}
