/** The newest `max` items, and the ones added since the last `takeNew()` (what a delta must carry). */
export class RecentList<T> {
  readonly #max: number;
  #items: T[] = [];
  #new: T[] = [];

  constructor(max: number) {
    this.#max = max;
  }

  get items(): readonly T[] {
    return this.#items;
  }

  add(item: T): void {
    this.#items = [...this.#items, item].slice(-this.#max);
    this.#new.push(item);
  }

  takeNew(): T[] {
    const added = this.#new;
    this.#new = [];
    return added;
  }

  replace(items: readonly T[]): void {
    this.#items = items.slice(-this.#max);
    this.#new = [];
  }
}
