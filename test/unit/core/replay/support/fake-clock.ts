import type { ReplayClock } from '../../../../../src/core/replay/replay-io.ts';

interface Task {
  readonly id: number;
  readonly at: number;
  readonly run: () => void;
}

/** A clock whose timers run only when the test advances it, in time order (ties in the order they were set). */
export class FakeClock implements ReplayClock {
  #now: number;
  #nextId = 1;
  #tasks: Task[] = [];

  constructor(start: number) {
    this.#now = start;
  }

  now(): number {
    return this.#now;
  }

  setTimeout(callback: () => void, ms: number): unknown {
    const id = this.#nextId++;
    this.#tasks.push({ id, at: this.#now + Math.max(0, ms), run: callback });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.#tasks = this.#tasks.filter((task) => task.id !== handle);
  }

  get pending(): number {
    return this.#tasks.length;
  }

  /** Runs every timer due within `ms`, including those set meanwhile, then lets promises settle. */
  async advance(ms: number): Promise<void> {
    const end = this.#now + ms;
    for (;;) {
      await settle();
      const due = this.#tasks.filter((task) => task.at <= end).sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (due === undefined) break;
      this.#tasks = this.#tasks.filter((task) => task !== due);
      this.#now = due.at;
      due.run();
    }
    this.#now = end;
    await settle();
  }
}

/** Lets pending promise callbacks run (the engine awaits the ticket minter). */
export async function settle(): Promise<void> {
  for (let round = 0; round < 5; round++) await Promise.resolve();
}
