/** A `declarativeNetRequest` session rule, as far as this file writes one. */
export interface HeaderRule {
  readonly id: number;
  readonly priority: number;
  readonly action: {
    readonly type: 'modifyHeaders';
    readonly requestHeaders: readonly { header: string; operation: 'set'; value: string }[];
  };
  readonly condition: {
    readonly urlFilter: string;
    readonly resourceTypes: readonly 'websocket'[];
    readonly initiatorDomains: readonly string[];
    readonly tabIds?: readonly number[];
  };
}

/** The part of `declarativeNetRequest` used here. */
export interface SessionRulesApi {
  getSessionRules(): Promise<readonly { id: number }[]>;
  updateSessionRules(options: { addRules?: HeaderRule[]; removeRuleIds?: number[] }): Promise<void>;
}

/** One replay's handshake: where it goes, the header it needs, and who opens it. */
export interface HeaderGrant {
  /** `ws://` or `wss://` URL of the replay, query aside: the rule matches this host, port and path only. */
  readonly url: string;
  readonly authorization: string;
  /** The extension's own host (`chrome-extension://<host>`): only sockets our pages open get the header. */
  readonly initiator: string;
  /** The tab of a popped-out panel; -1 for a panel inside DevTools, whose sockets belong to no tab. */
  readonly tabId: number;
}

/** Long enough for a slow handshake; a rule never outlives it even if the replay is never heard of again. */
export const GRANT_LIFETIME_MS = 15_000;

/**
 * Sets `Authorization` on the WebSocket handshake of a replay, as a proxy in front of the server would: a session
 * rule limited to sockets this extension opens (and to the panel's tab when it has one), to the replay's host, port
 * and path, removed once the handshake is done or after GRANT_LIFETIME_MS. The inspected page's own sockets never
 * get the header: the page, not the extension, opens them. Rules left by a stopped
 * worker are removed at start: session rules outlive the worker, and nothing else of ours uses them.
 */
export class ReplayHeaderRules {
  readonly #api: SessionRulesApi;
  readonly #schedule: (run: () => void, ms: number) => void;
  readonly #live = new Set<number>();
  readonly #ready: Promise<void>;
  #nextId = 1;

  constructor(api: SessionRulesApi, schedule = (run: () => void, ms: number): void => void setTimeout(run, ms)) {
    this.#api = api;
    this.#schedule = schedule;
    this.#ready = api
      .getSessionRules()
      .then((rules) => api.updateSessionRules({ removeRuleIds: rules.map((rule) => rule.id) }))
      .catch(() => undefined);
  }

  /** Installs the rule; resolves with its id once the browser applies it (the socket may be opened then). */
  async grant(grant: HeaderGrant): Promise<number> {
    await this.#ready;
    const id = this.#nextId++;
    await this.#api.updateSessionRules({ addRules: [headerRule(id, grant)] });
    this.#live.add(id);
    this.#schedule(() => void this.revoke(id), GRANT_LIFETIME_MS);
    return id;
  }

  async revoke(id: number): Promise<void> {
    if (!this.#live.delete(id)) return;
    await this.#api.updateSessionRules({ removeRuleIds: [id] });
  }
}

/** `||host:port/path^`: scheme-less, the one form both browsers match for WebSockets (TOOLCHAIN §5). */
export function replayUrlFilter(url: string): string {
  const parsed = new URL(url);
  if (parsed.protocol !== 'ws:' && parsed.protocol !== 'wss:') throw new TypeError(`not a WebSocket URL: ${url}`);
  if (parsed.pathname.includes('*') || parsed.pathname.includes('^')) throw new TypeError('path not allowed');
  return `||${parsed.host}${parsed.pathname}^`;
}

function headerRule(id: number, { url, authorization, initiator, tabId }: HeaderGrant): HeaderRule {
  if (/[\r\n\0]/.test(authorization)) throw new TypeError('Authorization value with a line break or NUL');
  return {
    id,
    priority: 1,
    action: {
      type: 'modifyHeaders',
      requestHeaders: [{ header: 'authorization', operation: 'set', value: authorization }],
    },
    condition: {
      urlFilter: replayUrlFilter(url),
      resourceTypes: ['websocket'],
      initiatorDomains: [initiator],
      ...(tabId >= 0 ? { tabIds: [tabId] } : {}),
    },
  };
}
