/**
 * CDP stamps WebSocket events with a monotonic `timestamp` (seconds); only the handshake request also carries the
 * `wallTime` (seconds since the epoch). A socket's clock is anchored there, and every later event is that wall time
 * plus the monotonic delta. A socket first seen without a wall time is anchored to the moment it was seen.
 */
export class CdpClock {
  #anchor: { readonly wallMs: number; readonly monotonic: number } | undefined;
  readonly #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  anchor(wallTime: unknown, timestamp: unknown): void {
    if (isTime(wallTime) && isTime(timestamp)) this.#anchor = { wallMs: wallTime * 1000, monotonic: timestamp };
  }

  /** Epoch milliseconds of a CDP `timestamp`. */
  at(timestamp: unknown): number {
    if (!isTime(timestamp)) return this.#now();
    if (!this.#anchor) this.#anchor = { wallMs: this.#now(), monotonic: timestamp };
    return Math.round(this.#anchor.wallMs + (timestamp - this.#anchor.monotonic) * 1000);
  }
}

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}
