import { compact } from '../bundle/compact.ts';
import { readDropped } from '../bundle/read-capture-parts.ts';
import { problemOf, ShapeError, StrictFields } from '../bundle/strict-fields.ts';
import type { DropCounts } from '../capture/capture.ts';
import { firstWarnings } from '../capture/first-warnings.ts';
import type { CaptureEnvironment, ImportedCapture, ImportOrigin, ImportResult } from '../capture/imported-capture.ts';
import { isJsonObject, type JsonObject } from '../jmap/read-json-fields.ts';
import { HarEntriesReader } from './har-entries-reader.ts';
import { member, optionalString } from './har-fields.ts';
import { CUSTOM_KEY } from './har-format.ts';

const CHROME_CREATOR = 'WebInspector';

function logOf(json: unknown): JsonObject {
  if (!isJsonObject(json)) throw new ShapeError('not a HAR: the file is not a JSON object');
  const log = member(json, 'log');
  if (!isJsonObject(log)) throw new ShapeError('not a HAR: no "log" object');
  if (!Array.isArray(member(log, 'entries'))) throw new ShapeError('not a HAR: log.entries is not a list');
  return log;
}

/** Page id to its URL (Chrome and Firefox both write the page URL as its title). */
function pageUrls(log: JsonObject): Map<string, string> {
  const pages = member(log, 'pages');
  const urls = new Map<string, string>();
  if (!Array.isArray(pages)) return urls;
  for (const page of pages) {
    if (!isJsonObject(page)) continue;
    const id = optionalString(page, 'id');
    const title = optionalString(page, 'title', 64 * 1024);
    if (id !== undefined && title !== undefined) urls.set(id, title);
  }
  return urls;
}

function nameAndVersion(log: JsonObject, key: string): { name: string; version: string } | undefined {
  const value = member(log, key);
  if (!isJsonObject(value)) return undefined;
  const name = optionalString(value, 'name');
  return name === undefined ? undefined : { name, version: optionalString(value, 'version') ?? '' };
}

function producerOf(log: JsonObject): string {
  const creator = nameAndVersion(log, 'creator');
  if (creator === undefined) return 'an unknown HAR writer';
  const named = `${creator.name} ${creator.version}`.trim();
  return creator.name === CHROME_CREATOR ? `Chrome DevTools (${named})` : named;
}

function environmentOf(log: JsonObject): CaptureEnvironment | undefined {
  const agent = nameAndVersion(log, 'browser');
  if (agent !== undefined) return compact({ browser: agent.name, browserVersion: agent.version || undefined });
  return nameAndVersion(log, 'creator')?.name === CHROME_CREATOR ? { browser: 'Chrome' } : undefined;
}

interface OwnLog {
  readonly redacted: boolean;
  /** False when our export left the payloads out (older exports of ours did not say: they kept them). */
  readonly payloads: boolean;
  readonly exportedAt?: number;
  readonly dropped?: DropCounts;
}

/** What our own export says of the whole file; another tool's HAR is taken as unredacted. */
function ownLog(log: JsonObject): OwnLog {
  const raw = member(log, CUSTOM_KEY);
  if (raw === undefined) return { redacted: false, payloads: true };
  const custom = StrictFields.of(raw, `log.${CUSTOM_KEY}`);
  const exportedAt = Date.parse(custom.string('exportedAt', 64));
  return compact({
    redacted: custom.boolean('redacted'),
    payloads: custom.optional('payloads', custom.boolean) ?? true,
    exportedAt: Number.isNaN(exportedAt) ? undefined : exportedAt,
    dropped: custom.optional('dropped', (key) => readDropped(custom.fields(key))),
  });
}

function entriesOf(log: JsonObject): HarEntriesReader {
  const reader = new HarEntriesReader();
  (member(log, 'entries') as unknown[]).forEach((entry, index) => {
    reader.read(entry, index);
  });
  return reader;
}

function readHar(json: unknown, entries: HarEntriesReader | undefined): ImportedCapture {
  const log = logOf(json);
  const own = ownLog(log);
  const { connections, analyses, sessions, ticketMints, warnings } = (entries ?? entriesOf(log)).parts(pageUrls(log));
  const origin: ImportOrigin = compact({
    format: 'har',
    producer: producerOf(log),
    exportedAt: own.exportedAt,
    redacted: own.redacted,
    payloads: own.payloads,
  });
  const capture = compact({ connections, sessions, ticketMints, dropped: own.dropped });
  return compact({ capture, analyses, origin, environment: environmentOf(log), warnings: firstWarnings(warnings) });
}

/**
 * A HAR (`JSON.parse` of the file) as a capture: Chrome DevTools' "Save all as HAR" (WebSocket entries with
 * `_webSocketMessages`), Firefox's (the upgrade requests, no messages), or our own export (exact, with the stored
 * analyses). JMAP session fetches and ticket POSTs in the same file are recognised from their answers. A file that is
 * not a HAR is one line of error; a bad entry or message is skipped with a warning. Never throws. A streamed file
 * passes its entries already read (`log.entries` of `json` is then left aside).
 */
export function captureFromHar(json: unknown, entries?: HarEntriesReader): ImportResult {
  try {
    return { ok: true, imported: readHar(json, entries) };
  } catch (error) {
    return { ok: false, error: problemOf(error) };
  }
}
