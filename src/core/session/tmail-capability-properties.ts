import { isJsonObject } from '../jmap/read-json-fields.ts';
import type { JmapAccount, JmapSession, TicketCapability, WebSocketCapability } from './jmap-session.ts';
import { TICKET_CAPABILITY, WEBSOCKET_CAPABILITY } from './jmap-session.ts';

export type PropertySource = 'account' | 'session';

export interface CapabilityProperties<T> {
  readonly source?: PropertySource;
  readonly properties?: T;
}

function isNonEmptyObject(value: unknown): boolean {
  return isJsonObject(value) && Object.keys(value).length > 0;
}

/**
 * TMail's `getCapabilityProperties`: the account's capability, or the session-level one when the account's is
 * missing or empty (Stalwart's accounts carry the websocket capability as `{}`) (FACTS §1.1).
 */
function readProperties<T>(
  session: JmapSession,
  account: JmapAccount,
  id: string,
  pick: (holder: JmapSession | JmapAccount) => T | undefined,
): CapabilityProperties<T> {
  if (isNonEmptyObject(account.rawCapabilities[id])) return { source: 'account', properties: pick(account) };
  if (session.capabilityIds.includes(id)) return { source: 'session', properties: pick(session) };
  return {};
}

export function tmailWebSocketProperties(
  session: JmapSession,
  account: JmapAccount,
): CapabilityProperties<WebSocketCapability> {
  return readProperties(session, account, WEBSOCKET_CAPABILITY, (holder) => holder.webSocket);
}

export function tmailTicketProperties(
  session: JmapSession,
  account: JmapAccount,
): CapabilityProperties<TicketCapability> {
  return readProperties(session, account, TICKET_CAPABILITY, (holder) => holder.ticket);
}
