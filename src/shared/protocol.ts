/**
 * The one typed message protocol between the extension's contexts. Unions are named `<From>To<To>`; every field is
 * readonly; channel names are constants. Domain payloads come from `src/core`.
 */
import type { ConnectionSource, DropCounts, ReplayOrigin, SessionSighting } from '../core/capture/capture.ts';
import type { CloseInfo, ConnectionRecord } from '../core/model/connection-record.ts';
import type { Direction, FrameData } from '../core/model/frame.ts';
import type { HandshakeNetworkView } from '../core/model/handshake-record.ts';
import type { TicketMint } from '../core/model/ticket-mint.ts';

export type { ConnectionSource, DropCounts, ReplayOrigin, SessionSighting } from '../core/capture/capture.ts';

export const PROTOCOL_VERSION = 1;

export { BINARY_HEAD_BYTES, MAX_PAYLOAD_CHARS } from '../core/model/frame.ts';

// --- channel names -----------------------------------------------------------------------------------------------

const PANEL_PORT_PREFIX = 'jpi:panel:';
export const CONTENT_PORT = 'jpi:content';
/** The page hook and the bridge agree on a secret event type through this one, before any page script runs. */
export const HELLO_EVENT = 'jpi:hello';
export const BRIDGE_READY_EVENT = 'jpi:bridge-ready';

/**
 * Event type (on document) of the bridge's offer of a detached node to carry the batches from then on: no page script
 * can reach it, and `document.open()` erases the listeners of the document and the window, not of a detached node.
 */
export function portOfferEvent(channel: string): string {
  return `${channel}:port`;
}

export function panelPortName(tabId: number): string {
  return `${PANEL_PORT_PREFIX}${tabId}`;
}

/** A tab id written in decimal, or undefined for anything else (empty, signed, fractional, too large). */
export function parseTabId(text: string): number | undefined {
  if (!/^\d{1,15}$/.test(text)) return undefined;
  return Number(text);
}

/** The inspected tab of a panel port, or undefined when the port is not a panel's. */
export function tabIdOfPanelPort(name: string): number | undefined {
  return name.startsWith(PANEL_PORT_PREFIX) ? parseTabId(name.slice(PANEL_PORT_PREFIX.length)) : undefined;
}

// --- hop 1: page hook (MAIN world) -> bridge (ISOLATED world) ------------------------------------------------------
// A batch travels as the JSON text of a `PageBatch` in the `detail` of a CustomEvent whose type only the two know.

/** `socket` numbers the page's sockets from 1 within one hook instance (one document). */
export type PageEvent =
  | {
      readonly type: 'open';
      readonly socket: number;
      readonly at: number;
      readonly url: string;
      /** Offered subprotocols; null when the page passed something the hook must not read twice (an iterable). */
      readonly protocols: readonly string[] | null;
    }
  | {
      readonly type: 'opened';
      readonly socket: number;
      readonly at: number;
      readonly protocol: string;
      readonly extensions: string;
    }
  | {
      readonly type: 'frame';
      readonly socket: number;
      readonly at: number;
      readonly dir: Direction;
      readonly data: FrameData;
      /** Real length (characters for text, bytes for binary) when the stored text was cut at MAX_PAYLOAD_CHARS. */
      readonly truncatedFrom?: number;
    }
  | { readonly type: 'error'; readonly socket: number; readonly at: number }
  | { readonly type: 'close'; readonly socket: number; readonly at: number; readonly close: CloseInfo };

export interface PageBatch {
  readonly v: typeof PROTOCOL_VERSION;
  /** Consecutive from 1 within one hook instance. */
  readonly seq: number;
  readonly events: readonly PageEvent[];
}

// --- hop 2: bridge -> background (port CONTENT_PORT; the background takes tab and frame from the port's sender) -----

export type ContentToBackground = {
  readonly type: 'page-batch';
  /** Random id of the hook instance, i.e. of one document. */
  readonly document: string;
  readonly pageUrl: string;
  /** The batch's sequence number, read from the start of `batch` without parsing it. */
  readonly seq: number;
  /**
   * The hook's `PageBatch` JSON exactly as dispatched. The bridge runs on the page's main thread, so it only checks
   * the size and the sequence number; the background parses and validates every event, off that thread.
   */
  readonly batch: string;
  /** Events the bridge refused or could not keep (unreadable batch, queue overflow) since its last batch. */
  readonly rejected: number;
};

/** The start every batch the hook writes has: `{"v":1,"seq":N,`. */
export const BATCH_PREFIX = /^\{"v":1,"seq":(\d{1,15}),/;

/** Events in a batch's JSON, counted without parsing it (each event object starts with its type). */
export function countBatchEvents(batch: string): number {
  return batch.split('{"type":"').length - 1;
}

export type BackgroundToContent = { readonly type: 'ack'; readonly document: string; readonly seq: number };

// --- hop 3: DevTools page -> background (runtime.sendMessage): what only devtools.network can see ---------------

export type DevtoolsToBackground =
  | {
      readonly type: 'session-seen';
      readonly v: typeof PROTOCOL_VERSION;
      readonly tabId: number;
      readonly session: SessionSighting;
    }
  | {
      readonly type: 'ticket-minted';
      readonly v: typeof PROTOCOL_VERSION;
      readonly tabId: number;
      readonly mint: TicketMint;
    };

// --- hop 4: background <-> panel (port panelPortName(tabId)) --------------------------------------------------

/** One connection as the store holds it; its frames travel separately, tagged with `connectionId`. */
export interface ConnectionState extends Omit<ConnectionRecord, 'frames' | 'ticketMint'> {
  readonly source: ConnectionSource;
  readonly frameId: number;
  readonly pageUrl: string;
  /** For a replay: the connection it replays and the endpoint it went through. */
  readonly replay?: ReplayOrigin;
}

/** A replay's frame as the panel reports it; the store gives it its id. */
export type ReplayFrame = Omit<StoredFrame, 'id'>;

/** What the network saw of a replay's handshake (webRequest): what the replaying page itself cannot see. */
export type ReplayHandshakeView = HandshakeNetworkView & { readonly ended: boolean };

export interface StoredFrame {
  /** Consecutive per tab: a gap is a frame the ring buffer dropped. */
  readonly id: number;
  readonly connectionId: string;
  readonly dir: Direction;
  readonly at: number;
  readonly data: FrameData;
  readonly truncatedFrom?: number;
}

export interface TabSnapshot {
  readonly tabId: number;
  readonly connections: readonly ConnectionState[];
  readonly frames: readonly StoredFrame[];
  readonly sessions: readonly SessionSighting[];
  readonly ticketMints: readonly TicketMint[];
  readonly dropped: DropCounts;
  readonly frameCap: number;
  readonly preserveLog: boolean;
}

export interface TabDelta {
  readonly connections: readonly ConnectionState[];
  readonly frames: readonly StoredFrame[];
  readonly sessions: readonly SessionSighting[];
  readonly ticketMints: readonly TicketMint[];
  readonly dropped: DropCounts;
}

export type BrowserTarget = 'chrome' | 'firefox';

export interface BackgroundStatus {
  readonly version: string;
  readonly browser: BrowserTarget;
  readonly startedAt: number;
  /** Tabs that have a panel connected right now. */
  readonly panelTabIds: readonly number[];
}

export type BackgroundToPanel =
  | { readonly type: 'background-status'; readonly status: BackgroundStatus }
  /** The whole tab state: sent when a panel connects and after a clear. */
  | { readonly type: 'snapshot'; readonly snapshot: TabSnapshot }
  /** What changed since the last message: connections are upserted by id, frames appended. */
  | { readonly type: 'delta'; readonly delta: TabDelta }
  /** The replay may open its socket now (its header rule, if any, is in place), or cannot (`error`). */
  | { readonly type: 'replay-ready'; readonly replayId: string; readonly error?: string }
  | { readonly type: 'replay-handshake'; readonly replayId: string; readonly handshake: ReplayHandshakeView };

export type PanelToBackground =
  | { readonly type: 'clear' }
  | { readonly type: 'set-preserve-log'; readonly preserveLog: boolean }
  /**
   * A replay is about to open `url`: watch its handshake, and when `authorization` is given set that header on it
   * (the "virtual proxy"), for this panel's own socket only.
   */
  | {
      readonly type: 'replay-prepare';
      readonly replayId: string;
      readonly url: string;
      readonly authorization?: string;
    }
  | { readonly type: 'replay-finished'; readonly replayId: string }
  /** A replay's connection as it stands, with its frames not reported yet: kept in the inspected tab's store. */
  | { readonly type: 'replay-record'; readonly connection: ConnectionState; readonly frames: readonly ReplayFrame[] };

// --- one-shot requests from extension pages --------------------------------------------------------------------

export type ExtensionPageToBackground = { readonly type: 'get-status'; readonly v: typeof PROTOCOL_VERSION };

export function isExtensionPageToBackground(message: unknown): message is ExtensionPageToBackground {
  if (typeof message !== 'object' || message === null) return false;
  const { type, v } = message as Record<string, unknown>;
  return type === 'get-status' && v === PROTOCOL_VERSION;
}
