const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
/** `log.entries` is an array three levels down: root object, `log` object, `entries` array. */
const ENTRIES_DEPTH = 3;
/** A key written longer than this (even with every letter escaped) is neither `log` nor `entries`. */
const MAX_KEY_CHARS = 64;

/** A member name as JSON.parse reads it (escapes decoded), or undefined when it cannot be `log` or `entries`. */
function keyOf(raw: string): string | undefined {
  if (raw.length > MAX_KEY_CHARS) return undefined;
  try {
    return JSON.parse(raw) as string;
  } catch {
    return undefined;
  }
}

/**
 * Splits a JSON text fed in chunks into the items of `log.entries`, handed over one by one as soon as each is
 * complete, and the rest of the text (the skeleton, `"entries":[]` in their place). It only follows strings and
 * brackets: the items and the skeleton are checked when they are parsed, and a JSON.parse of the skeleton with the
 * items put back is the JSON.parse of the whole text. A repeated `log` or `entries` member starts over (the last one
 * wins, as in JSON.parse).
 */
export class LogEntriesSplitter {
  readonly #onItem: (text: string, index: number) => void;
  readonly #onRestart: () => void;
  readonly #skeleton: string[] = [];
  #item: string[] = [];
  #index = 0;
  #depth = 0;
  #inString = false;
  #escaped = false;
  #inEntries = false;
  /** Per depth up to the entries array: whether the container is an object, and the member it is at. */
  readonly #objects: boolean[] = [];
  readonly #keys: (string | undefined)[] = [];
  readonly #expectKey: boolean[] = [];
  /** The raw text of a member name of the top two objects being read, else undefined. */
  #keyText: string[] | undefined;
  #keyStart = 0;

  constructor(onItem: (text: string, index: number) => void, onRestart: () => void) {
    this.#onItem = onItem;
    this.#onRestart = onRestart;
  }

  push(chunk: string): void {
    let start = 0;
    for (let at = 0; at < chunk.length; at++) {
      const code = chunk.charCodeAt(at);
      if (this.#inString) this.#stringChar(code, chunk, at);
      else if (code === QUOTE) this.#openString(at);
      else if (code === OPEN_OBJECT || code === OPEN_ARRAY) start = this.#open(code, chunk, at, start);
      else if (code === CLOSE_OBJECT || code === CLOSE_ARRAY) start = this.#close(chunk, at, start);
      else if (code === COMMA) start = this.#comma(chunk, at, start);
      else if (code === COLON) this.#colon();
    }
    if (this.#keyText !== undefined) this.#keyText.push(chunk.slice(this.#keyStart));
    this.#keyStart = 0;
    (this.#inEntries ? this.#item : this.#skeleton).push(chunk.slice(start));
  }

  /** The text outside `log.entries` items; call once, after the last chunk. */
  skeleton(): string {
    return this.#inEntries ? `${this.#skeleton.join('')}${this.#item.join('')}` : this.#skeleton.join('');
  }

  #stringChar(code: number, chunk: string, at: number): void {
    if (this.#escaped) this.#escaped = false;
    else if (code === BACKSLASH) this.#escaped = true;
    else if (code === QUOTE) {
      this.#inString = false;
      if (this.#keyText === undefined) return;
      this.#keyText.push(chunk.slice(this.#keyStart, at + 1));
      this.#keys[this.#depth] = keyOf(this.#keyText.join(''));
      this.#keyText = undefined;
    }
  }

  #openString(at: number): void {
    this.#inString = true;
    const depth = this.#depth;
    if (depth >= 1 && depth < ENTRIES_DEPTH && this.#objects[depth] && this.#expectKey[depth]) {
      this.#keyText = [];
      this.#keyStart = at;
    }
  }

  /** A member name read: a new `log` of the root or `entries` of that `log` replaces what came before. */
  #colon(): void {
    const depth = this.#depth;
    if (depth < 1 || depth >= ENTRIES_DEPTH) return;
    this.#expectKey[depth] = false;
    const key = this.#keys[depth];
    if ((depth === 1 && key === 'log') || (depth === 2 && key === 'entries' && this.#underLog())) this.#onRestart();
  }

  #underLog(): boolean {
    return this.#objects[1] === true && this.#keys[1] === 'log' && this.#objects[2] === true;
  }

  #open(code: number, chunk: string, at: number, start: number): number {
    this.#depth++;
    const depth = this.#depth;
    if (depth < 1 || depth > ENTRIES_DEPTH) return start;
    this.#objects[depth] = code === OPEN_OBJECT;
    this.#keys[depth] = undefined;
    this.#expectKey[depth] = code === OPEN_OBJECT;
    if (depth !== ENTRIES_DEPTH || code !== OPEN_ARRAY || !this.#underLog() || this.#keys[2] !== 'entries')
      return start;
    this.#skeleton.push(chunk.slice(start, at + 1));
    this.#inEntries = true;
    this.#index = 0;
    this.#item = [];
    return at + 1;
  }

  #close(chunk: string, at: number, start: number): number {
    const depth = this.#depth;
    this.#depth--;
    if (depth !== ENTRIES_DEPTH || !this.#inEntries) return start;
    const last = this.#itemText(chunk, start, at);
    if (this.#index > 0 || last.trim() !== '') this.#onItem(last, this.#index);
    this.#inEntries = false;
    return at;
  }

  #comma(chunk: string, at: number, start: number): number {
    const depth = this.#depth;
    if (depth >= 1 && depth < ENTRIES_DEPTH) this.#expectKey[depth] = this.#objects[depth] === true;
    if (depth !== ENTRIES_DEPTH || !this.#inEntries) return start;
    this.#onItem(this.#itemText(chunk, start, at), this.#index++);
    return at + 1;
  }

  #itemText(chunk: string, start: number, end: number): string {
    this.#item.push(chunk.slice(start, end));
    const text = this.#item.join('');
    this.#item = [];
    return text;
  }
}
