import { NO_FRAME_FILTER } from '../../src/panel/store/frame-filter.ts';
import { searchFrames } from '../../src/panel/store/frame-search.ts';
import { createFrameTypeCache } from '../../src/panel/store/frame-type-cache.ts';
import type { StoredFrame } from '../../src/shared/protocol.ts';

const COUNT = 100_000;

function frames(): StoredFrame[] {
  return Array.from({ length: COUNT }, (_, id) => {
    const text =
      id % 10 === 0
        ? `{"@type":"Request","id":"R${id}","using":["urn:ietf:params:jmap:core"],"methodCalls":[["Core/echo",{},"c0"]]}`
        : `{"@type":"StateChange","changed":{"a${id % 7}":{"Email":"s${id}","Mailbox":"m${id}"}},"pushState":"p${id}"}`;
    return {
      id,
      connectionId: `c${id % 4}`,
      dir: id % 10 === 0 ? 'sent' : 'received',
      at: id,
      data: { kind: 'text', text },
    };
  });
}

function time(run: () => number): { ms: number; found: number } {
  const start = performance.now();
  const found = run();
  return { ms: performance.now() - start, found };
}

/** The panel's own search (the function the Frames tab calls) over 100 000 frames, in this Node process. */
export function measurePanelSearch(): Array<{ what: string; ms: number; found: number }> {
  const all = frames();
  const typeOf = createFrameTypeCache();
  const search = (filter: Partial<typeof NO_FRAME_FILTER>) => () =>
    searchFrames(all, { ...NO_FRAME_FILTER, ...filter }, { typeOf }).frames.length;
  return [
    { what: 'regex /Email":"s9\\d*9"/', ...time(search({ query: 'Email":"s9\\d*9"', regex: true })) },
    { what: 'text "Mailbox"', ...time(search({ query: 'Mailbox' })) },
    { what: 'type Request, first time (parses)', ...time(search({ type: 'Request' })) },
    { what: 'type Request, again (cached)', ...time(search({ type: 'Request' })) },
    { what: 'direction sent + regex', ...time(search({ direction: 'sent', query: 'R\\d+50"', regex: true })) },
  ];
}
