import { installWebSocketHook } from '../../../../src/page/install-websocket-hook.ts';
import { captureNatives } from '../../../../src/page/natives.ts';
import type { PageBatch, PageEvent } from '../../../../src/shared/protocol.ts';
import { createFakeRealm } from './fake-realm.ts';

/** A fake realm with the hook installed; every batch the hook posts is kept as text and parsed. */
export function createHookedRealm(options: { maxBatchEvents?: number } = {}) {
  const realm = createFakeRealm();
  const posted: string[] = [];
  const hook = installWebSocketHook(captureNatives(realm.global), (json) => posted.push(json), {
    maxBatchEvents: options.maxBatchEvents,
  });
  const batches = (): PageBatch[] => posted.map((json) => JSON.parse(json) as PageBatch);
  const events = (): PageEvent[] => {
    hook.flush();
    return batches().flatMap((batch) => batch.events);
  };
  const newSocket = (...args: unknown[]): WebSocket => Reflect.construct(realm.global.WebSocket, args) as WebSocket;
  return { ...realm, hook, posted, batches, events, newSocket };
}

export type HookedRealm = ReturnType<typeof createHookedRealm>;

/** Events without their timestamps, for exact comparisons. */
export function untimed(events: readonly PageEvent[]): unknown[] {
  return events.map(({ at: _at, ...rest }) => rest);
}
