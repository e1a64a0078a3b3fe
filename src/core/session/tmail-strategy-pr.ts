import type { JmapSession } from './jmap-session.ts';
import { TICKET_CAPABILITY, WEBSOCKET_CAPABILITY } from './jmap-session.ts';
import { connectUrlNotes } from './tmail-master-behaviour.ts';
import type { TmailGateResult } from './tmail-master-gate.ts';
import {
  type PlanContext,
  TMAIL_AUTH_TYPES,
  type TmailAuthType,
  type TmailPrPlan,
  type TmailPrStrategy,
  tmailPrPlan,
} from './tmail-pr-plan.ts';

/** One strategy-pattern PR build (never merged; FACTS §0.1, §1.2) against this session. */
export interface TmailPrBuild {
  readonly gatePassed: boolean;
  readonly explanation: string;
  /** Strategies that actually open a WebSocket in this build, whatever the auth type. */
  readonly reachable: readonly TmailPrStrategy[];
  readonly plans: Readonly<Record<TmailAuthType, TmailPrPlan>>;
  /** Problems with the URL the reachable strategies connect to. */
  readonly notes: readonly string[];
}

export interface TmailStrategyPrBehaviour {
  /** `WebSocketAuthStrategySelector.selectStrategy` per auth type. */
  readonly selection: Readonly<Record<TmailAuthType, TmailPrStrategy>>;
  readonly selectorExplanation: string;
  /** PR #4261 (the seed document's PR): the gate is master's, so Token/Basic are normally unreachable. */
  readonly pr4261: TmailPrBuild;
  /** PR #4257/#4512 lineage: the gate needs only the session-level websocket capability and supportsPush true. */
  readonly pr4512: TmailPrBuild;
}

const BY_AUTH_TYPE: Readonly<Record<TmailAuthType, TmailPrStrategy>> = {
  oidc: 'query-access-token',
  basic: 'query-authorization',
  none: 'none',
};

function selector(session: JmapSession): Pick<TmailStrategyPrBehaviour, 'selection' | 'selectorExplanation'> {
  if (session.capabilityIds.includes(TICKET_CAPABILITY)) {
    const selection = { oidc: 'ticket', basic: 'ticket', none: 'ticket' } as const;
    return {
      selection,
      selectorExplanation: `The session-level capabilities contain ${TICKET_CAPABILITY}, so the selector picks TicketAuthStrategy whatever the auth type.`,
    };
  }
  const selectorExplanation = `No session-level ${TICKET_CAPABILITY}: the selector picks by auth type, OIDC → TokenAuthStrategy (access_token), Basic → BasicAuthStrategy (authorization), none → NoAuthStrategy.`;
  return { selection: BY_AUTH_TYPE, selectorExplanation };
}

function pr4512GateFailure(session: JmapSession): string | undefined {
  if (!session.webSocket)
    return `The session-level capabilities lack ${WEBSOCKET_CAPABILITY}: markNotSupported(), no connection.`;
  const value = session.webSocket.supportsPush;
  if (value === true) return undefined;
  const lenient =
    value === undefined
      ? " (the PR's WebSocketCapabilityProvider would accept a missing value, but the gate runs first)"
      : '';
  return `supportsPush is ${value === undefined ? 'missing' : 'not true'} at session level; the gate needs exactly true${lenient}: markNotSupported(), no connection.`;
}

function build(
  selection: Readonly<Record<TmailAuthType, TmailPrStrategy>>,
  context: PlanContext,
  explanation: string,
): TmailPrBuild {
  const entries = TMAIL_AUTH_TYPES.map((type) => [type, tmailPrPlan(selection[type], context)] as const);
  const plans = Object.fromEntries(entries) as Record<TmailAuthType, TmailPrPlan>;
  const reachable = [...new Set(entries.filter(([, plan]) => plan.wouldConnect).map(([, plan]) => plan.strategy))];
  const concatenatesTicket = context.ticketMode === 'concatenate' && reachable.includes('ticket');
  const notes =
    reachable.length > 0 && context.advertisedUrl ? connectUrlNotes(context.advertisedUrl, concatenatesTicket) : [];
  return { gatePassed: context.gatePassed, explanation, reachable, plans, notes };
}

export function tmailStrategyPr(session: JmapSession, masterGate: TmailGateResult): TmailStrategyPrBehaviour {
  const { selection, selectorExplanation } = selector(session);
  const account = session.accounts.find((candidate) => candidate.id === session.primaryAccountId);
  const shared = {
    advertisedUrl: session.webSocket?.url,
    accountHasTicket: account?.capabilityIds.includes(TICKET_CAPABILITY) ?? false,
  };
  const pr4261 = build(
    selection,
    { ...shared, gatePassed: masterGate.passed, ticketMode: 'replace' },
    masterGate.passed
      ? 'injectWebSocket is unchanged from master and its gate passes; the selector then picks the strategy.'
      : `injectWebSocket is unchanged from master and its gate fails, so no strategy ever runs: ${masterGate.explanation}`,
  );
  const gate4512 = pr4512GateFailure(session);
  const pr4512 = build(
    selection,
    { ...shared, gatePassed: gate4512 === undefined, ticketMode: 'concatenate' },
    gate4512 ??
      'The relaxed gate (session-level websocket capability, supportsPush true) passes; the selector then picks the strategy.',
  );
  return { selection, selectorExplanation, pr4261, pr4512 };
}
