import type { StoredFrame } from '../shared/protocol.ts';

export const DEFAULT_FRAME_CAP = 50_000;

/** The newest `cap` frames of a tab, with consecutive ids; what falls off the old end is counted, never hidden. */
export class FrameRing {
  readonly cap: number;
  #frames: StoredFrame[] = [];
  #nextId: number;
  #evicted = 0;

  constructor(cap = DEFAULT_FRAME_CAP, nextId = 0) {
    this.cap = cap;
    this.#nextId = nextId;
  }

  get nextId(): number {
    return this.#nextId;
  }

  // Both getters trim first: what they report must agree with what since() returns (and with a save taken now).
  get evicted(): number {
    this.#trim();
    return this.#evicted;
  }

  get firstId(): number {
    this.#trim();
    return this.#frames[0]?.id ?? this.#nextId;
  }

  push(frame: Omit<StoredFrame, 'id'>): StoredFrame {
    const stored = { ...frame, id: this.#nextId++ };
    this.#frames.push(stored);
    // Evict in slices so a full ring costs one splice per thousand frames, not one shift per frame.
    if (this.#frames.length > this.cap + Math.max(1, Math.floor(this.cap / 50))) this.#trim();
    return stored;
  }

  /** Frames from `fromId` on (all when it is older than the ring), trimmed to the cap. */
  since(fromId: number): StoredFrame[] {
    this.#trim();
    const start = Math.max(0, fromId - this.firstId);
    return this.#frames.slice(start);
  }

  restore(frames: readonly StoredFrame[], evicted: number, nextId: number): void {
    this.#frames = [...frames];
    this.#evicted = evicted;
    this.#nextId = Math.max(nextId, (frames.at(-1)?.id ?? -1) + 1);
  }

  clear(): void {
    this.#frames = [];
    this.#evicted = 0;
  }

  #trim(): void {
    const excess = this.#frames.length - this.cap;
    if (excess <= 0) return;
    this.#frames.splice(0, excess);
    this.#evicted += excess;
  }
}
