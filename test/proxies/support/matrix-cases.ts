import {
  ALICE,
  ALICE_JWT,
  ALICE_OPAQUE_BASE64,
  basicCredentials,
  CAROL,
  PERCENT_TOKEN,
  SCENARIO_JWT,
} from '../../server/users.ts';
import type { RealProxy } from './start-proxy.ts';

const ALICE_BASIC = basicCredentials(ALICE);
const CAROL_BASIC = basicCredentials(CAROL);
const INJECTION = 'crlf-secret%0D%0AX-Injected:%20yes';
const NUL = 'nul-secret%00tail';

/** Every credential the matrix sends: none of their wire forms may appear in any file or output of a proxy. */
export const MATRIX_SECRETS: readonly string[] = [
  ALICE_JWT,
  SCENARIO_JWT,
  ALICE_OPAQUE_BASE64,
  PERCENT_TOKEN,
  ALICE_BASIC,
  CAROL_BASIC,
  'bad-token',
  'stale-token',
  'crlf-secret',
  'nul-secret',
];

/** One request of PROXIES.md §2, sent byte for byte, and what the upstream and the client must see. */
export interface StatusCase {
  readonly name: string;
  /** `?…` exactly as on the wire, or ''. */
  readonly query: string;
  /** Extra request header lines (the client's own Authorization). */
  readonly headers?: readonly string[];
  /** false: a plain GET with no Upgrade (case GET). */
  readonly upgrade?: boolean;
  /** false: no Sec-WebSocket-Protocol offered (case NO_PROTO). */
  readonly subprotocol?: boolean;
  readonly status: number | Readonly<Record<RealProxy, number>>;
  /** The exact list of Authorization values the upstream must receive; undefined: not judged (info cases). */
  readonly authorization?: readonly string[];
  /** A control character in the credential (CR/LF header injection, NUL): the upstream sees none, nor X-Injected. */
  readonly injection?: boolean;
}

export const STATUS_CASES: readonly StatusCase[] = [
  { name: 'T_JWT', query: `?access_token=${SCENARIO_JWT}`, status: 101, authorization: [`Bearer ${SCENARIO_JWT}`] },
  {
    name: 'T_ENC: ab+cd/ef== percent-encoded',
    query: `?access_token=${encodeURIComponent(ALICE_OPAQUE_BASE64)}`,
    status: 101,
    authorization: [`Bearer ${ALICE_OPAQUE_BASE64}`],
  },
  // Info in PROXIES.md: under form decoding a raw `+` is a space, so every corrected config ends with a 401.
  { name: 'T_RAW: the same token with a raw +', query: `?access_token=${ALICE_OPAQUE_BASE64}`, status: 401 },
  {
    name: 'T_PCT: a literal % decoded exactly once',
    query: `?access_token=${encodeURIComponent(PERCENT_TOKEN)}`,
    status: 101,
    authorization: [`Bearer ${PERCENT_TOKEN}`],
  },
  {
    name: 'B_ENC: Basic, percent-encoded',
    query: `?authorization=${encodeURIComponent(`Basic ${ALICE_BASIC}`)}`,
    status: 101,
    authorization: [`Basic ${ALICE_BASIC}`],
  },
  {
    name: 'B_FORM: Basic, URLSearchParams form (+ / ==)',
    query: `?${new URLSearchParams({ authorization: `Basic ${CAROL_BASIC}` })}`,
    status: 101,
    authorization: [`Basic ${CAROL_BASIC}`],
  },
  { name: 'NONE', query: '', status: 401, authorization: [] },
  { name: 'EMPTY: access_token= sends no header', query: '?access_token=', status: 401, authorization: [] },
  {
    name: 'BOTH: authorization wins over access_token',
    query: `?access_token=bad-token&authorization=${encodeURIComponent(`Basic ${ALICE_BASIC}`)}`,
    status: 101,
    authorization: [`Basic ${ALICE_BASIC}`],
  },
  {
    name: 'HDR+TOKEN: the query replaces the client header',
    query: `?access_token=${ALICE_JWT}`,
    headers: ['Authorization: Bearer stale-token'],
    status: 101,
    authorization: [`Bearer ${ALICE_JWT}`],
  },
  {
    name: 'HDR_ONLY: the client header passes',
    query: '',
    headers: [`Authorization: Bearer ${ALICE_JWT}`],
    status: 101,
    authorization: [`Bearer ${ALICE_JWT}`],
  },
  {
    name: 'NO_PROTO: no subprotocol is added',
    query: `?access_token=${ALICE_JWT}`,
    subprotocol: false,
    status: 101,
    authorization: [`Bearer ${ALICE_JWT}`],
  },
  {
    name: 'CRLF_T: CR/LF in access_token is refused',
    query: `?access_token=${INJECTION}`,
    status: { nginx: 401, caddy: 502, haproxy: 400 },
    injection: true,
  },
  {
    name: 'CRLF_A: CR/LF in authorization is refused',
    query: `?authorization=Basic%20${INJECTION}`,
    status: { nginx: 401, caddy: 502, haproxy: 400 },
    injection: true,
  },
  {
    name: 'NUL_T: NUL in access_token is refused',
    query: `?access_token=${NUL}`,
    status: { nginx: 401, caddy: 502, haproxy: 400 },
    injection: true,
  },
  {
    name: 'NUL_A: NUL in authorization is refused',
    query: `?authorization=Bearer%20${NUL}`,
    status: { nginx: 401, caddy: 502, haproxy: 400 },
    injection: true,
  },
  {
    name: 'GET: a plain GET is translated, without Upgrade',
    query: `?access_token=${ALICE_JWT}`,
    upgrade: false,
    status: 400,
    authorization: [`Bearer ${ALICE_JWT}`],
  },
];

export function expectedStatus(entry: StatusCase, kind: RealProxy): number {
  return typeof entry.status === 'number' ? entry.status : entry.status[kind];
}

/** UP_DOWN: what each proxy answers when its upstream is gone. */
export const UPSTREAM_DOWN_STATUS: Readonly<Record<RealProxy, number>> = { nginx: 502, caddy: 502, haproxy: 503 };
