import type { JmapSession } from '../../core/session/jmap-session.ts';
import { TICKET_CAPABILITY, WEBSOCKET_CAPABILITY } from '../../core/session/jmap-session.ts';

export interface CapabilityLine {
  readonly label: string;
  readonly id: string;
  readonly text: string;
}

function whereAdvertised(session: JmapSession, id: string): string | undefined {
  const account = session.accounts.find((candidate) => candidate.id === session.primaryAccountId);
  const inSession = session.capabilityIds.includes(id);
  const inAccount = account?.capabilityIds.includes(id) ?? false;
  if (inSession && inAccount) return 'session and mail account';
  if (inSession) return 'session only, not the mail account';
  return inAccount ? 'mail account only' : undefined;
}

function webSocketText(session: JmapSession): string {
  const capability = session.webSocket ?? session.accounts.find((account) => account.webSocket)?.webSocket;
  const url = capability?.resolvedUrl ?? capability?.url ?? 'no url';
  return `${url}, supportsPush ${JSON.stringify(capability?.supportsPush) ?? 'missing'}`;
}

function ticketText(session: JmapSession): string {
  const capability = session.ticket ?? session.accounts.find((account) => account.ticket)?.ticket;
  return capability?.generationEndpoint ? `POST ${capability.generationEndpoint}` : 'no usable generationEndpoint';
}

/** The two capabilities push depends on, as the session advertises them (where, and their key properties). */
export function pushCapabilities(session: JmapSession): CapabilityLine[] {
  const line = (label: string, id: string, describe: (session: JmapSession) => string): CapabilityLine => {
    const where = whereAdvertised(session, id);
    return { label, id, text: where ? `${where}: ${describe(session)}` : 'not advertised' };
  };
  return [line('WebSocket', WEBSOCKET_CAPABILITY, webSocketText), line('Ticket', TICKET_CAPABILITY, ticketText)];
}
