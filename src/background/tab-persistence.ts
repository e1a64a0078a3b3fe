import type { StoredFrame } from '../shared/protocol.ts';
import type { SavedTab } from './saved-tab.ts';
import { TabStore } from './tab-store.ts';

/** The part of `storage.session` used here (memory only: captured secrets never reach the disk). */
export interface SessionArea {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** A segment this full is never written again: the next save starts a new one. */
export const SEGMENT_FRAMES = 1_000;
/**
 * Chrome gives `storage.session` 10 MB per extension and counts a string by its UTF-8 bytes (measured); what does not
 * fit stays in memory only. The rest of the quota is for the metas, and for text that takes more than a byte a char.
 */
export const SAVE_BUDGET_CHARS = 8_000_000;
/** Attempts to make room (dropping the oldest saved segments) before a save keeps only the metadata. */
const QUOTA_RETRIES = 4;

const metaKey = (tabId: number) => `t${tabId}:meta`;
const segmentKey = (tabId: number, firstId: number) => `t${tabId}:s${firstId}`;
const SEGMENT_KEY = /^t(\d+):s(\d+)$/;

/** Frames `firstId` to `nextId - 1` of a tab, saved under `key` as the JSON text of their array. */
interface Segment {
  readonly key: string;
  readonly firstId: number;
  nextId: number;
  /** The JSON of the frames without the brackets, kept while the segment may still grow; '' once it is full. */
  body: string;
  chars: number;
}

/**
 * Write-behind copy of every tab store, so a stopped service worker restarts with what it had. Each save appends the
 * frames that arrived since the last one as JSON text, to the tab's newest segment while that is not full, else as a
 * new segment: a full segment is never written again. Text, because Chrome converts an object graph value by value
 * on the worker's thread and again in the browser process, a string in one copy, and counts it at half the quota
 * (measured under heavy traffic: the page kept 0.73 of its plain WebSocket throughput with frame objects, 0.86 with
 * text). A frame that could not be saved is counted on restore (the meta says which ids the ring held), never
 * silently lost.
 */
export class TabPersistence {
  readonly #area: SessionArea;
  readonly #budget: number;
  readonly #savedUpTo = new Map<number, number>();
  /** Each tab's saved segments, oldest first. */
  readonly #segments = new Map<number, Segment[]>();
  #savedChars = 0;

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
    const items: Record<string, unknown> = { [metaKey(tabId)]: store.save() };
    // Read before any await: frames that arrive while this save is written belong to the next one.
    const savedUpTo = store.frames.nextId;
    const firstLiveId = store.frames.firstId;
    const from = Math.max(firstLiveId, this.#savedUpTo.get(tabId) ?? 0);
    // Segments of evicted or cleared frames go before anything is appended: a cleared tab starts a new segment.
    const stale = this.#drop(tabId, (oldest) => oldest.nextId <= firstLiveId);
    const fresh = store.frames.since(from);
    const written = fresh.length > 0 ? this.#append(tabId, from, fresh) : undefined;
    if (written) items[written.key] = written.text;
    stale.push(...this.#drop(tabId, (oldest, newest) => oldest !== newest && this.#savedChars > this.#budget));
    // Room first, then the write: a full area must not refuse the new segment for want of the space old ones hold.
    if (stale.length > 0) await this.#area.remove(stale);
    await this.#write(tabId, items, written?.key);
    this.#savedUpTo.set(tabId, savedUpTo);
  }

  async remove(tabId: number): Promise<void> {
    const keys = [metaKey(tabId), ...this.#drop(tabId, () => true)];
    this.#segments.delete(tabId);
    this.#savedUpTo.delete(tabId);
    await this.#area.remove(keys);
  }

  /**
   * Appends `frames` (ids from `from` on) to the tab's newest segment while it is not full, else starts a new one;
   * returns the segment's key and its whole text, to be written.
   */
  #append(tabId: number, from: number, frames: readonly StoredFrame[]): { key: string; text: string } {
    const own = this.#own(tabId);
    const newest = own.at(-1);
    const grows = newest !== undefined && newest.body !== '' && newest.nextId === from;
    const segment = grows ? newest : { key: segmentKey(tabId, from), firstId: from, nextId: from, body: '', chars: 0 };
    if (!grows) own.push(segment);
    const json = JSON.stringify(frames).slice(1, -1);
    const body = grows ? `${segment.body},${json}` : json;
    const text = `[${body}]`;
    segment.nextId = from + frames.length;
    segment.body = segment.nextId - segment.firstId < SEGMENT_FRAMES ? body : '';
    this.#savedChars += text.length - segment.chars;
    segment.chars = text.length;
    return { key: segment.key, text };
  }

  /**
   * Over quota (other tabs, or a budget estimate off for this browser), the newest frames win: the oldest saved
   * segments of this tab go first. Only if that is not enough is the meta saved alone, so a restart still counts the
   * missing frames instead of hiding them.
   */
  async #write(tabId: number, items: Record<string, unknown>, written: string | undefined): Promise<void> {
    for (let attempt = 0; attempt <= QUOTA_RETRIES; attempt++) {
      try {
        await this.#area.set(items);
        return;
      } catch {
        const oldest = this.#own(tabId)[0];
        if (!oldest || oldest.key === written) break;
        await this.#area.remove(this.#drop(tabId, (segment) => segment === oldest));
      }
    }
    if (written === undefined) return;
    // The segment written is the tab's newest: it goes whole (a grown one too, its older text included).
    const unsaved = this.#own(tabId).pop();
    this.#savedChars -= unsaved?.chars ?? 0;
    delete items[written];
    await this.#area.remove(written);
    await this.#area.set(items);
  }

  /** Forgets the tab's oldest segments while `drops(oldest, newest)` says so; returns their keys. */
  #drop(tabId: number, drops: (oldest: Segment, newest: Segment | undefined) => boolean): string[] {
    const own = this.#own(tabId);
    const keys: string[] = [];
    for (let oldest = own[0]; oldest && drops(oldest, own.at(-1)); oldest = own[0]) {
      own.shift();
      this.#savedChars -= oldest.chars;
      keys.push(oldest.key);
    }
    return keys;
  }

  #own(tabId: number): Segment[] {
    let own = this.#segments.get(tabId);
    if (!own) {
      own = [];
      this.#segments.set(tabId, own);
    }
    return own;
  }

  #restore(saved: SavedTab, items: Record<string, unknown>, frameCap?: number): TabStore {
    const keys = Object.keys(items)
      .map((key) => SEGMENT_KEY.exec(key))
      .filter((match): match is RegExpExecArray => match !== null && Number(match[1]) === saved.tabId)
      .sort((a, b) => Number(a[2]) - Number(b[2]));
    const own = this.#own(saved.tabId);
    const frames = keys.flatMap((match) => {
      const text = items[match[0]];
      const segment = parseSegment(text);
      if (segment === undefined || typeof text !== 'string') return [];
      const firstId = Number(match[2]);
      // Restored segments are not grown: the next save starts a new one.
      own.push({ key: match[0], firstId, nextId: firstId + segment.length, body: '', chars: text.length });
      this.#savedChars += text.length;
      return segment;
    });
    const store = new TabStore(saved.tabId, frameCap);
    store.restore(saved, frames);
    this.#savedUpTo.set(saved.tabId, store.frames.nextId);
    return store;
  }
}

/** A saved segment's frames, or undefined if the text is not an array (the restore then counts those ids as lost). */
function parseSegment(text: unknown): StoredFrame[] | undefined {
  if (typeof text !== 'string') return undefined;
  try {
    const frames: unknown = JSON.parse(text);
    return Array.isArray(frames) ? (frames as StoredFrame[]) : undefined;
  } catch {
    return undefined;
  }
}
