// @ts-check
/** How TMail turns the gate's decision into the URL it connects to (FACTS §1.1 master, §1.2 strategy PRs). */
import { basicCredentials, ensureWebSocketUri, normalizeEndpoint, replaceQueryParameters } from './dart-uri.js';

const JMAP_ACCEPT = 'application/json;jmapVersion=rfc-8621';

/**
 * @typedef {import('./tmail-gate.js').DemoParams} DemoParams
 * @typedef {import('./tmail-gate.js').PushDecision & { ok: true }} OpenDecision
 * @typedef {{ params: DemoParams, fetch: typeof fetch, log: (kind: string, text: string) => void, now: number }} UrlDeps
 */

export { JMAP_ACCEPT };

/**
 * Bearer for an OIDC login (a token was given), Basic otherwise; `mode` forces the auth type of the strategy build.
 * @param {DemoParams} params
 * @returns {string}
 */
export function authorizationFor(params) {
  const bearer = params.mode === 'access_token' || (params.mode !== 'basic' && params.token !== '');
  return bearer ? `Bearer ${params.token}` : `Basic ${basicCredentials(params.user, params.password)}`;
}

/**
 * TMail's PR redaction keys; the page log never shows a credential.
 * @param {string} url
 */
export function redactUrl(url) {
  return url.replace(/([?&](?:ticket|access_token|authorization)=)[^&#]*/gi, '$1[REDACTED]');
}

/**
 * `currentToken` is null once the access token has expired, so TokenAuthStrategy falls back to the bare URL.
 * @param {string} token
 * @param {number} now
 */
export function usableToken(token, now) {
  try {
    const payload = JSON.parse(atob((token.split('.')[1] ?? '').replaceAll('-', '+').replaceAll('_', '/')));
    return typeof payload.exp === 'number' && payload.exp * 1000 <= now ? '' : token;
  } catch {
    return token;
  }
}

/**
 * `WebSocketApi.getWebSocketTicket`: POST to the normalised generationEndpoint with no body.
 * @param {UrlDeps} deps
 * @param {string | undefined} endpoint
 */
async function mintTicket(deps, endpoint) {
  if (!endpoint) throw new Error('WebSocketTicketUnavailableException');
  const url = normalizeEndpoint(endpoint);
  const headers = {
    Authorization: authorizationFor(deps.params),
    Accept: JMAP_ACCEPT,
    'Content-Type': 'application/json',
  };
  const response = await deps.fetch(url, { method: 'POST', headers });
  deps.log('mint', `POST ${url} → ${response.status}`);
  const body = response.ok ? await response.json() : {};
  if (typeof body?.value !== 'string') throw new Error('WebSocketTicketUnavailableException');
  return body.value;
}

/**
 * The ticket is concatenated (master and PR #4512); the PR strategies use Dart's `replace(queryParameters:)`.
 * @param {UrlDeps} deps
 * @param {OpenDecision} decision
 * @returns {Promise<string>}
 */
export async function connectionUrl(deps, decision) {
  const { params } = deps;
  const base = ensureWebSocketUri(params.ws ?? decision.wsUrl);
  if (decision.strategy === 'ticket') return `${base}?ticket=${await mintTicket(deps, decision.ticketEndpoint)}`;
  if (decision.strategy === 'basic') {
    return replaceQueryParameters(base, { authorization: `Basic ${basicCredentials(params.user, params.password)}` });
  }
  if (decision.strategy === 'none') return base;
  const token = usableToken(params.token, deps.now);
  if (token !== '') return replaceQueryParameters(base, { access_token: token });
  deps.log('warn', 'no valid access token: connecting without credentials');
  return base;
}
