import type { FrameData } from '../core/model/frame.ts';
import type { PageBatch, PageEvent } from '../shared/protocol.ts';

type Quote = (text: string) => string;

/**
 * The JSON text of a batch, written by hand: `JSON.stringify` on objects looks up `toJSON` through prototypes a page
 * can patch, on strings it looks nothing up. `quote` is the saved `JSON.stringify`, applied to strings only.
 */
export function serializePageBatch(batch: PageBatch, quote: Quote): string {
  let events = '';
  for (let index = 0; index < batch.events.length; index++) {
    const event = batch.events[index];
    if (event) events += (index === 0 ? '' : ',') + serializeEvent(event, quote);
  }
  return `{"v":${batch.v},"seq":${batch.seq},"events":[${events}]}`;
}

function serializeEvent(event: PageEvent, quote: Quote): string {
  const head = `{"type":"${event.type}","socket":${event.socket},"at":${event.at}`;
  switch (event.type) {
    case 'open':
      return `${head},"url":${quote(event.url)},"protocols":${event.protocols ? list(event.protocols, quote) : 'null'}}`;
    case 'opened':
      return `${head},"protocol":${quote(event.protocol)},"extensions":${quote(event.extensions)}}`;
    case 'frame': {
      const cut = event.truncatedFrom === undefined ? '' : `,"truncatedFrom":${event.truncatedFrom}`;
      return `${head},"dir":"${event.dir}","data":${frameData(event.data, quote)}${cut}}`;
    }
    case 'error':
      return `${head}}`;
    case 'close': {
      const { code, reason, wasClean } = event.close;
      return `${head},"close":{"code":${code},"reason":${quote(reason)},"wasClean":${wasClean}}}`;
    }
  }
}

function frameData(data: FrameData, quote: Quote): string {
  return data.kind === 'text'
    ? `{"kind":"text","text":${quote(data.text)}}`
    : `{"kind":"binary","size":${data.size},"headHex":"${data.headHex}"}`;
}

function list(items: readonly string[], quote: Quote): string {
  let json = '';
  for (let index = 0; index < items.length; index++) json += (index === 0 ? '' : ',') + quote(items[index] ?? '');
  return `[${json}]`;
}
