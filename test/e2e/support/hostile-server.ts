import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';

export interface HostileServer {
  readonly origin: string;
  /** The page URL, as the browser shows it in the tab. */
  readonly pageUrl: string;
  close(): Promise<void>;
}

const MARKUP = '<img src=x onerror="window.__jpiPwned=(window.__jpiPwned||0)+1">';
const PAGE = '<!doctype html><title>hostile page</title><p>hostile page</p><script src="/hostile.js"></script>';

function refuse(socket: Duplex): void {
  const body = `<html><body>${MARKUP}<script>window.__jpiPwned=1</script></body></html>`;
  socket.end(
    [
      'HTTP/1.1 401 Unauthorized',
      `WWW-Authenticate: Basic realm="${MARKUP}"`,
      `X-Hostile: <script>window.__jpiPwned=1</script>`,
      'Content-Type: text/html',
      `Content-Length: ${Buffer.byteLength(body)}`,
      'Connection: close',
      '',
      body,
    ].join('\r\n'),
  );
}

/**
 * Serves the hostile page and echoes every WebSocket frame back, text as text and binary as binary. It accepts the
 * first subprotocol offered whatever it is, adds markup to its 101 response headers, and refuses `/refuse` with a 401
 * whose challenge and body hold markup.
 */
export async function startHostileServer(): Promise<HostileServer> {
  const script = readFileSync(new URL('./hostile-page.js', import.meta.url), 'utf8');
  const server: Server = createServer((request, response) => {
    const isScript = request.url === '/hostile.js';
    response.writeHead(200, { 'content-type': isScript ? 'text/javascript' : 'text/html; charset=utf-8' });
    response.end(isScript ? script : PAGE);
  });
  const sockets = new WebSocketServer({
    noServer: true,
    maxPayload: 16 * 1024 * 1024,
    handleProtocols: (offered) => offered.values().next().value ?? false,
  });
  sockets.on('headers', (headers) => headers.push(`X-Hostile: ${MARKUP}`));
  sockets.on('connection', (socket) => {
    socket.on('message', (data, isBinary) => socket.send(data, { binary: isBinary }));
  });
  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    if ((request.url ?? '').startsWith('/refuse')) refuse(socket);
    else sockets.handleUpgrade(request, socket, head, (client) => sockets.emit('connection', client, request));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    pageUrl: `${origin}/`,
    close: () =>
      new Promise((resolve) => {
        for (const client of sockets.clients) client.terminate();
        sockets.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
