import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  BackgroundLink,
  MAX_PENDING_BATCHES,
  MAX_PENDING_CHARS,
  RECONNECT_DELAY_MS,
} from '../../../src/content/background-link.ts';
import { CONTENT_PORT, type ContentToBackground, type PageEvent } from '../../../src/shared/protocol.ts';
import { type FakePort, fakePort } from '../background/support/fake-port.ts';
import { batchText, OPEN, PUSH_ENABLE } from '../background/support/page-events.ts';

const DOCUMENT = '9a8b7c6d5e4f30211203f4e5d6c7b8a9';

function batch(seq: number, events: readonly PageEvent[] = [PUSH_ENABLE], rejected = 0): ContentToBackground {
  const text = batchText(seq, events);
  return { type: 'page-batch', document: DOCUMENT, pageUrl: 'https://mail.example.com/', seq, batch: text, rejected };
}

const seqs = (port: FakePort) => port.sent.map((message) => (message as ContentToBackground).seq);
const ack = (port: FakePort, seq: number) => port.receive({ type: 'ack', document: DOCUMENT, seq });

function setup() {
  const ports: FakePort[] = [];
  const connect = vi.fn((name: string) => {
    const port = fakePort(name);
    ports.push(port);
    return port.port;
  });
  return { link: new BackgroundLink(connect), ports, connect };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('BackgroundLink', () => {
  test('stays silent until the first batch, then connects on the content port', () => {
    const { link, ports, connect } = setup();
    expect(connect).not.toHaveBeenCalled();
    link.send(batch(1));
    expect(connect).toHaveBeenCalledWith(CONTENT_PORT);
    expect(ports).toHaveLength(1);
  });

  test('sends batches in order over one port and keeps each until acknowledged', async () => {
    const { link, ports } = setup();
    for (const seq of [1, 2, 3]) link.send(batch(seq));
    expect(ports).toHaveLength(1);
    expect(seqs(ports[0] as FakePort)).toEqual([1, 2, 3]);
    expect(link.pendingCount).toBe(3);
    await ack(ports[0] as FakePort, 1);
    expect(link.pendingCount).toBe(2);
  });

  test('an ack of seq n releases everything up to n', async () => {
    const { link, ports } = setup();
    for (const seq of [1, 2, 3, 4]) link.send(batch(seq));
    await ack(ports[0] as FakePort, 3);
    expect(link.pendingCount).toBe(1);
  });

  test('ignores acks of other documents, unknown batches and other messages', async () => {
    const { link, ports } = setup();
    link.send(batch(1));
    const port = ports[0] as FakePort;
    await port.receive({ type: 'ack', document: 'another-document', seq: 1 });
    await ack(port, 99);
    await port.receive({ type: 'snapshot', seq: 1 });
    await port.receive(null);
    expect(link.pendingCount).toBe(1);
  });

  test('after a disconnect, reconnects and resends every unacknowledged batch in order', async () => {
    const { link, ports } = setup();
    for (const seq of [1, 2, 3]) link.send(batch(seq));
    await ack(ports[0] as FakePort, 1);
    (ports[0] as FakePort).disconnect();
    link.send(batch(4));
    expect(ports).toHaveLength(1);
    vi.advanceTimersByTime(RECONNECT_DELAY_MS);
    expect(ports).toHaveLength(2);
    expect(seqs(ports[1] as FakePort)).toEqual([2, 3, 4]);
    link.send(batch(5));
    expect(seqs(ports[1] as FakePort)).toEqual([2, 3, 4, 5]);
  });

  test('does not reconnect when nothing is pending, and connects again on the next batch', async () => {
    const { link, ports } = setup();
    link.send(batch(1));
    await ack(ports[0] as FakePort, 1);
    (ports[0] as FakePort).disconnect();
    vi.advanceTimersByTime(10 * RECONNECT_DELAY_MS);
    expect(ports).toHaveLength(1);
    link.send(batch(2));
    expect(seqs(ports[1] as FakePort)).toEqual([2]);
  });

  test('a post that throws counts as a disconnect: the batch is kept and resent', () => {
    const { link, ports } = setup();
    link.send(batch(1));
    (ports[0] as FakePort).breakPosting();
    link.send(batch(2));
    vi.advanceTimersByTime(RECONNECT_DELAY_MS);
    expect(seqs(ports[1] as FakePort)).toEqual([1, 2]);
  });

  test('a late disconnect of an old port does not orphan the new one', () => {
    const { link, ports } = setup();
    link.send(batch(1));
    const first = ports[0] as FakePort;
    first.breakPosting();
    link.send(batch(2));
    vi.advanceTimersByTime(RECONNECT_DELAY_MS);
    first.disconnect();
    link.send(batch(3));
    vi.advanceTimersByTime(RECONNECT_DELAY_MS);
    expect(ports).toHaveLength(2);
    expect(seqs(ports[1] as FakePort)).toEqual([1, 2, 3]);
  });

  test('survives an extension context that is gone (connect throws)', () => {
    const connect = vi.fn(() => {
      throw new Error('Extension context invalidated.');
    });
    const link = new BackgroundLink(connect);
    expect(() => link.send(batch(1))).not.toThrow();
    expect(() => link.send(batch(2))).not.toThrow();
    expect(link.pendingCount).toBe(2);
  });

  test('on overflow drops the oldest batches and adds their events to rejected of the next batch', () => {
    const { link, ports } = setup();
    link.send(batch(1));
    (ports[0] as FakePort).disconnect();
    for (let seq = 2; seq <= MAX_PENDING_BATCHES; seq += 1) link.send(batch(seq));
    link.send(batch(MAX_PENDING_BATCHES + 1, [OPEN, PUSH_ENABLE], 1));
    link.send(batch(MAX_PENDING_BATCHES + 2));
    expect(link.pendingCount).toBe(MAX_PENDING_BATCHES);
    vi.advanceTimersByTime(RECONNECT_DELAY_MS);
    const resent = (ports[1] as FakePort).sent as ContentToBackground[];
    expect(resent.map((message) => message.seq)).toEqual(Array.from({ length: MAX_PENDING_BATCHES }, (_, i) => i + 3));
    expect(resent.at(-2)?.rejected).toBe(1 + 1);
    expect(resent.at(-1)?.rejected).toBe(1);
    expect(resent.slice(0, -2).every((message) => message.rejected === 0)).toBe(true);
  });

  test('a dropped batch passes on the events it had already refused', () => {
    const { link, ports } = setup();
    link.send(batch(1, [PUSH_ENABLE], 4));
    (ports[0] as FakePort).disconnect();
    for (let seq = 2; seq <= MAX_PENDING_BATCHES + 1; seq += 1) link.send(batch(seq, []));
    vi.advanceTimersByTime(RECONNECT_DELAY_MS);
    const resent = (ports[1] as FakePort).sent as ContentToBackground[];
    expect(resent[0]?.seq).toBe(2);
    expect(resent.at(-1)?.rejected).toBe(1 + 4);
  });

  test('big batches are bounded by their characters too, oldest first, and an acknowledged one frees its share', () => {
    const { link, ports } = setup();
    const big = (seq: number) => {
      const message = batch(seq, [{ ...PUSH_ENABLE }]) as Extract<ContentToBackground, { type: 'page-batch' }>;
      return { ...message, batch: message.batch.padEnd(MAX_PENDING_CHARS / 4 + 1, ' ') };
    };
    link.send(big(1));
    (ports[0] as FakePort).disconnect();
    for (let seq = 2; seq <= 5; seq += 1) link.send(big(seq));
    expect(link.pendingCount).toBe(3);
    vi.advanceTimersByTime(RECONNECT_DELAY_MS);
    const port = ports[1] as FakePort;
    const resent = () => (port.sent as ContentToBackground[]).map((message) => [message.seq, message.rejected]);
    expect(resent()).toEqual([
      [3, 0],
      [4, 1],
      [5, 1],
    ]);
    ack(port, 5);
    for (let seq = 6; seq <= 8; seq += 1) link.send(big(seq));
    expect(link.pendingCount).toBe(3);
    expect(resent().slice(3)).toEqual([
      [6, 0],
      [7, 0],
      [8, 0],
    ]);
  });
});
