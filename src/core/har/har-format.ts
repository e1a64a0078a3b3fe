import type { ConnectionAnalysis } from '../analysis/analyze-connection.ts';
import type { ConnectionSource, DropCounts, ReplayOrigin } from '../capture/capture.ts';
import type { CloseInfo } from '../model/connection-record.ts';
import type { HttpHeader } from '../model/http-header.ts';
import type { TicketMint } from '../model/ticket-mint.ts';

/** Where our own data sits in a HAR: an underscore member, which HAR 1.2 reserves for custom fields. */
export const CUSTOM_KEY = '_jmapPushInspector';

/** One `_webSocketMessages` item as Chrome DevTools writes it; the `_` members are ours. */
export interface HarMessage {
  readonly type: 'send' | 'receive';
  /** Epoch seconds. */
  readonly time: number;
  /** 1 text, 2 binary (data in base64). */
  readonly opcode: 1 | 2;
  readonly data: string;
  readonly _id: number;
  /** Real size of a binary frame of which only the head is kept. */
  readonly _size?: number;
  readonly _truncatedFrom?: number;
}

/** What HAR cannot say about a connection, so our own file reads back exactly. */
export interface ConnectionExtras {
  readonly id: string;
  readonly createdAt: number;
  readonly openAt?: number;
  readonly errorAt?: number;
  readonly closedAt?: number;
  readonly close?: CloseInfo;
  readonly protocols: readonly string[];
  readonly requestHeadersPartial?: boolean;
  readonly statusLine?: string;
  readonly chosenProtocol?: string;
  readonly extensions?: string;
  readonly ticketMint?: TicketMint;
  /** Handshake members the capture did not know (a HAR always writes a status and header lists). */
  readonly unknown: readonly UnknownMember[];
}

export type UnknownMember = 'status' | 'requestHeaders' | 'responseHeaders' | 'responseBody';

export interface WebSocketCustom {
  readonly source: ConnectionSource;
  readonly replay?: ReplayOrigin;
  readonly analysis: ConnectionAnalysis;
  readonly connection: ConnectionExtras;
}

export type ExchangeCustom = { readonly session: { readonly at: number } } | { readonly ticketMint: TicketMint };

export interface LogCustom {
  readonly redacted: boolean;
  /** False when the frames keep only their JMAP shape (export option `payloads`). */
  readonly payloads: boolean;
  /** ISO 8601. */
  readonly exportedAt: string;
  readonly dropped?: DropCounts;
}

export interface HarContent {
  readonly size: number;
  readonly mimeType: string;
  readonly text?: string;
}

/** What a HAR request and response both have. */
interface HarMessageHead {
  readonly httpVersion: string;
  readonly headers: readonly HttpHeader[];
  readonly cookies: readonly HttpHeader[];
  readonly headersSize: number;
  readonly bodySize: number;
}

/** A HAR 1.2 entry with every member Chrome DevTools' importer (HARFormat.ts) requires. */
export interface HarEntry {
  readonly pageref?: string;
  readonly startedDateTime: string;
  readonly time: number;
  readonly request: HarMessageHead & {
    readonly method: string;
    readonly url: string;
    readonly queryString: readonly HttpHeader[];
  };
  readonly response: HarMessageHead & {
    readonly status: number;
    readonly statusText: string;
    readonly content: HarContent;
    readonly redirectURL: string;
    readonly _error?: string;
  };
  readonly cache: Record<string, never>;
  readonly timings: { readonly send: number; readonly wait: number; readonly receive: number };
  readonly _resourceType?: string;
  readonly _webSocketMessages?: readonly HarMessage[];
  readonly [CUSTOM_KEY]?: WebSocketCustom | ExchangeCustom;
}

export interface HarPage {
  readonly startedDateTime: string;
  readonly id: string;
  readonly title: string;
  readonly pageTimings: { readonly onContentLoad: number; readonly onLoad: number };
}

export interface HarLog {
  readonly log: {
    readonly version: '1.2';
    readonly creator: { readonly name: string; readonly version: string };
    readonly pages: readonly HarPage[];
    readonly entries: readonly HarEntry[];
    readonly [CUSTOM_KEY]: LogCustom;
  };
}
