import { DEEP_CAPTURE_KEY, isDeepCaptureOn } from '../shared/deep-capture-setting.ts';
import type { DebuggerApi } from './debugger-api.ts';
import { DeepCapture } from './deep-capture.ts';
import type { DeepEvent } from './deep-event.ts';

interface StorageChange {
  readonly newValue?: unknown;
}

export interface DeepCaptureDeps {
  /** `chrome.debugger` once granted; undefined in Firefox and before the grant. */
  readonly debuggerApi: () => DebuggerApi | undefined;
  readonly storage: {
    get(key: string): Promise<Record<string, unknown>>;
    set(items: Record<string, unknown>): Promise<void>;
  };
  /**
   * `storage.local.onChanged`, never the global `storage.onChanged`: a listener there has Chrome copy every
   * `storage.session` write and removal (the tabs' saves, old and new values) into this worker. Measured in a long
   * capture under heavy traffic: the page kept 0.55 of its plain WebSocket throughput with it, 0.73 without.
   */
  readonly onLocalChanged: {
    addListener(listener: (changes: Record<string, StorageChange>) => void): void;
  };
  /** Tabs with a panel open right now. */
  readonly panelTabIds: () => readonly number[];
  readonly report: (tabId: number, events: DeepEvent[]) => void;
}

export interface DeepCaptureControl {
  /** A panel connected for the tab: attach when deep capture is on. Resolves once done. */
  panelOpened(tabId: number): Promise<void>;
}

/**
 * Follows the deep-capture switch: while on (and the debugger granted), every tab with a panel open is attached and
 * stays so until the tab closes, the switch goes off, or the user cancels the browser's debugging bar, which also
 * turns the switch off. The debugger's listeners are registered at once when it is there, as MV3 wants.
 */
export function startDeepCapture(deps: DeepCaptureDeps): DeepCaptureControl {
  let enabled = false;
  let changed = false;
  let capture: DeepCapture | undefined;
  const ensureCapture = (): DeepCapture | undefined => {
    const api = capture ? undefined : deps.debuggerApi();
    if (api) {
      const sink = { events: deps.report, canceled: () => void deps.storage.set({ [DEEP_CAPTURE_KEY]: false }) };
      capture = new DeepCapture(api, sink);
    }
    return capture;
  };
  ensureCapture();
  const ready = deps.storage.get(DEEP_CAPTURE_KEY).then(
    (stored) => {
      // A change heard while this read was on its way is newer than what it read.
      if (!changed) enabled = isDeepCaptureOn(stored);
    },
    () => undefined,
  );

  async function follow(): Promise<void> {
    await ready;
    const current = ensureCapture();
    if (!current) return;
    if (!enabled) await current.detachAll();
    else await Promise.all(deps.panelTabIds().map((tabId) => current.attach(tabId)));
  }

  deps.onLocalChanged.addListener((changes) => {
    const change = changes[DEEP_CAPTURE_KEY];
    if (!change) return;
    changed = true;
    enabled = change.newValue === true;
    void follow();
  });
  void follow();

  return {
    async panelOpened(tabId) {
      await ready;
      if (enabled) await ensureCapture()?.attach(tabId);
    },
  };
}
