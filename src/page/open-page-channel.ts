import { BRIDGE_READY_EVENT, HELLO_EVENT, PROTOCOL_VERSION, portOfferEvent } from '../shared/protocol.ts';
import { bytesToHex } from './bytes-to-hex.ts';
import type { Natives } from './natives.ts';

const ID_BYTES = 16;

/**
 * Agrees on a secret event type with the bridge (ISOLATED world) and returns the function that sends it one batch.
 * The hello goes out at once and again on the first `BRIDGE_READY_EVENT` only: both content scripts start before any
 * page script, so a later "ready" can only come from the page fishing for the channel. Batches go to the detached
 * node the bridge offers in answer (document until then).
 */
export function openPageChannel(natives: Natives): (batchJson: string) => void {
  const { document } = natives.global;
  const channel = `jpi:${bytesToHex(natives.randomBytes(ID_BYTES))}`;
  const portOffer = portOfferEvent(channel);
  const hello = `{"v":${PROTOCOL_VERSION},"channel":"${channel}","document":"${bytesToHex(natives.randomBytes(ID_BYTES))}"}`;
  let target: EventTarget = document;
  const emit = (to: EventTarget, type: string, detail: string): void => {
    natives.dispatch(to, new natives.CustomEvent(type, natives.bare({ detail })));
  };
  const onReady = (): void => {
    natives.unlisten(document, BRIDGE_READY_EVENT, onReady);
    emit(document, HELLO_EVENT, hello);
  };
  const onPortOffer = (event: Event): void => {
    natives.unlisten(document, portOffer, onPortOffer);
    target = natives.relatedTarget(event) ?? target;
  };
  natives.listen(document, portOffer, onPortOffer);
  natives.listen(document, BRIDGE_READY_EVENT, onReady);
  emit(document, HELLO_EVENT, hello);
  return (batchJson) => emit(target, channel, batchJson);
}
