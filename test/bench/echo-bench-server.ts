import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';

export interface EchoBenchServer {
  readonly origin: string;
  close(): Promise<void>;
}

/** The page of PERFORMANCE.md: one WebSocket, 64 JMAP StateChange frames in flight, echoed by the server. */
const PAGE = `<!doctype html><title>echo bench</title><script>
const STATE_CHANGE = JSON.stringify({ '@type': 'StateChange', changed: { a3123: { Email: 'd35ecb040aab', Mailbox: '0b3a6f0e1c2d', EmailDelivery: '428d565f2440' } }, pushState: 'bbb7c8d9e0f1a2b4c3d8e4f5a6b7c8d9e0f' });
window.runBench = (warmup, total, inFlight) => new Promise((resolve, reject) => {
  const ws = new WebSocket('ws://' + location.host + '/echo');
  let received = 0; let started = 0;
  ws.onerror = () => reject(new Error('socket error'));
  ws.onopen = () => { for (let i = 0; i < inFlight; i++) ws.send(STATE_CHANGE); };
  ws.onmessage = () => {
    received++;
    if (received === warmup) started = performance.now();
    if (received === warmup + total) { const seconds = (performance.now() - started) / 1000; ws.close(); resolve(total / seconds); return; }
    if (received + inFlight <= warmup + total) ws.send(STATE_CHANGE);
  };
});
</script>`;

export async function startEchoBenchServer(): Promise<EchoBenchServer> {
  const server: Server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end(PAGE);
  });
  const sockets = new WebSocketServer({ server, path: '/echo' });
  sockets.on('connection', (socket) =>
    socket.on('message', (data, isBinary) => socket.send(data, { binary: isBinary })),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        for (const client of sockets.clients) client.terminate();
        sockets.close();
        server.close(() => resolve());
      }),
  };
}
