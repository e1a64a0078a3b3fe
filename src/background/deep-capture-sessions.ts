import type { SessionInfo } from './cdp-socket-translator.ts';
import type { DebuggerApi } from './debugger-api.ts';

type Params = Record<string, unknown>;

export const DEBUGGER_PROTOCOL = '1.3';

/** Workers wait for us before running, so their first socket is seen from its handshake on. */
export const AUTO_ATTACH = { autoAttach: true, waitForDebuggerOnStart: true, flatten: true } as const;
const WORKER_TYPES = new Set(['worker', 'shared_worker', 'service_worker']);

/**
 * A child target the tab's debugger auto-attached (`Target.attachedToTarget`, flat session): a worker (its sockets
 * become connections of their own) or a frame in another process (its sockets are page sockets). It waits for us:
 * Network first, then its own children, then it may run, whatever failed on the way.
 */
export async function attachChildSession(
  api: DebuggerApi,
  tabId: number,
  sessions: Map<string, SessionInfo>,
  params: Params,
): Promise<void> {
  const { sessionId, targetInfo } = params;
  if (typeof sessionId !== 'string') return;
  const { type, url } = (targetInfo ?? {}) as Params;
  sessions.set(sessionId, WORKER_TYPES.has(String(type)) ? { workerUrl: String(url ?? '') } : {});
  const target = { tabId, sessionId };
  try {
    await api.sendCommand(target, 'Network.enable');
    await api.sendCommand(target, 'Target.setAutoAttach', AUTO_ATTACH);
  } catch {
    // A worker without Network or children is still let run below.
  } finally {
    await api.sendCommand(target, 'Runtime.runIfWaitingForDebugger').catch(() => undefined);
  }
}

/**
 * A page's request for a worker's script (its document URL is the script itself). Chromium names the request after
 * the worker's target, so a shared worker can be attached before its script runs.
 */
export function isWorkerScriptRequest(params: Params): boolean {
  const request = (params.request ?? {}) as Params;
  return params.type === 'Script' && typeof params.requestId === 'string' && params.documentURL === request.url;
}

/** The script URL of the shared worker whose target id is `targetId`; undefined for anything else (dedicated workers
 * are listed as 'other'). */
export async function sharedWorkerUrl(api: DebuggerApi, targetId: string): Promise<string | undefined> {
  const targets = await api.getTargets().catch(() => []);
  return targets.find((info) => info.id === targetId && info.type === 'worker')?.url;
}

/** Attaches to a shared worker by target id and enables Network there; false when it cannot be had. */
export async function attachSharedWorker(api: DebuggerApi, targetId: string): Promise<boolean> {
  const attached = await api.attach({ targetId }, DEBUGGER_PROTOCOL).then(
    () => true,
    () => false, // Someone else's already (another tab of ours, another extension): not taken from them.
  );
  if (!attached) return false;
  try {
    await api.sendCommand({ targetId }, 'Network.enable');
    return true;
  } catch {
    await api.detach({ targetId }).catch(() => undefined);
    return false;
  }
}
