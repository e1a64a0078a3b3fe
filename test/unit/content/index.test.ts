// @vitest-environment happy-dom
import { beforeAll, describe, expect, test, vi } from 'vitest';
import {
  BRIDGE_READY_EVENT,
  type ContentToBackground,
  HELLO_EVENT,
  PROTOCOL_VERSION,
} from '../../../src/shared/protocol.ts';
import { type FakePort, fakePort } from '../background/support/fake-port.ts';
import { batchText, OPEN, PUSH_ENABLE } from '../background/support/page-events.ts';

const ports: FakePort[] = [];
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      connect: ({ name }: { name: string }) => {
        const port = fakePort(name);
        ports.push(port);
        return port.port;
      },
    },
  },
}));

const hello = {
  v: PROTOCOL_VERSION,
  channel: 'jpi:0f1e2d3c4b5a69788796a5b4c3d2e1f0',
  document: '0123456789abcdef0123',
};
const dispatch = (type: string, detail: unknown) => document.dispatchEvent(new CustomEvent(type, { detail }));
const sent = () => (ports[0]?.sent ?? []) as ContentToBackground[];

beforeAll(async () => {
  // The hook ran first: it answers the bridge's announcement with its hello.
  document.addEventListener(BRIDGE_READY_EVENT, () => dispatch(HELLO_EVENT, JSON.stringify(hello)));
  await import('../../../src/content/index.ts');
});

describe('the bridge content script', () => {
  test('opens no port before the page has a WebSocket', () => {
    expect(ports).toEqual([]);
  });

  test('forwards the batch text untouched with its sequence number, the document id and the page URL', () => {
    const text = batchText(1, [OPEN, PUSH_ENABLE]);
    dispatch(hello.channel, text);
    expect(sent()).toEqual([
      { type: 'page-batch', document: hello.document, pageUrl: location.href, seq: 1, batch: text, rejected: 0 },
    ]);
  });

  test('counts what is not a batch in rejected of the next one, and leaves event checks to the background', () => {
    dispatch(hello.channel, 'not json');
    dispatch(hello.channel, { v: PROTOCOL_VERSION, seq: 2, events: [] });
    dispatch(hello.channel, JSON.stringify({ seq: 2, v: PROTOCOL_VERSION, events: [] }));
    dispatch(hello.channel, batchText(2, [PUSH_ENABLE, { type: 'frame' }]));
    dispatch(hello.channel, batchText(3, [PUSH_ENABLE]));
    expect(
      sent()
        .slice(1)
        .map(({ seq, rejected }) => ({ seq, rejected })),
    ).toEqual([
      { seq: 2, rejected: 3 },
      { seq: 3, rejected: 0 },
    ]);
  });
});
