import WebSocket from 'ws';
import { startTmailClient } from '../../../demo/tmail-client.js';
import { type DemoParams, readParams } from '../../../demo/tmail-gate.js';
import type { JmapServer } from '../../../server/server-types.ts';

export interface DemoRun {
  entries: { kind: string; text: string }[];
  kinds(kind: string): string[];
  stop(): void;
  finished: Promise<void>;
  waitFor(predicate: () => boolean, timeoutMs?: number): Promise<void>;
}

/** Runs the demo client in Node with the `ws` WebSocket, as the page would run it against `server`. */
export function runDemo(server: JmapServer, query: string, echoIntervalMs?: number): DemoRun {
  const entries: { kind: string; text: string }[] = [];
  const params: DemoParams = readParams(query, server.url);
  const client = startTmailClient({
    params,
    fetch,
    WebSocket,
    log: (kind, text) => entries.push({ kind, text }),
    echoIntervalMs,
  });
  return {
    entries,
    kinds: (kind) => entries.filter((entry) => entry.kind === kind).map((entry) => entry.text),
    stop: () => client.stop(),
    finished: client.finished,
    waitFor: async (predicate, timeoutMs = 2000) => {
      const deadline = Date.now() + timeoutMs;
      while (!predicate()) {
        if (Date.now() > deadline) throw new Error(`timed out; log: ${JSON.stringify(entries)}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
  };
}
