import type { WebRequest } from 'webextension-polyfill';
import type { HttpHeader } from '../core/model/http-header.ts';
import type { HandshakeObservation } from './handshake-observation.ts';

type Report = (tabId: number, observation: HandshakeObservation) => void;

/** Handshakes of this extension's own pages (replays), told apart by the origin that started them. */
export interface OwnHandshakes {
  /** The extension's origin, e.g. `chrome-extension://abc` (no trailing slash). */
  readonly origin: string;
  readonly report: (observation: HandshakeObservation) => void;
}

interface RequestOrigin {
  /** Chromium. */
  readonly initiator?: string;
  /** Firefox. */
  readonly originUrl?: string;
}

function startedBy(details: RequestOrigin, origin: string): boolean {
  const from = details.initiator ?? details.originUrl ?? '';
  return from === origin || from.startsWith(`${origin}/`);
}

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
export function observeHandshakes(webRequest: WebRequest.Static, report: Report, own?: OwnHandshakes): void {
  const observations = new Map<string, HandshakeObservation>();
  const ownRequests = new Set<string>();
  const send = (tabId: number, observation: HandshakeObservation) => {
    if (ownRequests.has(observation.requestId)) own?.report(observation);
    else if (tabId >= 0) report(tabId, observation);
    if (observation.endedAt !== undefined) ownRequests.delete(observation.requestId);
  };
  const extra = (webRequest as unknown as { OnSendHeadersOptions?: Record<string, string> }).OnSendHeadersOptions
    ?.EXTRA_HEADERS;
  const options = <T extends string>(base: T[]) => (extra ? [...base, extra] : base) as never;

  const update = (details: { requestId: string; tabId: number }, change: Partial<HandshakeObservation>) => {
    const current = observations.get(details.requestId);
    if (!current) return;
    const next = { ...current, ...change };
    if (next.endedAt === undefined) observations.set(details.requestId, next);
    else observations.delete(details.requestId);
    send(details.tabId, next);
  };

  webRequest.onBeforeRequest.addListener((details) => {
    const isOwn = own !== undefined && startedBy(details as RequestOrigin, own.origin);
    if (details.tabId < 0 && !isOwn) return;
    if (isOwn) ownRequests.add(details.requestId);
    const observation = {
      requestId: details.requestId,
      frameId: details.frameId,
      url: details.url,
      startedAt: details.timeStamp,
    };
    observations.set(details.requestId, observation);
    send(details.tabId, observation);
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
