import type { Runtime } from 'webextension-polyfill';
import { type BackgroundStatus, type PanelToBackground, tabIdOfPanelPort } from '../shared/protocol.ts';
import type { BackgroundContext } from './background-context.ts';
import { isPageBatchMessage } from './message-guards.ts';
import type { ReplayRequester, ReplayRequests } from './replay-requests.ts';
import { toPageBatch } from './to-page-batch.ts';

/** A bridge's port: each batch is applied, saved, then acknowledged, so the bridge can let it go. */
export function handleContentPort(context: BackgroundContext, port: Runtime.Port): void {
  const tabId = port.sender?.tab?.id;
  const frameId = port.sender?.frameId ?? 0;
  if (tabId === undefined || tabId < 0) {
    port.disconnect();
    return;
  }
  port.onMessage.addListener(async (message: unknown) => {
    if (!isPageBatchMessage(message)) return;
    const batch = toPageBatch(message);
    await context.change(tabId, (store) => store.applyPageBatch(batch, frameId));
    try {
      port.postMessage({ type: 'ack', document: message.document, seq: message.seq });
    } catch {
      // The page went away; its bridge has nothing left to resend.
    }
  });
}

export function handlePanelPort(
  context: BackgroundContext,
  port: Runtime.Port,
  status: () => BackgroundStatus,
  replays: ReplayRequests,
  initiator: string,
): void {
  const tabId = tabIdOfPanelPort(port.name);
  if (tabId === undefined) {
    port.disconnect();
    return;
  }
  context.panels.add(tabId, port);
  context.panels.post(tabId, { type: 'background-status', status: status() });
  void context.sendSnapshot(tabId);
  // A panel inside DevTools is no tab: its sockets have tab id -1. A popped-out panel's leave from its own tab.
  const requester: ReplayRequester = {
    inspectedTabId: tabId,
    runnerTabId: port.sender?.tab?.id ?? -1,
    initiator,
    post: (message) => {
      try {
        port.postMessage(message);
      } catch {
        // The panel closed meanwhile: nothing is waiting for the answer.
      }
    },
  };
  port.onMessage.addListener(async (message: unknown) => {
    const request = message as PanelToBackground;
    if (request?.type === 'clear') {
      await context.change(tabId, (store) => store.clear('user'));
      await context.sendSnapshot(tabId);
    } else if (request?.type === 'set-preserve-log' && typeof request.preserveLog === 'boolean') {
      await context.change(tabId, (store) => {
        store.preserveLog = request.preserveLog;
      });
    } else if (request) await replays.handle(requester, request);
  });
}
