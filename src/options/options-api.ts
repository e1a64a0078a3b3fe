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

type StorageListener = (changes: Record<string, chrome.storage.StorageChange>, area: string) => void;

/** Chrome's own API, used directly so the permission request stays inside the click's user gesture. */
export function chromeOptionsApi(api: typeof chrome = chrome): OptionsApi {
  return {
    requestDebugger: () => api.permissions.request({ permissions: [...DEBUGGER_PERMISSION.permissions] }),
    readDeepCapture: async () => isDeepCaptureOn(await api.storage.local.get(DEEP_CAPTURE_KEY)),
    writeDeepCapture: (on) => api.storage.local.set({ [DEEP_CAPTURE_KEY]: on }),
    watchDeepCapture(listener) {
      const onChanged: StorageListener = (changes, area) => {
        const change = changes[DEEP_CAPTURE_KEY];
        if (area === 'local' && change) listener(change.newValue === true);
      };
      api.storage.onChanged.addListener(onChanged);
      return () => api.storage.onChanged.removeListener(onChanged);
    },
  };
}
