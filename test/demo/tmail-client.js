// @ts-check
/** A TMail-like push client: session, gate, ticket or URL credential, PushEnable, immediate retries (FACTS §1.1). */
import { ECHO_REQUEST, isStateChange, pushEnableFrame } from './tmail-frames.js';
import { decidePush } from './tmail-gate.js';
import { authorizationFor, connectionUrl, JMAP_ACCEPT, redactUrl } from './tmail-url.js';

const RETRIES = 3;
const ECHO_INTERVAL_MS = 10_000;

/**
 * @typedef {import('./tmail-url.js').OpenDecision} OpenDecision
 * @typedef {{ readonly protocol: string, send(data: string): void, close(): void,
 *   addEventListener(type: string, listener: (event: any) => void): void }} WebSocketLike
 * @typedef {{ params: import('./tmail-gate.js').DemoParams, fetch: typeof fetch,
 *   WebSocket: new (url: string, protocols: string[]) => WebSocketLike, log: (kind: string, text: string) => void,
 *   echoIntervalMs?: number, now?: () => number }} ClientDeps
 */

/** @param {unknown} error */
function message(error) {
  return error instanceof Error ? error.message : String(error);
}

class TmailClient {
  stopped = false;
  retries = RETRIES;
  /** @type {WebSocketLike | undefined} */
  socket;
  /** @type {ReturnType<typeof setInterval> | undefined} */
  echoTimer;
  /** @type {() => void} */
  finish = () => {};
  finished = new Promise((resolve) => {
    this.finish = () => resolve(undefined);
  });

  /** @param {ClientDeps} deps */
  constructor(deps) {
    this.deps = deps;
  }

  async run() {
    const { params, log } = this.deps;
    const headers = { Authorization: authorizationFor(params), Accept: JMAP_ACCEPT };
    const response = await this.deps.fetch(`${params.server}/jmap/session`, { headers });
    log('session', `GET ${params.server}/jmap/session → ${response.status}`);
    const decision = response.ok ? decidePush(await response.json(), params.mode) : undefined;
    if (!decision?.ok) {
      log('no-push', `no push transport${decision ? ` (${decision.reason})` : ''}`);
      this.finish();
      return;
    }
    log('gate', `strategy ${decision.strategy}`);
    this.attempt(decision);
  }

  /** Every attempt builds its URL again, so the ticket strategy mints a new ticket each time. @param {OpenDecision} decision */
  attempt(decision) {
    if (this.stopped) return;
    const { params, fetch, log } = this.deps;
    connectionUrl({ params, fetch, log, now: (this.deps.now ?? Date.now)() }, decision).then(
      (url) => this.open(decision, url),
      (error) => {
        log('error', message(error));
        this.retry(decision);
      },
    );
  }

  /** @param {OpenDecision} decision @param {string} url */
  open(decision, url) {
    if (this.stopped) return;
    const { log } = this.deps;
    log('connect', redactUrl(url));
    const socket = new this.deps.WebSocket(url, ['jmap']);
    this.socket = socket;
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      clearInterval(this.echoTimer);
      this.retry(decision);
    };
    socket.addEventListener('open', () => this.onOpen(socket));
    socket.addEventListener('message', (event) => this.receive(event.data));
    socket.addEventListener('error', () => {
      log('error', 'WebSocket error');
      end();
    });
    socket.addEventListener('close', (event) => {
      log('close', `code ${event.code}`);
      end();
    });
  }

  /** @param {WebSocketLike} socket */
  onOpen(socket) {
    this.retries = RETRIES;
    this.deps.log('open', `subprotocol "${socket.protocol}"`);
    this.send(socket, pushEnableFrame(this.deps.params.labels));
    if (this.deps.params.echo) {
      this.echoTimer = setInterval(() => this.send(socket, ECHO_REQUEST), this.deps.echoIntervalMs ?? ECHO_INTERVAL_MS);
    }
  }

  /** @param {WebSocketLike} socket @param {string} text */
  send(socket, text) {
    socket.send(text);
    this.deps.log('sent', text);
  }

  /** TMail logs and drops anything that is not a StateChange (Responses and RequestErrors included). @param {unknown} data */
  receive(data) {
    const stateChange = isStateChange(data);
    this.deps.log(stateChange ? 'state-change' : 'dropped', stateChange ? String(data) : 'Data is not StateChange');
  }

  /** No delay and no backoff: TMail reconnects at once while retries remain. @param {OpenDecision} decision */
  retry(decision) {
    if (this.stopped) return;
    if (this.retries <= 0) {
      this.deps.log('give-up', 'no retries left');
      this.finish();
      return;
    }
    this.retries -= 1;
    this.deps.log('retry', `reconnecting now, ${this.retries} retries left`);
    this.attempt(decision);
  }

  stop() {
    this.stopped = true;
    clearInterval(this.echoTimer);
    this.socket?.close();
    this.finish();
  }
}

/**
 * @param {ClientDeps} deps
 * @returns {{ stop(): void, readonly finished: Promise<void> }}
 */
export function startTmailClient(deps) {
  const client = new TmailClient(deps);
  client.run().catch((error) => {
    deps.log('error', message(error));
    client.finish();
  });
  return { stop: () => client.stop(), finished: client.finished };
}
