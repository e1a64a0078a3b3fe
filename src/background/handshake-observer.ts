import type { WebRequest } from 'webextension-polyfill';
import type { HttpHeader } from '../core/model/http-header.ts';
import type { HandshakeObservation } from './handshake-observation.ts';

type Report = (tabId: number, observation: HandshakeObservation) => void;

const FILTER: WebRequest.RequestFilter = { urls: ['<all_urls>'], types: ['websocket'] };

function headers(list: WebRequest.HttpHeaders | undefined): HttpHeader[] | undefined {
  return list?.map((header) => ({ name: header.name, value: header.value ?? '' }));
}

/**
 * Watches WebSocket handshakes at the network level: what the page cannot see (the status behind its 1006, the
 * challenges). Chromium reports a refused upgrade as headers received then an error; Firefox as completed with the
 * status. Chromium needs `extraHeaders` to show some headers, which Firefox rejects, so it is asked for only where
 * the browser knows it.
 */
export function observeHandshakes(webRequest: WebRequest.Static, report: Report): void {
  const observations = new Map<string, HandshakeObservation>();
  const extra = (webRequest as unknown as { OnSendHeadersOptions?: Record<string, string> }).OnSendHeadersOptions
    ?.EXTRA_HEADERS;
  const options = <T extends string>(base: T[]) => (extra ? [...base, extra] : base) as never;

  const update = (details: { requestId: string; tabId: number }, change: Partial<HandshakeObservation>) => {
    const current = observations.get(details.requestId);
    if (!current || details.tabId < 0) return;
    const next = { ...current, ...change };
    if (next.endedAt === undefined) observations.set(details.requestId, next);
    else observations.delete(details.requestId);
    report(details.tabId, next);
  };

  webRequest.onBeforeRequest.addListener((details) => {
    if (details.tabId < 0) return;
    const observation = {
      requestId: details.requestId,
      frameId: details.frameId,
      url: details.url,
      startedAt: details.timeStamp,
    };
    observations.set(details.requestId, observation);
    report(details.tabId, observation);
  }, FILTER);
  webRequest.onSendHeaders.addListener(
    // Chromium (the browser that knows extraHeaders) reports these before it adds its HTTP-auth-cache Authorization.
    (details) => update(details, { requestHeaders: headers(details.requestHeaders), requestHeadersPartial: !!extra }),
    FILTER,
    options(['requestHeaders']),
  );
  webRequest.onHeadersReceived.addListener(
    (details) =>
      update(details, {
        status: details.statusCode,
        statusLine: details.statusLine,
        responseHeaders: headers(details.responseHeaders),
      }),
    FILTER,
    options(['responseHeaders']),
  );
  webRequest.onCompleted.addListener(
    (details) => update(details, { status: details.statusCode, endedAt: details.timeStamp }),
    FILTER,
  );
  webRequest.onErrorOccurred.addListener(
    (details) => update(details, { error: details.error, endedAt: details.timeStamp }),
    FILTER,
  );
}
