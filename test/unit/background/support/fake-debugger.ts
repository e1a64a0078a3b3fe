import type { Debuggee, DebuggerApi, DebuggerTargetInfo } from '../../../../src/background/debugger-api.ts';

type EventListener = (source: Debuggee, method: string, params?: object) => void;
type DetachListener = (source: Debuggee, reason: string) => void;

export interface SentCommand {
  readonly target: Debuggee;
  readonly method: string;
  readonly params?: object;
}

const keyOf = (target: Debuggee) =>
  target.targetId === undefined ? `tab:${target.tabId}` : `target:${target.targetId}`;

/**
 * A `chrome.debugger` double: it keeps who is attached (refusing a second attach, as Chrome does), records every
 * command, lets a test emit CDP events and browser-side detaches, and can be told to fail attaches or commands.
 */
export function fakeDebugger() {
  const eventListeners: EventListener[] = [];
  const detachListeners: DetachListener[] = [];
  const fake = {
    attached: new Set<string>(),
    commands: [] as SentCommand[],
    detaches: [] as string[],
    targets: [] as DebuggerTargetInfo[],
    /** Keys (`tab:N`, `target:ID`) whose attach is refused, as a browser page or another debugger refuses it. */
    refuseAttach: new Set<string>(),
    /** Methods whose command fails. */
    failing: new Set<string>(),
    api: undefined as unknown as DebuggerApi,
    emit(source: Debuggee, method: string, params: object = {}): void {
      for (const listener of eventListeners) listener(source, method, params);
    },
    /** The browser ends a session (tab closed, bar cancelled): it is gone before the listeners hear of it. */
    detachedByBrowser(source: Debuggee, reason: string): void {
      fake.attached.delete(keyOf(source));
      for (const listener of detachListeners) listener(source, reason);
    },
    methods(target?: Debuggee): string[] {
      return fake.commands
        .filter((command) => target === undefined || keyOf(command.target) === keyOf(target))
        .filter((command) => target?.sessionId === undefined || command.target.sessionId === target.sessionId)
        .map((command) => command.method);
    },
  };
  fake.api = {
    attach: async (target) => {
      const key = keyOf(target);
      if (fake.refuseAttach.has(key)) throw new Error(`Cannot attach to ${key}`);
      if (fake.attached.has(key)) throw new Error('Another debugger is already attached');
      fake.attached.add(key);
    },
    detach: async (target) => {
      const key = keyOf(target);
      fake.detaches.push(key);
      if (!fake.attached.delete(key)) throw new Error('Debugger is not attached');
    },
    sendCommand: async (target, method, params) => {
      fake.commands.push({ target, method, ...(params ? { params } : {}) });
      if (fake.failing.has(method)) throw new Error(`${method} failed`);
      return {};
    },
    getTargets: async () => fake.targets,
    onEvent: { addListener: (listener) => eventListeners.push(listener) },
    onDetach: { addListener: (listener) => detachListeners.push(listener) },
  };
  return fake;
}

export type FakeDebugger = ReturnType<typeof fakeDebugger>;

/** Lets every pending promise chain run (the fake answers at once); needs real timers. */
export async function settle(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
}
