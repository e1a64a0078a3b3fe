import { computed } from '@preact/signals';
import type { analyzeConnection } from '../core/analysis/analyze-connection.ts';
import type { ImportedCapture } from '../core/capture/imported-capture.ts';
import { latestSighting } from '../core/capture/session-before.ts';
import type { BackgroundToPanel } from '../shared/protocol.ts';
import { applyBackgroundMessage as applyToState } from './store/apply-background-message.ts';
import { type ConnectionView, connectionViews } from './store/connection-views.ts';
import { createPairLookup } from './store/frame-latency.ts';
import { searchFrames } from './store/frame-search.ts';
import { createFrameTypeCache } from './store/frame-type-cache.ts';
import { createRawState, type RawState } from './store/raw-state.ts';
import { type SessionSummary, summarizeSession } from './store/session-summary.ts';
import { throttledSignal } from './store/throttled-signal.ts';
import { createUiState, type UiState } from './store/ui-state.ts';

export type { ConnectionView } from './store/connection-views.ts';
export type { LinkState } from './store/raw-state.ts';
export type { SessionSummary } from './store/session-summary.ts';

export interface PanelStoreOptions {
  /** Analysis follows new frames at most every few hundred ms (adapting to its cost); false follows every delta. */
  readonly throttle?: boolean;
  readonly now?: number;
  /** The core's analysis; tests count its calls. */
  readonly analyze?: typeof analyzeConnection;
  /** The file this store shows, read-only: no background, no replay. */
  readonly imported?: ImportedCapture;
  /** The name of the file it came from. */
  readonly fileName?: string;
}

const MIN_SETTLE_MS = 250;
const MAX_SETTLE_MS = 5_000;
/** Analysis may take at most a fifth of the time while frames stream in. */
const SETTLE_FACTOR = 5;

function derive(raw: RawState, ui: UiState, options: PanelStoreOptions) {
  let lastAnalysisMs = 0;
  const byConnection = computed(() => raw.frameIndex.value.byConnection);
  const settle = () => Math.min(MAX_SETTLE_MS, Math.max(MIN_SETTLE_MS, lastAnalysisMs * SETTLE_FACTOR));
  const settled =
    (options.throttle ?? true) ? throttledSignal(byConnection, settle) : { signal: byConnection, dispose: () => {} };
  const sources = { ...raw, settledFrames: settled.signal };
  const onComputed = (ms: number) => {
    lastAnalysisMs = ms;
  };
  const views = connectionViews(sources, onComputed, options.analyze);
  const viewById = computed(() => new Map(views.value.map((view) => [view.state.id, view])));
  const selected = computed((): ConnectionView | undefined => {
    const id = ui.selectedConnectionId.value;
    return views.value.find((view) => view.state.id === id) ?? views.value[0];
  });
  const typeOf = createFrameTypeCache();
  const frameSearch = computed(() =>
    searchFrames(raw.frameIndex.value.all, ui.frameFilter.value, { connectionId: selected.value?.state.id, typeOf }),
  );
  const pairOf = createPairLookup((id) => settled.signal.value.get(id) ?? []);
  /** The latest JMAP session of the tab: what push can do even when no WebSocket was opened (F7). */
  const session = computed((): SessionSummary | undefined => {
    const latest = latestSighting(raw.sessions.value, Number.POSITIVE_INFINITY);
    return latest && summarizeSession(latest);
  });
  return { views, viewById, selected, typeOf, frameSearch, pairOf, session, dispose: settled.dispose };
}

/**
 * The panel's whole state: what the background sent (signals replaced by `applyBackgroundMessage`), what the user
 * chose, and what is derived from both (analyses, frame search), computed lazily and cached.
 */
export function createPanelStore(tabId: number | undefined, options: PanelStoreOptions = {}) {
  const raw = createRawState(options.now ?? Date.now());
  const ui = createUiState();
  const { imported, fileName } = options;
  return { tabId, imported, fileName, ...raw, ...ui, ...derive(raw, ui, options) };
}

export type PanelStore = ReturnType<typeof createPanelStore>;

export function applyBackgroundMessage(store: PanelStore, message: BackgroundToPanel): void {
  applyToState(store, message);
}
