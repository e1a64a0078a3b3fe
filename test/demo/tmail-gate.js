// @ts-check
/** TMail's decisions before any socket: the query options, the push gate and the auth strategy (FACTS §1.1–§1.2). */

export const WEBSOCKET = 'urn:ietf:params:jmap:websocket';
export const TICKET = 'com:linagora:params:jmap:ws:ticket';
const CORE = 'urn:ietf:params:jmap:core';

/**
 * @typedef {'upstream' | 'access_token' | 'basic' | 'none'} DemoMode
 * @typedef {{ mode: DemoMode, echo: boolean, labels: boolean, user: string, password: string, token: string,
 *   ws: string | undefined, server: string }} DemoParams
 * @typedef {'ticket' | 'access_token' | 'basic' | 'none'} Strategy
 * @typedef {{ ok: true, wsUrl: string, strategy: Strategy, ticketEndpoint: string | undefined }
 *   | { ok: false, reason: string }} PushDecision
 */

/**
 * @param {string} search `location.search`
 * @param {string} origin the page origin, the default JMAP server
 * @returns {DemoParams}
 */
export function readParams(search, origin) {
  const query = new URLSearchParams(search);
  const mode = query.get('mode');
  return {
    mode: mode === 'access_token' || mode === 'basic' || mode === 'none' ? mode : 'upstream',
    echo: query.get('echo') === '1',
    labels: query.get('labels') === '1',
    user: query.get('user') ?? 'alice@example.com',
    password: query.get('password') ?? 'S3cret+pw/1',
    token: query.get('token') ?? '',
    ws: query.get('ws') ?? undefined,
    server: query.get('server') ?? origin,
  };
}

/**
 * @param {unknown} value
 * @returns {Record<string, any>}
 */
function record(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
}

/**
 * `getCapabilityProperties`: the account's capability, or the session-level one when that is missing or empty.
 * @param {Record<string, any>} session
 * @param {Record<string, any>} account
 * @param {string} capability
 */
function capabilityProperties(session, account, capability) {
  const own = record(record(account.accountCapabilities)[capability]);
  return Object.keys(own).length > 0 ? own : record(record(session.capabilities)[capability]);
}

/**
 * @param {Record<string, any>} session
 * @returns {Record<string, any>}
 */
function primaryAccount(session) {
  const accounts = record(session.accounts);
  const id = record(session.primaryAccounts)[CORE] ?? Object.keys(accounts)[0];
  return record(accounts[id]);
}

/**
 * Upstream master `injectWebSocket`: both capabilities in the ACCOUNT capabilities and `supportsPush === true`.
 * @param {Record<string, any>} session
 * @returns {PushDecision}
 */
function upstreamGate(session) {
  const account = primaryAccount(session);
  const capabilities = record(account.accountCapabilities);
  const missing = [WEBSOCKET, TICKET].filter((capability) => !(capability in capabilities));
  if (missing.length > 0) return { ok: false, reason: `SessionMissingCapability ${missing.join(', ')}` };
  const websocket = capabilityProperties(session, account, WEBSOCKET);
  if (websocket.supportsPush !== true) return { ok: false, reason: 'WebSocketPushNotSupportedException' };
  const endpoint = capabilityProperties(session, account, TICKET).generationEndpoint;
  return { ok: true, wsUrl: String(websocket.url), strategy: 'ticket', ticketEndpoint: endpoint };
}

/**
 * PR #4512 lineage: session-level websocket capability with `supportsPush === true`, then the selector picks the
 * ticket strategy when the SESSION has the ticket capability, otherwise the strategy of the auth type.
 * @param {Record<string, any>} session
 * @param {DemoMode} mode
 * @returns {PushDecision}
 */
function strategyGate(session, mode) {
  const capabilities = record(session.capabilities);
  const websocket = record(capabilities[WEBSOCKET]);
  if (!(WEBSOCKET in capabilities)) return { ok: false, reason: `SessionMissingCapability ${WEBSOCKET}` };
  if (websocket.supportsPush !== true) return { ok: false, reason: 'WebSocketPushNotSupportedException' };
  const wsUrl = String(websocket.url);
  if (TICKET in capabilities) {
    return { ok: true, wsUrl, strategy: 'ticket', ticketEndpoint: record(capabilities[TICKET]).generationEndpoint };
  }
  return { ok: true, wsUrl, strategy: mode === 'upstream' ? 'none' : mode, ticketEndpoint: undefined };
}

/**
 * @param {unknown} session
 * @param {DemoMode} mode
 * @returns {PushDecision}
 */
export function decidePush(session, mode) {
  return mode === 'upstream' ? upstreamGate(record(session)) : strategyGate(record(session), mode);
}
