/**
 * What a behaviour script gets in the page: a trace it appends to, and helpers that turn page objects into plain,
 * comparable values. Identical in the runs with and without the extension, so any difference comes from the hook.
 */
export interface Tracer {
  log(...values: unknown[]): void;
  /** ws://127.0.0.1:port + path on the transparency server. */
  url(path: string): string;
  readonly refusedUrl: string;
  readonly httpOrigin: string;
  /** ['ok', value] or ['threw', constructor name, name, message, code]. */
  attempt(run: () => unknown): unknown[];
  /** Logs every event of `socket` in order ([label, type, readyState, bufferedAmount, details]); resolves on close. */
  watch(socket: WebSocket, label?: string): Promise<void>;
  next(target: EventTarget, type: string): Promise<Event>;
  sleep(ms: number): Promise<void>;
  descriptor(target: object, key: PropertyKey): unknown;
  /** A plain description of a message payload (Blob contents read asynchronously). */
  payload(data: unknown): Promise<unknown>;
}

export type Behaviour = (t: Tracer) => Promise<void>;

/** A behaviour as a function (serialized with toString) or as the source text of one. */
export type BehaviourEntry = readonly [name: string, behaviour: Behaviour | string];

export interface RunnerConfig {
  readonly wsOrigin: string;
  readonly refusedUrl: string;
  readonly httpOrigin: string;
  readonly timeoutMs: number;
}

/** Serialized into the page with its config and one behaviour; stores the trace as JSON text in `window.__trace`. */
export function pageRunner(config: RunnerConfig, behaviour: Behaviour): void {
  const stringify = JSON.stringify;
  const trace = new Map<number, unknown[]>();
  const scope = window as unknown as { __trace?: string };
  const hex = (bytes: Uint8Array) => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  const syncData = (data: unknown): unknown => {
    if (typeof data === 'string') return data.length > 300 ? ['long text', data.length, data.slice(0, 40)] : data;
    if (data instanceof ArrayBuffer) return ['ArrayBuffer', data.byteLength, hex(new Uint8Array(data).slice(0, 16))];
    if (data instanceof Blob) return ['Blob', data.size, data.type];
    return ['other', Object.prototype.toString.call(data)];
  };
  const log = (...values: unknown[]) => trace.set(trace.size, values);
  const t: Tracer = {
    log,
    url: (path) => `${config.wsOrigin}${path}`,
    refusedUrl: config.refusedUrl,
    httpOrigin: config.httpOrigin,
    attempt(run) {
      try {
        const value = run();
        return ['ok', value instanceof WebSocket ? 'a WebSocket' : value];
      } catch (error) {
        const { name, message, code } = error as DOMException;
        return ['threw', (error as object).constructor?.name, name, message, code];
      }
    },
    watch(socket, label = 'ws') {
      return new Promise((resolve) => {
        for (const type of ['open', 'message', 'error', 'close']) {
          socket.addEventListener(type, (event) => {
            const details: unknown[] = [event.isTrusted, event.target === socket];
            if (event instanceof MessageEvent) details.push(syncData(event.data), event.origin);
            if (event instanceof CloseEvent) details.push(event.code, event.reason, event.wasClean);
            // At a message, bufferedAmount depends on how far the browser got with earlier sends: a race, not a trace.
            const buffered = type === 'message' ? 'n/a' : socket.bufferedAmount;
            log(label, type, socket.readyState, buffered, details);
            if (type === 'close') resolve();
          });
        }
      });
    },
    next: (target, type) => new Promise((resolve) => target.addEventListener(type, resolve, { once: true })),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    descriptor(target, key) {
      const found = Object.getOwnPropertyDescriptor(target, key);
      if (!found) return 'none';
      const { value, get, set, ...flags } = found;
      return { ...flags, value: typeof value, get: get?.name ?? 'none', set: set?.name ?? 'none' };
    },
    async payload(data) {
      if (data instanceof Blob) return ['Blob', data.size, data.type, hex(new Uint8Array(await data.arrayBuffer()))];
      return syncData(data);
    },
  };
  const finish = () => {
    scope.__trace ??= stringify([...trace.values()]);
  };
  setTimeout(() => {
    log('timeout');
    finish();
  }, config.timeoutMs);
  behaviour(t).then(finish, (error: Error) => {
    log('behaviour failed', String(error?.name), String(error?.message));
    finish();
  });
}
