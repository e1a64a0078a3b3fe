import type { StrategyId } from '../auth/strategy-id.ts';
import { appendQueryParameter, type QueryAppendMode, tmailWebSocketUri } from './tmail-connect-url.ts';
import { TICKET_PLACEHOLDER } from './tmail-master-behaviour.ts';

/** `AuthorizationInterceptors.authenticationType` in the strategy-pattern PR builds (FACTS §1.2). */
export const TMAIL_AUTH_TYPES = ['oidc', 'basic', 'none'] as const;
export type TmailAuthType = (typeof TMAIL_AUTH_TYPES)[number];

/** The strategies the PR selector can pick. */
export type TmailPrStrategy = Extract<StrategyId, 'ticket' | 'query-access-token' | 'query-authorization' | 'none'>;

/** What one PR build does for one auth type. */
export interface TmailPrPlan {
  readonly strategy: TmailPrStrategy;
  readonly wouldConnect: boolean;
  /** The URL handed to `WebSocketChannel.connect`, with placeholders in angle brackets. */
  readonly connectUrl?: string;
  readonly explanation: string;
}

export interface PlanContext {
  readonly gatePassed: boolean;
  /** The session-level websocket `url` the PR datasource reads, as advertised. */
  readonly advertisedUrl?: string;
  /** How TicketAuthStrategy appends `ticket`: PR #4261 after 41e1e2a42 replaces, the #4512 lineage concatenates. */
  readonly ticketMode: QueryAppendMode;
  readonly accountHasTicket: boolean;
}

const QUERY_CREDENTIAL: Partial<Record<TmailPrStrategy, { readonly name: string; readonly value: string }>> = {
  ticket: { name: 'ticket', value: TICKET_PLACEHOLDER },
  'query-access-token': { name: 'access_token', value: '<access-token>' },
  'query-authorization': { name: 'authorization', value: 'Basic+<base64-credentials>' },
};

const STRATEGY_TEXT: Readonly<Record<TmailPrStrategy, string>> = {
  ticket:
    'TicketAuthStrategy POSTs to generationEndpoint for a one-time ticket (60 s, single use, IP-bound) and adds it as ticket=.',
  'query-access-token':
    'TokenAuthStrategy puts the raw OIDC access token in access_token=: a bearer token exposed in the URL. If the token has expired it sends the bare URL with no auth.',
  'query-authorization':
    'BasicAuthStrategy puts "Basic " + base64(user:password) in authorization=: the password itself in the URL.',
  none: 'NoAuthStrategy sends the bare URL with no credentials; the server answers 401.',
};

const NO_URL = 'The session-level websocket capability has no url to connect to.';

function blockedReason(strategy: TmailPrStrategy, context: PlanContext): string | undefined {
  if (!context.gatePassed) return "Never selected: this build's gate fails first.";
  if (strategy === 'ticket' && !context.accountHasTicket) {
    return "Selected, but getWebSocketTicket requires the ticket capability in the account's accountCapabilities, so the ticket request fails and nothing connects (inference).";
  }
  return undefined;
}

export function tmailPrPlan(strategy: TmailPrStrategy, context: PlanContext): TmailPrPlan {
  const reason = blockedReason(strategy, context);
  if (reason !== undefined || context.advertisedUrl === undefined) {
    return { strategy, wouldConnect: false, explanation: reason ?? NO_URL };
  }
  const base = tmailWebSocketUri(context.advertisedUrl);
  const credential = QUERY_CREDENTIAL[strategy];
  const mode = strategy === 'ticket' ? context.ticketMode : 'replace';
  const connectUrl = credential ? appendQueryParameter(base, credential.name, credential.value, mode) : base;
  return { strategy, wouldConnect: true, connectUrl, explanation: STRATEGY_TEXT[strategy] };
}
