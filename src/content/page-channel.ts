import { BRIDGE_READY_EVENT, HELLO_EVENT, PROTOCOL_VERSION, portOfferEvent } from '../shared/protocol.ts';

export interface PageHello {
  readonly channel: string;
  readonly document: string;
}

const CHANNEL = /^jpi:[0-9a-f-]{16,64}$/;
const DOCUMENT = /^[0-9a-f-]{16,64}$/;

export function parseHello(detail: unknown): PageHello | undefined {
  if (typeof detail !== 'string' || detail.length > 512) return undefined;
  try {
    const { v, channel, document } = JSON.parse(detail) as Record<string, unknown>;
    const valid = v === PROTOCOL_VERSION && typeof channel === 'string' && typeof document === 'string';
    return valid && CHANNEL.test(channel) && DOCUMENT.test(document) ? { channel, document } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Binds to the page hook of this document. Both scripts run at document_start before any page script, in an order
 * the browser does not promise: the hook says hello at start and again on the first bridge announcement. The first
 * valid hello wins; a later one (the page itself, once its scripts run) is ignored. The bridge then hands the hook a
 * detached node made by `createPort` (in the page's DOM, so both worlds can use it) to send its batches on.
 */
export function connectToPageHook(
  target: EventTarget,
  createPort: () => EventTarget,
  onBatch: (hello: PageHello, detail: unknown) => void,
): void {
  const onHello = (event: Event) => {
    const hello = parseHello((event as CustomEvent).detail);
    if (!hello) return;
    target.removeEventListener(HELLO_EVENT, onHello);
    const receive = (batch: Event) => onBatch(hello, (batch as CustomEvent).detail);
    const port = createPort();
    port.addEventListener(hello.channel, receive);
    // Until the hook takes the port (an older hook, or a browser that drops relatedTarget) it posts on the target.
    target.addEventListener(hello.channel, receive);
    target.dispatchEvent(new MouseEvent(portOfferEvent(hello.channel), { relatedTarget: port }));
    // When the bridge started first, its announcement went unheard and the hook still waits for one: spend that
    // wait now, before any page script can announce a bridge and read the channel from the answering hello.
    target.dispatchEvent(new CustomEvent(BRIDGE_READY_EVENT));
  };
  target.addEventListener(HELLO_EVENT, onHello);
  target.dispatchEvent(new CustomEvent(BRIDGE_READY_EVENT));
}
