import type { PageEvent } from '../shared/protocol.ts';
import { describeData } from './describe-data.ts';
import type { Natives } from './natives.ts';

/**
 * Registers the hook's own listeners on a new socket, through the saved `addEventListener`, before any page code can
 * add one: the page's listeners keep their relative order and see the same events. Synthetic events a page dispatches
 * itself (`isTrusted` false, an own unforgeable property) are not recorded.
 */
export function watchSocket(natives: Natives, socket: WebSocket, id: number, add: (event: PageEvent) => void): void {
  const on = (type: string, record: (event: Event) => void): void => {
    natives.listen(socket, type, (event: Event) => {
      try {
        if (event.isTrusted) record(event);
      } catch {
        // Never let the hook's own failure reach the page's error handlers.
      }
    });
  };
  on('open', () => {
    const protocol = natives.socketProtocol(socket);
    add({ type: 'opened', socket: id, at: natives.now(), protocol, extensions: natives.socketExtensions(socket) });
  });
  on('message', (event) => {
    const described = describeData(natives, natives.messageData(event));
    if (!described) return;
    const { data, truncatedFrom } = described;
    add({ type: 'frame', socket: id, at: natives.now(), dir: 'received', data, truncatedFrom });
  });
  on('error', () => add({ type: 'error', socket: id, at: natives.now() }));
  on('close', (event) => {
    const close = {
      code: natives.closeCode(event),
      reason: natives.closeReason(event),
      wasClean: natives.closeClean(event),
    };
    add({ type: 'close', socket: id, at: natives.now(), close });
  });
}
