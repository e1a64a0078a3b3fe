import type { ConnectionAnalysis } from '../analysis/analyze-connection.ts';
import { problemOf, ShapeError } from '../bundle/strict-fields.ts';
import type { CapturedConnection, SessionSighting } from '../capture/capture.ts';
import { isJsonObject, type JsonObject } from '../jmap/read-json-fields.ts';
import type { TicketMint } from '../model/ticket-mint.ts';
import { bodilessExchangeWarning } from './bodiless-exchange.ts';
import { member } from './har-fields.ts';
import { readExchangeEntry } from './read-exchange-entry.ts';
import { type EntryReading, isWebSocketEntry, readWebSocketEntry } from './read-websocket-entry.ts';

export interface HarParts {
  readonly connections: CapturedConnection[];
  readonly analyses: Map<string, ConnectionAnalysis>;
  readonly sessions: SessionSighting[];
  readonly ticketMints: TicketMint[];
  readonly warnings: string[];
}

/**
 * The items of `log.entries` read one at a time, in order, so a streamed file never needs its whole tree. A
 * connection's page URL is only known from `log.pages`, which may come after the entries: it is filled in by `parts`.
 */
export class HarEntriesReader {
  readonly #parts: HarParts = { connections: [], analyses: new Map(), sessions: [], ticketMints: [], warnings: [] };
  readonly #ids = new Set<string>();
  readonly #frameIds = { next: 1 };
  /** Index in `connections` to the entry's `pageref`. */
  readonly #pagerefs = new Map<number, string>();

  read(entry: unknown, index: number): void {
    const where = `log.entries[${index}]`;
    try {
      if (!isJsonObject(entry)) throw new ShapeError(`${where} is not an object`);
      const reading = { where, index, pageUrl: '', frameIds: this.#frameIds, warnings: this.#parts.warnings };
      this.#readEntry(entry, reading);
    } catch (error) {
      this.#parts.warnings.push(`${problemOf(error)}; skipped`);
    }
  }

  /** What was read, each connection with the URL of its page (page id to URL). */
  parts(pageUrls: ReadonlyMap<string, string>): HarParts {
    const { connections } = this.#parts;
    for (const [position, pageref] of this.#pagerefs) {
      const pageUrl = pageUrls.get(pageref);
      const connection = connections[position];
      if (pageUrl && connection !== undefined) connections[position] = { ...connection, pageUrl };
    }
    return this.#parts;
  }

  #readEntry(entry: JsonObject, reading: EntryReading): void {
    const parts = this.#parts;
    if (isWebSocketEntry(entry)) {
      const { connection, analysis } = readWebSocketEntry(entry, reading);
      if (this.#ids.has(connection.id)) throw new ShapeError(`${reading.where}: connection id used twice`);
      this.#ids.add(connection.id);
      const pageref = member(entry, 'pageref');
      if (typeof pageref === 'string') this.#pagerefs.set(parts.connections.length, pageref);
      parts.connections.push(connection);
      if (analysis !== undefined) parts.analyses.set(connection.id, analysis);
      return;
    }
    const exchange = readExchangeEntry(entry, reading.where);
    const bodiless = exchange === undefined ? bodilessExchangeWarning(entry, reading.where) : undefined;
    if (bodiless !== undefined) parts.warnings.push(bodiless);
    if (exchange?.kind === 'session') parts.sessions.push({ at: exchange.at, url: exchange.url, body: exchange.body });
    else if (exchange?.kind === 'ticket') parts.ticketMints.push(exchange.mint);
  }
}
