import type { BackgroundToPanel, PanelToBackground, ReplayHandshakeView } from '../shared/protocol.ts';
import type { BackgroundContext } from './background-context.ts';
import type { HandshakeObservation } from './handshake-observation.ts';
import { isReplayRecord } from './message-guards.ts';
import type { ReplayHandshakes } from './replay-handshakes.ts';
import type { ReplayHeaderRules } from './replay-header-rules.ts';

type Prepare = Extract<PanelToBackground, { type: 'replay-prepare' }>;

/** Where a replay's answers go: its panel's port, and the tab the replay's socket leaves from (-1 for DevTools). */
export interface ReplayRequester {
  readonly inspectedTabId: number;
  readonly runnerTabId: number;
  /** The extension's host: the header rule applies to sockets our own pages open. */
  readonly initiator: string;
  readonly post: (message: BackgroundToPanel) => void;
}

function handshakeView(observation: HandshakeObservation): ReplayHandshakeView {
  const { requestHeaders, requestHeadersPartial, status, statusLine, responseHeaders, error, endedAt } = observation;
  return {
    requestHeaders,
    requestHeadersPartial,
    status,
    statusLine,
    responseHeaders,
    error,
    ended: endedAt !== undefined,
  };
}

/**
 * The background's half of a replay (the panel runs the socket): sets the header a proxy would add, reports what the
 * network saw of the handshake, and keeps the replay in the inspected tab's store so it lists like any connection.
 */
export class ReplayRequests {
  readonly #context: BackgroundContext;
  readonly #handshakes: ReplayHandshakes;
  readonly #headers: ReplayHeaderRules;
  /** Each replay's header rule, revoked as soon as its handshake got an answer or the replay is finished. */
  readonly #rules = new Map<string, number>();

  constructor(context: BackgroundContext, handshakes: ReplayHandshakes, headers: ReplayHeaderRules) {
    this.#context = context;
    this.#handshakes = handshakes;
    this.#headers = headers;
  }

  async handle(requester: ReplayRequester, request: PanelToBackground): Promise<void> {
    if (request.type === 'replay-prepare') {
      if (typeof request.replayId === 'string' && typeof request.url === 'string')
        await this.#prepare(requester, request);
    } else if (request.type === 'replay-finished') {
      if (typeof request.replayId === 'string') await this.#finish(request.replayId);
    } else if (isReplayRecord(request)) {
      await this.#context.change(requester.inspectedTabId, (store) =>
        store.recordReplay(request.connection, request.frames),
      );
    }
  }

  async #prepare(requester: ReplayRequester, { replayId, url, authorization }: Prepare): Promise<void> {
    try {
      if (typeof authorization === 'string') {
        const grant = { url, authorization, initiator: requester.initiator, tabId: requester.runnerTabId };
        this.#rules.set(replayId, await this.#headers.grant(grant));
      }
      const deliver = (observation: HandshakeObservation) => {
        requester.post({ type: 'replay-handshake', replayId, handshake: handshakeView(observation) });
        if (observation.status !== undefined || observation.endedAt !== undefined) void this.#revoke(replayId);
      };
      this.#handshakes.expect(replayId, url, deliver, Date.now());
      requester.post({ type: 'replay-ready', replayId });
    } catch (error) {
      requester.post({ type: 'replay-ready', replayId, error: error instanceof Error ? error.message : String(error) });
    }
  }

  async #finish(replayId: string): Promise<void> {
    this.#handshakes.cancel(replayId);
    await this.#revoke(replayId);
  }

  async #revoke(replayId: string): Promise<void> {
    const rule = this.#rules.get(replayId);
    this.#rules.delete(replayId);
    if (rule !== undefined) await this.#headers.revoke(rule);
  }
}
