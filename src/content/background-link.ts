import type { Runtime } from 'webextension-polyfill';
import {
  type BackgroundToContent,
  CONTENT_PORT,
  type ContentToBackground,
  countBatchEvents,
} from '../shared/protocol.ts';

type PageBatchMessage = Extract<ContentToBackground, { type: 'page-batch' }>;

/** Batches kept while the background is away (stopped service worker); beyond this the oldest are dropped. */
export const MAX_PENDING_BATCHES = 2_000;
/** The same bound in characters of batch text, as a batch carries up to 2 000 events: about 64 MB of the page's memory. */
export const MAX_PENDING_CHARS = 32 * 1024 * 1024;
export const RECONNECT_DELAY_MS = 250;

export type Connect = (name: string) => Runtime.Port;

/**
 * Delivers page batches to the background and keeps each one until the background acknowledges it (after saving
 * it), so a stopped service worker loses nothing: on reconnect every pending batch is sent again, in order.
 */
export class BackgroundLink {
  readonly #connect: Connect;
  readonly #pending: PageBatchMessage[] = [];
  #port: Runtime.Port | undefined;
  #reconnecting = false;
  #overflow = 0;
  #pendingChars = 0;

  constructor(connect: Connect) {
    this.#connect = connect;
  }

  send(batch: PageBatchMessage): void {
    while (this.#pending.length >= MAX_PENDING_BATCHES || this.#pendingChars + batch.batch.length > MAX_PENDING_CHARS) {
      if (!this.#drop()) break;
    }
    const message = this.#overflow > 0 ? { ...batch, rejected: batch.rejected + this.#overflow } : batch;
    this.#overflow = 0;
    this.#pending.push(message);
    this.#pendingChars += message.batch.length;
    if (this.#port) this.#post(this.#port, message);
    else if (!this.#reconnecting) this.#open();
  }

  get pendingCount(): number {
    return this.#pending.length;
  }

  /** The oldest batch goes; its events and the ones it already counted as refused travel on in the next batch. */
  #drop(): boolean {
    const dropped = this.#pending.shift();
    if (!dropped) return false;
    this.#pendingChars -= dropped.batch.length;
    this.#overflow += countBatchEvents(dropped.batch) + dropped.rejected;
    return true;
  }

  #open(): void {
    let port: Runtime.Port;
    try {
      port = this.#connect(CONTENT_PORT);
    } catch {
      return; // The extension was reloaded or removed: this page's bridge is orphaned for good.
    }
    this.#port = port;
    port.onMessage.addListener((message) => this.#onAck(message as BackgroundToContent));
    port.onDisconnect.addListener(() => this.#lost(port));
    for (const batch of this.#pending) this.#post(port, batch);
  }

  #post(port: Runtime.Port, batch: PageBatchMessage): void {
    if (this.#port !== port) return;
    try {
      port.postMessage(batch);
    } catch {
      this.#lost(port);
    }
  }

  /** Only the current port counts: a late disconnect of an older one must not orphan its successor. */
  #lost(port: Runtime.Port): void {
    if (this.#port !== port) return;
    this.#port = undefined;
    if (this.#pending.length === 0 || this.#reconnecting) return;
    this.#reconnecting = true;
    setTimeout(() => {
      this.#reconnecting = false;
      if (!this.#port && this.#pending.length > 0) this.#open();
    }, RECONNECT_DELAY_MS);
  }

  #onAck(message: BackgroundToContent): void {
    if (message?.type !== 'ack') return;
    const index = this.#pending.findIndex((batch) => batch.document === message.document && batch.seq === message.seq);
    if (index < 0) return;
    for (const acked of this.#pending.splice(0, index + 1)) this.#pendingChars -= acked.batch.length;
  }
}
