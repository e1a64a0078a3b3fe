import type { ConnectionAnalysis } from '../analysis/analyze-connection.ts';
import { type ExportOptions, exportedCapture } from '../bundle/exported-capture.ts';
import type { Capture, CapturedConnection } from '../capture/capture.ts';
import { sessionEntry, ticketEntry } from './exchange-entries.ts';
import { isoTime } from './har-entry.ts';
import type { HarEntry, HarLog, HarPage } from './har-format.ts';
import { CUSTOM_KEY } from './har-format.ts';
import { websocketEntry } from './websocket-entry.ts';

export interface HarOptions extends Omit<ExportOptions, 'payloads'> {
  /** False: each text frame keeps only its JMAP shape, as in the bundle; true when left out. */
  readonly payloads?: boolean;
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
 * session fetches and ticket POSTs as ordinary entries. Redacted, every text is redacted with the capture's secrets
 * (one fingerprint per secret across the file), and so are the analyses (see exportedCapture).
 */
export function buildHar(capture: Capture, options: HarOptions): string {
  const { redacted, now, producer, payloads = true } = options;
  const { capture: written, analyses } = exportedCapture(capture, { ...options, payloads });
  const pages = pagesOf(written.connections);
  const connections = written.connections.map((connection, index) => {
    const analysis = analyses[index] as ConnectionAnalysis;
    return { at: connection.createdAt, entry: websocketEntry(connection, analysis, pages.get(connection.pageUrl)?.id) };
  });
  const sessions = written.sessions.map((sighting) => ({ at: sighting.at, entry: sessionEntry(sighting) }));
  const mints = written.ticketMints.map((mint) => ({ at: mint.at, entry: ticketEntry(mint) }));
  const dropped = written.dropped ? { dropped: written.dropped } : {};
  const custom = { redacted, payloads, exportedAt: isoTime(now), ...dropped };
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
