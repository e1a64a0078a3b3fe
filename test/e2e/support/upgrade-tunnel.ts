import type { IncomingMessage, Server } from 'node:http';
import { type AddressInfo, connect, type Socket } from 'node:net';

/** Drops both sides, without a close frame, once no byte has crossed either way for `idleMs`: a proxy's idle timeout. */
function cutWhenIdle(client: Socket, origin: Socket, idleMs: number): void {
  let timer = setTimeout(cut, idleMs);
  function cut() {
    client.destroy();
    origin.destroy();
  }
  const restart = () => {
    clearTimeout(timer);
    timer = setTimeout(cut, idleMs);
  };
  for (const socket of [client, origin]) {
    socket.on('data', restart);
    socket.on('close', () => clearTimeout(timer));
  }
}

/**
 * Forwards WebSocket upgrades of `server` to `target` as raw TCP: `requestText` writes the upstream request line and
 * headers, then both sockets are piped together (and cut after `idleCutMs` without traffic, when given). Returns the
 * loopback origin and a close that drops every tunnel.
 */
export async function serveUpgradeTunnel(
  server: Server,
  target: URL,
  requestText: (request: IncomingMessage) => string,
  idleCutMs?: number,
): Promise<{ origin: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  server.on('upgrade', (request: IncomingMessage, client: Socket, head: Buffer) => {
    const origin = connect(Number(target.port), target.hostname, () => {
      origin.write(requestText(request));
      if (head.length > 0) origin.write(head);
      origin.pipe(client).pipe(origin);
      if (idleCutMs !== undefined) cutWhenIdle(client, origin, idleCutMs);
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
