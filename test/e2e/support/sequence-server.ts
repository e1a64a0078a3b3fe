import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';

export interface SequenceServer {
  readonly origin: string;
  /** Frames sent so far on the current socket. */
  sent(): number;
  close(): Promise<void>;
}

const PAGE =
  '<!doctype html><title>sequence</title><script>window.socket = new WebSocket("ws://" + location.host + "/seq", ["jmap"]);</script>';

/** Pushes numbered StateChange frames at `perSecond` for `seconds`, in 10 ms slices, to the first socket. */
export async function startSequenceServer(perSecond: number, seconds: number): Promise<SequenceServer> {
  let sent = 0;
  const server: Server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end(PAGE);
  });
  const sockets = new WebSocketServer({ server, path: '/seq', handleProtocols: () => 'jmap' });
  sockets.on('connection', (socket) => {
    const total = perSecond * seconds;
    const started = Date.now();
    const timer = setInterval(() => {
      const due = Math.min(total, Math.floor(((Date.now() - started) / 1000) * perSecond));
      for (; sent < due; sent++) {
        socket.send(JSON.stringify({ '@type': 'StateChange', changed: { a: { Email: `s${sent}` } }, seq: sent }));
      }
      if (sent >= total) clearInterval(timer);
    }, 10);
    socket.on('close', () => clearInterval(timer));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    sent: () => sent,
    close: () =>
      new Promise((resolve) => {
        for (const client of sockets.clients) client.terminate();
        sockets.close();
        server.close(() => resolve());
      }),
  };
}
