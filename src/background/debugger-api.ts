/** Who a debugger command or event is about: a tab, a child session of it (a worker), or a target by id. */
export interface Debuggee {
  readonly tabId?: number;
  readonly targetId?: string;
  readonly sessionId?: string;
}

export interface DebuggerTargetInfo {
  readonly id: string;
  readonly type: string;
  readonly url: string;
}

interface DebuggerEvent<Listener> {
  addListener(listener: Listener): void;
}

/** The part of `chrome.debugger` deep capture uses (promise forms, Chrome 125+ for child `sessionId`s). */
export interface DebuggerApi {
  attach(target: Debuggee, requiredVersion: string): Promise<void>;
  detach(target: Debuggee): Promise<void>;
  sendCommand(target: Debuggee, method: string, params?: object): Promise<unknown>;
  getTargets(): Promise<DebuggerTargetInfo[]>;
  readonly onEvent: DebuggerEvent<(source: Debuggee, method: string, params?: object) => void>;
  readonly onDetach: DebuggerEvent<(source: Debuggee, reason: string) => void>;
}

/** `chrome.debugger` where the browser has it and the permission is granted (never in Firefox). */
export function chromeDebugger(): DebuggerApi | undefined {
  const chromeApi = (globalThis as { chrome?: { debugger?: DebuggerApi } }).chrome;
  return chromeApi?.debugger;
}
