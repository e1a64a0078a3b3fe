import type { PushHub } from './push-hub.ts';
import type { RequestLog } from './request-log.ts';
import type { Flavor, JmapServerOptions } from './server-types.ts';
import type { StateStore } from './state-store.ts';
import type { TicketStore } from './ticket-store.ts';

/** Everything a route needs; one per server instance, so flavors never share state. */
export interface ServerContext {
  readonly flavor: Flavor;
  readonly options: JmapServerOptions;
  readonly clock: () => number;
  /** The origin advertised to clients (`publicOrigin` or the listening origin). */
  origin(): string;
  readonly tickets: TicketStore;
  readonly states: StateStore;
  readonly hub: PushHub;
  readonly log: RequestLog;
}

export function hasTickets(context: ServerContext): boolean {
  return context.flavor === 'tmail-backend';
}

export function websocketOrigin(origin: string): string {
  return origin.replace(/^http/, 'ws');
}
