import { analyzeCapture, captureSecrets } from '../capture/analyze-capture.ts';
import type { Capture, CapturedConnection } from '../capture/capture.ts';
import { redactAnalysis } from '../capture/stored-analysis.ts';
import { redactCapture } from '../redact/redact-capture.ts';
import { sessionEntry, ticketEntry } from './exchange-entries.ts';
import { isoTime } from './har-entry.ts';
import type { HarEntry, HarLog, HarPage } from './har-format.ts';
import { CUSTOM_KEY } from './har-format.ts';
import { websocketEntry } from './websocket-entry.ts';

export interface HarOptions {
  /** Every secret replaced by its fingerprint (the default everywhere a HAR is offered). */
  readonly redacted: boolean;
  /** Ends still-open connections for the analysis, and dates the export. */
  readonly now: number;
  readonly producer: { readonly name: string; readonly version: string };
}

/** One page per page URL, in the order the connections name them (Chrome and Firefox title a page with its URL). */
function pagesOf(connections: readonly CapturedConnection[]): Map<string, HarPage> {
  const pages = new Map<string, HarPage>();
  for (const { pageUrl, createdAt } of connections) {
    if (pageUrl === '' || pages.has(pageUrl)) continue;
    const page = { startedDateTime: isoTime(createdAt), id: `page_${pages.size + 1}`, title: pageUrl };
    pages.set(pageUrl, { ...page, pageTimings: { onContentLoad: -1, onLoad: -1 } });
  }
  return pages;
}

/** Entries in time order (HAR readers expect it; Chrome sorts again), equal times kept in capture order. */
function byTime(entries: readonly { at: number; entry: HarEntry }[]): HarEntry[] {
  return [...entries].sort((a, b) => (a.at === b.at ? 0 : a.at < b.at ? -1 : 1)).map(({ entry }) => entry);
}

/**
 * The capture as HAR 1.2 text that Chrome DevTools imports again: a WebSocket entry per connection (with
 * `_webSocketMessages` and, in `_jmapPushInspector`, the analysis made at export and what HAR cannot hold), and the
 * session fetches and ticket POSTs as ordinary entries. Redacted, every text goes through `redact` with the capture's
 * secrets (one fingerprint per secret across the file), the analyses through `redactAnalysis`.
 */
export function buildHar(capture: Capture, options: HarOptions): string {
  const { redacted, now, producer } = options;
  const analyzed = analyzeCapture(capture, now);
  const secrets = redacted ? captureSecrets(analyzed, capture) : [];
  const written = redacted ? redactCapture(capture, secrets) : capture;
  const pages = pagesOf(written.connections);
  const connections = analyzed.map(({ analysis }, index) => {
    const connection = written.connections[index] as CapturedConnection;
    const stored = redacted ? redactAnalysis(analysis, secrets) : analysis;
    return { at: connection.createdAt, entry: websocketEntry(connection, stored, pages.get(connection.pageUrl)?.id) };
  });
  const sessions = written.sessions.map((sighting) => ({ at: sighting.at, entry: sessionEntry(sighting) }));
  const mints = written.ticketMints.map((mint) => ({ at: mint.at, entry: ticketEntry(mint) }));
  const custom = { redacted, exportedAt: isoTime(now), ...(written.dropped ? { dropped: written.dropped } : {}) };
  const har: HarLog = {
    log: {
      version: '1.2',
      creator: { name: producer.name, version: producer.version },
      pages: [...pages.values()],
      entries: byTime([...connections, ...sessions, ...mints]),
      [CUSTOM_KEY]: custom,
    },
  };
  return JSON.stringify(har);
}
