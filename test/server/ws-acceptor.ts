import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { ServerContext } from './server-context.ts';

export interface WebSocketAcceptor {
  accept(request: IncomingMessage, socket: Duplex, head: Buffer, username: string): void;
  close(): void;
}

/**
 * Completes accepted handshakes. James and Stalwart answer `Sec-WebSocket-Protocol: jmap` even when the client
 * offered nothing (FACTS §3, §4); Cyrus only selects `jmap` when offered. The 101 says `Connection: upgrade`.
 */
export function createAcceptor(context: ServerContext): WebSocketAcceptor {
  const alwaysJmap = context.flavor !== 'cyrus';
  const server = new WebSocketServer({
    noServer: true,
    perMessageDeflate: false,
    clientTracking: false,
    handleProtocols: (offered) => (alwaysJmap || offered.has('jmap') ? 'jmap' : false),
  });
  server.on('headers', (headers) => {
    const connection = headers.findIndex((line) => /^connection:/i.test(line));
    if (connection >= 0) headers[connection] = 'Connection: upgrade';
    if (alwaysJmap && !headers.some((line) => /^sec-websocket-protocol:/i.test(line))) {
      headers.push('Sec-WebSocket-Protocol: jmap');
    }
  });
  return {
    accept(request, socket, head, username) {
      server.handleUpgrade(request, socket, head, (ws) => context.hub.attach(ws, username));
    },
    close: () => server.close(),
  };
}
