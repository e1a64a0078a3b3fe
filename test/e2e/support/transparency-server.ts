import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';

/**
 * Loopback HTTP + WebSocket server for the transparency behaviours. Pages come from `page(path)`; sockets behave by
 * path: `/echo` (text and binary echoed), `/protocol` (picks the first offered subprotocol), `/deflate`
 * (permessage-deflate), `/close?code=&reason=` (server closes after open), `/binary` (sends three binary frames then
 * closes), `/silent` (accepts, says nothing), `/drop` (kills the TCP connection after open), `/reject401` (refuses
 * the upgrade with 401). `refusedUrl` points at a port nobody listens on.
 */
export interface TransparencyServer {
  readonly origin: string;
  readonly wsOrigin: string;
  readonly refusedUrl: string;
  close(): Promise<void>;
}

function closeSoon(url: URL): (socket: import('ws').WebSocket) => void {
  const code = Number(url.searchParams.get('code') ?? 1000);
  const reason = url.searchParams.get('reason') ?? '';
  return (socket) => setTimeout(() => socket.close(code, reason), 20);
}

const behaviours: Record<string, (socket: import('ws').WebSocket, url: URL) => void> = {
  '/echo': (socket) => socket.on('message', (data, isBinary) => socket.send(data, { binary: isBinary })),
  '/protocol': (socket) => socket.on('message', (data, isBinary) => socket.send(data, { binary: isBinary })),
  '/deflate': (socket) => socket.on('message', (data, isBinary) => socket.send(data, { binary: isBinary })),
  '/close': (socket, url) => closeSoon(url)(socket),
  '/binary': (socket) => {
    socket.send(Uint8Array.from([0, 1, 2, 250, 255]));
    socket.send(Buffer.alloc(100, 7));
    socket.send(Buffer.alloc(0));
    setTimeout(() => socket.close(1000, 'binary done'), 20);
  },
  '/silent': () => undefined,
  '/drop': (socket) => setTimeout(() => socket.terminate(), 200),
};

function reject401(socket: Duplex): void {
  socket.end(
    'HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Bearer realm="jmap"\r\nContent-Type: application/json\r\n' +
      'Content-Length: 2\r\nConnection: close\r\n\r\n{}',
  );
}

async function unusedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

export async function startTransparencyServer(page: (path: string) => string | undefined): Promise<TransparencyServer> {
  const plain = new WebSocketServer({
    noServer: true,
    perMessageDeflate: false,
    handleProtocols: (set) => [...set][0] ?? false,
  });
  const deflate = new WebSocketServer({ noServer: true, perMessageDeflate: true });
  const server: Server = createServer((request, response) => {
    const html = page(new URL(request.url ?? '/', 'http://x').pathname);
    response.writeHead(html === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html ?? 'not found');
  });
  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(request.url ?? '/', 'ws://x');
    const behave = behaviours[url.pathname];
    if (url.pathname === '/reject401' || !behave) return reject401(socket);
    const wss = url.pathname === '/deflate' ? deflate : plain;
    wss.handleUpgrade(request, socket, head, (ws) => behave(ws, url));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const refusedUrl = `ws://127.0.0.1:${await unusedPort()}/refused`;
  return {
    origin: `http://127.0.0.1:${port}`,
    wsOrigin: `ws://127.0.0.1:${port}`,
    refusedUrl,
    close: async () => {
      for (const wss of [plain, deflate]) for (const client of wss.clients) client.terminate();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
