import type { WebRequest } from 'webextension-polyfill';

type Listener = (details: Record<string, unknown>) => void;
export interface Registration {
  readonly listener: Listener;
  readonly filter: WebRequest.RequestFilter;
  readonly extraInfoSpec: readonly string[] | undefined;
}

export const EVENTS = [
  'onBeforeRequest',
  'onBeforeSendHeaders',
  'onSendHeaders',
  'onHeadersReceived',
  'onResponseStarted',
  'onCompleted',
  'onErrorOccurred',
] as const;
export type EventName = (typeof EVENTS)[number];

/**
 * A `webRequest` namespace exposing `addListener` per event. Chromium's has the `OnSendHeadersOptions` enum with
 * `EXTRA_HEADERS`; Firefox's lacks it and refuses `extraHeaders` when registering (TOOLCHAIN §5 step 5).
 */
export function fakeWebRequest(browser: 'chromium' | 'firefox') {
  const registered = new Map<EventName, Registration>();
  const namespace: Record<string, unknown> =
    browser === 'chromium'
      ? { OnSendHeadersOptions: { REQUEST_HEADERS: 'requestHeaders', EXTRA_HEADERS: 'extraHeaders' } }
      : { OnBeforeSendHeadersOptions: { REQUEST_HEADERS: 'requestHeaders', BLOCKING: 'blocking' } };
  for (const name of EVENTS) {
    namespace[name] = {
      addListener: (listener: Listener, filter: WebRequest.RequestFilter, extraInfoSpec?: string[]) => {
        if (browser === 'firefox' && extraInfoSpec?.includes('extraHeaders')) {
          throw new Error('Invalid enumeration value "extraHeaders"');
        }
        registered.set(name, { listener, filter, extraInfoSpec });
      },
    };
  }
  /** Fires an event as the browser would; events nobody listens to are dropped, as in a browser. */
  const fire = (name: EventName, details: Record<string, unknown>) => registered.get(name)?.listener(details);
  return { webRequest: namespace as unknown as WebRequest.Static, registered, fire };
}
