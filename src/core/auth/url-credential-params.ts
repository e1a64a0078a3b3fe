import type { StrategyId } from './strategy-id.ts';

/** `ticket`: the only name tmail-backend's TicketAuthenticationStrategy reads (FACTS §2). */
export const TICKET_PARAM = 'ticket';
/** `authorization`: a whole Authorization header value (`Basic …`, `Bearer …`), as TMail's BasicAuthStrategy sends it. */
export const AUTHORIZATION_PARAM = 'authorization';
/** The name RFC 6750 §2.3 and TMail's TokenAuthStrategy use for a bare bearer token. */
export const ACCESS_TOKEN_PARAM = 'access_token';

/**
 * `query-access-token` means "a bare bearer token in the query", whatever the parameter is called: `access_token` and
 * names clients use for the same thing. Left out on purpose: `key`, `api_key`, `sid`, `session`, `code`, which are not
 * bearer tokens an origin would take as `Authorization: Bearer` (the secrets scanner flags them by name instead).
 */
export const BEARER_TOKEN_PARAMS: readonly string[] = [
  ACCESS_TOKEN_PARAM,
  'accesstoken',
  'token',
  'auth_token',
  'bearer',
  'jwt',
  'id_token',
];

/** The strategy a query parameter stands for, by its name (case-insensitive, as nginx `$arg_` matches). */
export function strategyOfParam(name: string): StrategyId | undefined {
  const lower = name.toLowerCase();
  if (lower === TICKET_PARAM) return 'ticket';
  if (lower === AUTHORIZATION_PARAM) return 'query-authorization';
  return BEARER_TOKEN_PARAMS.includes(lower) ? 'query-access-token' : undefined;
}
