import { CdpSocketTranslator, type SessionInfo } from './cdp-socket-translator.ts';
import type { Debuggee, DebuggerApi } from './debugger-api.ts';
import {
  AUTO_ATTACH,
  attachChildSession,
  attachSharedWorker,
  DEBUGGER_PROTOCOL,
  isWorkerScriptRequest,
  sharedWorkerUrl,
} from './deep-capture-sessions.ts';
import type { DeepEvent } from './deep-event.ts';

type Params = Record<string, unknown>;

export interface DeepCaptureSink {
  events(tabId: number, events: DeepEvent[]): void;
  /** The user closed the browser's "is debugging this browser" bar: Chrome detached everything. */
  canceled(): void;
}

interface AttachedTab {
  readonly sessions: Map<string, SessionInfo>;
  readonly translator: CdpSocketTranslator;
  readonly sharedWorkers: Set<string>;
}

const ROOT_SESSION = '';
const targetSession = (targetId: string) => `target:${targetId}`;

/**
 * Attaches `chrome.debugger` to tabs and reads their WebSocket traffic through CDP: the page's sockets (for their
 * exact handshake headers) and the sockets of the tab's dedicated workers (auto-attached, flat sessions) and of the
 * shared workers it starts (attached by target id, as CDP does not auto-attach them to a page).
 */
export class DeepCapture {
  readonly #api: DebuggerApi;
  readonly #sink: DeepCaptureSink;
  readonly #tabs = new Map<number, AttachedTab>();
  readonly #sharedOwner = new Map<string, number>();

  constructor(api: DebuggerApi, sink: DeepCaptureSink) {
    this.#api = api;
    this.#sink = sink;
    api.onEvent.addListener((source, method, params) => this.#onEvent(source, method, (params ?? {}) as Params));
    api.onDetach.addListener((source, reason) => this.#onDetach(source, reason));
  }

  tabIds(): number[] {
    return [...this.#tabs.keys()];
  }

  /** Attaches to a tab once; a tab that cannot be debugged (a browser page, gone) is left alone. */
  async attach(tabId: number): Promise<void> {
    if (this.#tabs.has(tabId)) return;
    const tab: AttachedTab = { sessions: new Map(), translator: new CdpSocketTranslator(), sharedWorkers: new Set() };
    tab.sessions.set(ROOT_SESSION, {});
    this.#tabs.set(tabId, tab);
    try {
      await this.#attachDebugger({ tabId });
      await this.#api.sendCommand({ tabId }, 'Network.enable');
      await this.#api.sendCommand({ tabId }, 'Target.setAutoAttach', AUTO_ATTACH);
    } catch {
      await this.detach(tabId);
    }
  }

  async detach(tabId: number): Promise<void> {
    if (!this.#forgetTab(tabId)) return;
    await this.#api.detach({ tabId }).catch(() => undefined);
  }

  async detachAll(): Promise<void> {
    await Promise.all(this.tabIds().map((tabId) => this.detach(tabId)));
  }

  /** A session of a previous background (stopped while attached) is ours but unknown: take it over afresh. */
  async #attachDebugger(target: Debuggee): Promise<void> {
    try {
      await this.#api.attach(target, DEBUGGER_PROTOCOL);
    } catch {
      await this.#api.detach(target).catch(() => undefined);
      await this.#api.attach(target, DEBUGGER_PROTOCOL);
    }
  }

  #onEvent(source: Debuggee, method: string, params: Params): void {
    const tabId = source.targetId === undefined ? source.tabId : this.#sharedOwner.get(source.targetId);
    const tab = tabId === undefined ? undefined : this.#tabs.get(tabId);
    if (tabId === undefined || !tab) return;
    const sessionKey = source.targetId ? targetSession(source.targetId) : (source.sessionId ?? ROOT_SESSION);
    const session = tab.sessions.get(sessionKey) ?? {};
    if (method === 'Target.attachedToTarget') {
      void attachChildSession(this.#api, tabId, tab.sessions, params);
    } else if (method === 'Target.detachedFromTarget' && typeof params.sessionId === 'string') {
      tab.sessions.delete(params.sessionId);
      tab.translator.forgetSession(params.sessionId);
    } else if (method === 'Network.requestWillBeSent' && !session.workerUrl && isWorkerScriptRequest(params)) {
      void this.#attachSharedWorker(tabId, tab, String(params.requestId));
    } else {
      const events = tab.translator.translate(sessionKey, session, method, params);
      if (events.length > 0) this.#sink.events(tabId, events);
    }
  }

  async #attachSharedWorker(tabId: number, tab: AttachedTab, targetId: string): Promise<void> {
    if (this.#sharedOwner.has(targetId)) return;
    this.#sharedOwner.set(targetId, tabId);
    tab.sharedWorkers.add(targetId);
    const workerUrl = await sharedWorkerUrl(this.#api, targetId);
    // Known before attaching: its first events may arrive before the attach resolves.
    if (workerUrl !== undefined) tab.sessions.set(targetSession(targetId), { workerUrl });
    const attached = workerUrl !== undefined && (await attachSharedWorker(this.#api, targetId));
    if (attached && this.#tabs.get(tabId) === tab) return;
    this.#sharedOwner.delete(targetId);
    tab.sharedWorkers.delete(targetId);
    tab.sessions.delete(targetSession(targetId));
    if (attached) await this.#api.detach({ targetId }).catch(() => undefined);
  }

  #onDetach(source: Debuggee, reason: string): void {
    if (source.targetId !== undefined) {
      const tab = this.#tabs.get(this.#sharedOwner.get(source.targetId) ?? -1);
      this.#sharedOwner.delete(source.targetId);
      tab?.sharedWorkers.delete(source.targetId);
      tab?.sessions.delete(targetSession(source.targetId));
      tab?.translator.forgetSession(targetSession(source.targetId));
    } else if (source.tabId !== undefined) {
      this.#forgetTab(source.tabId);
    }
    if (reason === 'canceled_by_user') this.#sink.canceled();
  }

  /** Forgets a tab and lets go of the shared workers attached for it; false when it was not attached. */
  #forgetTab(tabId: number): boolean {
    const tab = this.#tabs.get(tabId);
    if (!tab) return false;
    this.#tabs.delete(tabId);
    for (const targetId of tab.sharedWorkers) {
      this.#sharedOwner.delete(targetId);
      void this.#api.detach({ targetId }).catch(() => undefined);
    }
    return true;
  }
}
