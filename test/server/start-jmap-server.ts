import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createControl } from './control-routes.ts';
import { handleInbound } from './inbound.ts';
import { PushHub } from './push-hub.ts';
import { RequestLog } from './request-log.ts';
import { handleRequest } from './router.ts';
import type { ServerContext } from './server-context.ts';
import type { JmapServer, JmapServerOptions } from './server-types.ts';
import { StateStore } from './state-store.ts';
import { TicketStore } from './ticket-store.ts';
import { handleUpgrade } from './upgrade-handler.ts';
import { createAcceptor } from './ws-acceptor.ts';

const STALWART_HEARTBEAT_MS = 60_000;

function createContext(options: JmapServerOptions, listeningOrigin: () => string): ServerContext {
  const clock = options.clock ?? Date.now;
  const pingIntervalMs = options.pingIntervalMs ?? (options.flavor === 'stalwart' ? STALWART_HEARTBEAT_MS : undefined);
  const context: ServerContext = {
    flavor: options.flavor,
    options,
    clock,
    origin: () => options.publicOrigin ?? listeningOrigin(),
    tickets: new TicketStore(clock, options.ticketIpValidation ?? true),
    states: new StateStore(options.flavor),
    hub: new PushHub({ pingIntervalMs, onMessage: (connection, text) => handleInbound(context, connection, text) }),
    log: new RequestLog(clock),
  };
  return context;
}

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server.address() as AddressInfo));
  });
}

/** Starts one JMAP server that answers like the chosen real server (FACTS §1–§5); see README-style docs in types. */
export async function startJmapServer(options: JmapServerOptions): Promise<JmapServer> {
  const host = options.host ?? '127.0.0.1';
  let url = '';
  const context = createContext(options, () => url);
  const acceptor = createAcceptor(context);
  const server = createServer((request, response) => void handleRequest(context, request, response));
  server.on('upgrade', (request, socket, head) => handleUpgrade(context, acceptor, request, socket, head));
  const address = await listen(server, options.port ?? 0, host);
  url = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
  return {
    url,
    flavor: options.flavor,
    control: createControl(context),
    close: async () => {
      context.hub.closeAll({ terminate: true });
      acceptor.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
