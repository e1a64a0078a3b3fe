import type { ImportedCapture } from '../../core/capture/imported-capture.ts';
import { importedNow } from '../../core/capture/imported-now.ts';
import { createPanelStore, type PanelStore } from '../panel-store.ts';
import { loadSnapshot } from '../store/apply-background-message.ts';
import { DEFAULT_FRAME_CAP } from '../store/raw-state.ts';
import { stateOfCapture } from '../store/state-of-capture.ts';
import { importedAnalysis } from './imported-analysis.ts';

/** A panel store showing a file's capture exactly as if it had been captured live, read-only, frozen at export. */
export function createImportedStore(imported: ImportedCapture, fileName?: string): PanelStore {
  const now = importedNow(imported);
  const analyze = importedAnalysis(imported, now);
  const store = createPanelStore(undefined, { throttle: false, now, analyze, imported, fileName });
  const state = stateOfCapture(imported.capture);
  const frameCap = Math.max(DEFAULT_FRAME_CAP, state.frames.length);
  loadSnapshot(store, { ...state, frameCap, preserveLog: false });
  return store;
}
