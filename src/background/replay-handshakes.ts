import { type HandshakeObservation, sameSocketUrl } from './handshake-observation.ts';

type Deliver = (observation: HandshakeObservation) => void;

interface Expectation {
  readonly replayId: string;
  readonly url: string;
  readonly at: number;
  readonly deliver: Deliver;
}

/** How long a replay may take between announcing its socket and the browser starting the handshake. */
export const EXPECT_WINDOW_MS = 15_000;

/**
 * Hands the network's view of the extension's own handshakes to the replay that opened each: the first handshake to
 * an announced URL is that replay's, and every later report of the same request goes to it too.
 */
export class ReplayHandshakes {
  #expected: Expectation[] = [];
  readonly #claimed = new Map<string, Deliver>();

  expect(replayId: string, url: string, deliver: Deliver, now: number): void {
    this.cancel(replayId);
    this.#expected.push({ replayId, url, at: now, deliver });
  }

  cancel(replayId: string): void {
    this.#expected = this.#expected.filter((expectation) => expectation.replayId !== replayId);
  }

  /** Returns whether a replay took the observation. */
  offer(observation: HandshakeObservation, now: number): boolean {
    this.#expected = this.#expected.filter((expectation) => now - expectation.at <= EXPECT_WINDOW_MS);
    let deliver = this.#claimed.get(observation.requestId);
    if (!deliver) {
      const match = this.#expected.find((expectation) => sameSocketUrl(expectation.url, observation.url));
      if (!match) return false;
      this.cancel(match.replayId);
      deliver = match.deliver;
      this.#claimed.set(observation.requestId, deliver);
    }
    if (observation.endedAt !== undefined) this.#claimed.delete(observation.requestId);
    deliver(observation);
    return true;
  }
}
