import type { IncomingMessage, Server } from 'node:http';
import { type AddressInfo, connect, type Socket } from 'node:net';

/**
 * Forwards WebSocket upgrades of `server` to `target` as raw TCP: `requestText` writes the upstream request line and
 * headers, then both sockets are piped together. Returns the loopback origin and a close that drops every tunnel.
 */
export async function serveUpgradeTunnel(
  server: Server,
  target: URL,
  requestText: (request: IncomingMessage) => string,
): Promise<{ origin: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  server.on('upgrade', (request: IncomingMessage, client: Socket, head: Buffer) => {
    const origin = connect(Number(target.port), target.hostname, () => {
      origin.write(requestText(request));
      if (head.length > 0) origin.write(head);
      origin.pipe(client).pipe(origin);
    });
    for (const socket of [client, origin]) {
      sockets.add(socket);
      socket.on('error', () => client.destroy());
      socket.on('close', () => sockets.delete(socket));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
