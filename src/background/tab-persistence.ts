import type { StoredFrame } from '../shared/protocol.ts';
import type { SavedTab } from './saved-tab.ts';
import { TabStore } from './tab-store.ts';

/** The part of `storage.session` used here (memory only: captured secrets never reach the disk). */
export interface SessionArea {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export const CHUNK_FRAMES = 1_000;
/** Chrome gives `storage.session` 10 MB per extension; what does not fit stays in memory only. */
// Chrome counts about 2.5 bytes of quota per character of JSON saved (measured: 1 000 frames of ~230 characters
// take 590 KB), so the budget in characters stays well under 10 MB / 2.5.
export const SAVE_BUDGET_CHARS = 3_500_000;
/** Attempts to make room (dropping the oldest saved chunks) before a save keeps only the metadata. */
const QUOTA_RETRIES = 4;

const metaKey = (tabId: number) => `t${tabId}:meta`;
const chunkKey = (tabId: number, chunk: number) => `t${tabId}:c${chunk}`;
const CHUNK_KEY = /^t(\d+):c(\d+)$/;

/**
 * Write-behind copy of every tab store, so a stopped service worker restarts with what it had. Frames are saved in
 * chunks of consecutive ids; only the chunks that changed are written again. A frame that could not be saved is
 * counted on restore (the meta says which ids the ring held), never silently lost.
 */
export class TabPersistence {
  readonly #area: SessionArea;
  readonly #budget: number;
  readonly #savedUpTo = new Map<number, number>();
  readonly #chunkChars = new Map<string, number>();

  constructor(area: SessionArea, budgetChars = SAVE_BUDGET_CHARS) {
    this.#area = area;
    this.#budget = budgetChars;
  }

  async loadAll(frameCap?: number): Promise<TabStore[]> {
    const items = await this.#area.get(null);
    return Object.keys(items)
      .filter((key) => key.endsWith(':meta'))
      .map((key) => this.#restore(items[key] as SavedTab, items, frameCap));
  }

  async save(store: TabStore): Promise<void> {
    const { tabId } = store;
    const meta = { [metaKey(tabId)]: store.save() };
    // Read before any await: frames that arrive while this save is written belong to the next one.
    const savedUpTo = store.frames.nextId;
    const from = Math.max(store.frames.firstId, this.#savedUpTo.get(tabId) ?? 0);
    const chunks: Record<string, unknown> = {};
    for (const [chunk, frames] of chunksOf(store.frames.since(chunkStart(from)))) {
      const key = chunkKey(tabId, chunk);
      chunks[key] = frames;
      this.#chunkChars.set(key, savedChars(frames));
    }
    const stale = this.#staleChunks(tabId, Math.floor(store.frames.firstId / CHUNK_FRAMES));
    for (const key of stale) delete chunks[key];
    // Room first, then the write: a full area must not refuse the new chunks for want of the space the old ones hold.
    if (stale.length > 0) await this.#area.remove(stale);
    await this.#write(tabId, meta, chunks);
    this.#savedUpTo.set(tabId, savedUpTo);
  }

  /**
   * Over quota (other tabs, or a budget estimate off for this browser), the newest frames win: the oldest saved
   * chunks of this tab go first. Only if that is not enough is the meta saved alone, so a restart still counts the
   * missing frames instead of hiding them.
   */
  async #write(tabId: number, meta: Record<string, unknown>, chunks: Record<string, unknown>): Promise<void> {
    for (let attempt = 0; attempt <= QUOTA_RETRIES; attempt++) {
      try {
        await this.#area.set({ ...meta, ...chunks });
        return;
      } catch {
        const oldest = this.#oldestSaved(tabId, Object.keys(chunks));
        if (oldest === undefined) break;
        this.#chunkChars.delete(oldest);
        await this.#area.remove(oldest);
      }
    }
    const unsaved = Object.keys(chunks);
    for (const key of unsaved) this.#chunkChars.delete(key);
    await this.#area.remove(unsaved);
    await this.#area.set(meta);
  }

  #oldestSaved(tabId: number, excluded: readonly string[]): string | undefined {
    return [...this.#chunkChars.keys()]
      .map((key) => ({ key, match: CHUNK_KEY.exec(key) }))
      .filter(({ key, match }) => match !== null && Number(match[1]) === tabId && !excluded.includes(key))
      .sort((a, b) => Number(a.match?.[2]) - Number(b.match?.[2]))[0]?.key;
  }

  async remove(tabId: number): Promise<void> {
    const keys = [metaKey(tabId), ...[...this.#chunkChars.keys()].filter((key) => key.startsWith(`t${tabId}:`))];
    for (const key of keys) this.#chunkChars.delete(key);
    this.#savedUpTo.delete(tabId);
    await this.#area.remove(keys);
  }

  #restore(saved: SavedTab, items: Record<string, unknown>, frameCap?: number): TabStore {
    const chunks = Object.keys(items)
      .map((key) => CHUNK_KEY.exec(key))
      .filter((match): match is RegExpExecArray => match !== null && Number(match[1]) === saved.tabId)
      .sort((a, b) => Number(a[2]) - Number(b[2]));
    const frames = chunks.flatMap((match) => {
      const chunk = items[match[0]] as StoredFrame[];
      this.#chunkChars.set(match[0], savedChars(chunk));
      return chunk;
    });
    const store = new TabStore(saved.tabId, frameCap);
    store.restore(saved, frames);
    this.#savedUpTo.set(saved.tabId, store.frames.nextId);
    return store;
  }

  /** Chunks evicted from memory, then the oldest saved ones while the saved total exceeds the budget. */
  #staleChunks(tabId: number, firstLiveChunk: number): string[] {
    const own = [...this.#chunkChars.keys()]
      .map((key) => ({ key, match: CHUNK_KEY.exec(key) }))
      .filter(({ match }) => match !== null && Number(match[1]) === tabId)
      .sort((a, b) => Number(a.match?.[2]) - Number(b.match?.[2]));
    const stale = own.filter(({ match }) => Number(match?.[2]) < firstLiveChunk).map(({ key }) => key);
    let total = [...this.#chunkChars.values()].reduce((sum, chars) => sum + chars, 0);
    for (const { key } of own) {
      if (stale.includes(key)) total -= this.#chunkChars.get(key) ?? 0;
    }
    for (const { key } of own.slice(0, -1)) {
      if (total <= this.#budget || stale.includes(key)) continue;
      total -= this.#chunkChars.get(key) ?? 0;
      stale.push(key);
    }
    for (const key of stale) this.#chunkChars.delete(key);
    return stale;
  }
}

/** Envelope of a saved frame (ids, times, direction, keys) besides its text, in JSON characters. */
const FRAME_OVERHEAD_CHARS = 160;

/**
 * The JSON size of saved frames, estimated without serialising them (serialising every chunk again on every save
 * cost the page measurable throughput): text frames escape their quotes, so they count 1.25 characters each.
 */
export function savedChars(frames: readonly StoredFrame[]): number {
  let chars = 0;
  for (const frame of frames) {
    chars += FRAME_OVERHEAD_CHARS + (frame.data.kind === 'text' ? Math.ceil(frame.data.text.length * 1.25) : 0);
  }
  return chars;
}

function chunkStart(frameId: number): number {
  return Math.floor(frameId / CHUNK_FRAMES) * CHUNK_FRAMES;
}

function chunksOf(frames: readonly StoredFrame[]): Map<number, StoredFrame[]> {
  const chunks = new Map<number, StoredFrame[]>();
  for (const frame of frames) {
    const chunk = Math.floor(frame.id / CHUNK_FRAMES);
    const list = chunks.get(chunk);
    if (list) list.push(frame);
    else chunks.set(chunk, [frame]);
  }
  return chunks;
}
