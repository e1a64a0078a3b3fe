import { DEBUGGER_PERMISSION, DEEP_CAPTURE_KEY, isDeepCaptureOn } from '../shared/deep-capture-setting.ts';

/** What the options page needs from the extension API; a fake stands in for it in tests. */
export interface OptionsApi {
  /** Asks for the debugger permission. Call it straight from the click: Chrome grants only on a user gesture. */
  requestDebugger(): Promise<boolean>;
  readDeepCapture(): Promise<boolean>;
  writeDeepCapture(on: boolean): Promise<void>;
  /** Calls `listener` when the switch changes elsewhere (the debugging bar cancelled); returns the unsubscribe. */
  watchDeepCapture(listener: (on: boolean) => void): () => void;
}

type StorageListener = (changes: Record<string, chrome.storage.StorageChange>) => void;

/** Chrome's own API, used directly so the permission request stays inside the click's user gesture. */
export function chromeOptionsApi(api: typeof chrome = chrome): OptionsApi {
  return {
    requestDebugger: () => api.permissions.request({ permissions: [...DEBUGGER_PERMISSION.permissions] }),
    readDeepCapture: async () => isDeepCaptureOn(await api.storage.local.get(DEEP_CAPTURE_KEY)),
    writeDeepCapture: (on) => api.storage.local.set({ [DEEP_CAPTURE_KEY]: on }),
    watchDeepCapture(listener) {
      const onChanged: StorageListener = (changes) => {
        const change = changes[DEEP_CAPTURE_KEY];
        if (change) listener(change.newValue === true);
      };
      // Not the global storage.onChanged: that one would copy every save of the captured tabs into this page.
      api.storage.local.onChanged.addListener(onChanged);
      return () => api.storage.local.onChanged.removeListener(onChanged);
    },
  };
}
