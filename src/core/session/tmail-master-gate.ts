import { jsonKind } from '../jmap/read-json-fields.ts';
import type { JmapAccount, JmapSession } from './jmap-session.ts';
import { TICKET_CAPABILITY, WEBSOCKET_CAPABILITY } from './jmap-session.ts';
import type { PropertySource } from './tmail-capability-properties.ts';
import { tmailWebSocketProperties } from './tmail-capability-properties.ts';

/** Why upstream TMail would not open a WebSocket. The first four are its `injectWebSocket` gate (FACTS §1.1). */
export type TmailGateBlocker =
  | 'no-primary-account'
  | 'no-websocket-capability'
  | 'no-ticket-capability'
  | 'supports-push-not-true'
  | 'no-generation-endpoint'
  | 'no-websocket-url';

export interface SupportsPushReading {
  /** The value the gate compared with `true`, as advertised (undefined when absent). */
  readonly value: unknown;
  /** Where it was read: the account capability, or the session-level one when the account's is missing or empty. */
  readonly source?: PropertySource;
}

export type TmailGateResult =
  | { readonly passed: true; readonly account: JmapAccount; readonly supportsPush: SupportsPushReading }
  | {
      readonly passed: false;
      readonly blocker: TmailGateBlocker;
      readonly explanation: string;
      readonly accountId?: string;
      readonly supportsPush?: SupportsPushReading;
    };

export const SILENT_FAILURE =
  'TMail only logs a warning: no ticket POST, no WebSocket, no push transport at all, and no error shown ' +
  '(web has no FCM and no EventSource client).';

function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  return value === false ? 'false' : `${jsonKind(value)} (not the boolean true)`;
}

function notConsulted(session: JmapSession, id: string): string {
  return session.capabilityIds.includes(id) ? ' (the session-level capability is not consulted)' : '';
}

function missingCapability(session: JmapSession, account: JmapAccount): TmailGateResult | undefined {
  if (!account.capabilityIds.includes(WEBSOCKET_CAPABILITY)) {
    const explanation = `The mail account's accountCapabilities lack ${WEBSOCKET_CAPABILITY}${notConsulted(session, WEBSOCKET_CAPABILITY)}, so requireCapability fails. ${SILENT_FAILURE}`;
    return { passed: false, blocker: 'no-websocket-capability', explanation, accountId: account.id };
  }
  if (!account.capabilityIds.includes(TICKET_CAPABILITY)) {
    const explanation = `The mail account's accountCapabilities lack ${TICKET_CAPABILITY}${notConsulted(session, TICKET_CAPABILITY)}: that is the tmail-backend ticket extension, which Stalwart, Cyrus and stock James do not have. ${SILENT_FAILURE}`;
    return { passed: false, blocker: 'no-ticket-capability', explanation, accountId: account.id };
  }
  return undefined;
}

/**
 * The `injectWebSocket` gate of upstream TMail master, unchanged in PR #4261: the primary mail account must list
 * both the websocket and ticket capabilities, and `supportsPush` must be exactly true.
 */
export function tmailMasterGate(session: JmapSession): TmailGateResult {
  const accountId = session.primaryAccountId;
  const account = session.accounts.find((candidate) => candidate.id === accountId);
  if (!account) {
    const where =
      accountId === undefined
        ? 'The session names no primary mail account'
        : 'The primary mail account is not in accounts';
    return {
      passed: false,
      blocker: 'no-primary-account',
      explanation: `${where}, so no capability check can pass. ${SILENT_FAILURE}`,
    };
  }
  const missing = missingCapability(session, account);
  if (missing) return missing;
  const { source, properties } = tmailWebSocketProperties(session, account);
  const supportsPush: SupportsPushReading = { value: properties?.supportsPush, ...(source && { source }) };
  if (supportsPush.value === true) return { passed: true, account, supportsPush };
  const where = source ? `the ${source}-level websocket capability` : 'no websocket capability properties';
  const explanation = `supportsPush is ${describeValue(supportsPush.value)} in ${where}; the gate needs exactly true (WebSocketPushNotSupportedException). ${SILENT_FAILURE}`;
  return { passed: false, blocker: 'supports-push-not-true', explanation, accountId: account.id, supportsPush };
}
