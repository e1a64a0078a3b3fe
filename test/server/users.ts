/** Test accounts and bearer tokens. Passwords and tokens are placeholders (SCENARIOS F1–F3), never real secrets. */

export interface TestUser {
  username: string;
  password: string;
}

export const ALICE: TestUser = { username: 'alice@example.com', password: 'S3cret+pw/1' };
export const BOB: TestUser = { username: 'bob@example.com', password: 'b0b-Pa55/word' };
/** A password whose Basic credentials hold `+`, `/` and `==` (the URLSearchParams case of PROXIES.md §2, B_FORM). */
export const CAROL: TestUser = { username: 'carol@example.com', password: 'pw>????' };
export const USERS: readonly TestUser[] = [ALICE, BOB, CAROL];

function base64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

function fakeJwt(payload: Record<string, unknown>): string {
  return `${base64url('{"alg":"RS256","typ":"JWT"}')}.${base64url(JSON.stringify(payload))}.c2lnbmF0dXJl`;
}

const FAR_FUTURE_S = 4102444800;
const LONG_AGO_S = 1600000000;

export const ALICE_JWT = fakeJwt({ iss: 'http://127.0.0.1', sub: ALICE.username, iat: 1767225600, exp: FAR_FUTURE_S });
export const BOB_JWT = fakeJwt({ iss: 'http://127.0.0.1', sub: BOB.username, iat: 1767225600, exp: FAR_FUTURE_S });
export const ALICE_EXPIRED_JWT = fakeJwt({
  iss: 'http://127.0.0.1',
  sub: ALICE.username,
  iat: 1599996400,
  exp: LONG_AGO_S,
});
/** The JWT of SCENARIOS F1/F2 (`sub: alice`, no `exp`). */
export const SCENARIO_JWT = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJl';
/** Stalwart before 2026-06: standard base64 with `+ / =` (SCENARIOS F2). */
export const ALICE_OPAQUE_BASE64 = 'q7Yd+4n/Zp0Lw9xK3mT2aB1cD5eF6gH7iJ8kL9mN0oP=';
/** Stalwart since 2026-06: base64url without padding. */
export const ALICE_OPAQUE_BASE64URL = 'q7Yd-4n_Zp0Lw9xK3mT2aB1cD5eF6gH7iJ8kL9mN0oP';

/** A token with a literal `%` (PROXIES.md §2, T_PCT): a proxy must decode its query form `pct%252Btok` exactly once. */
export const PERCENT_TOKEN = 'pct%2Btok';

export interface BearerToken {
  token: string;
  username: string;
  /** Milliseconds since the epoch; absent means it never expires. */
  expiresAt?: number;
}

export const BEARER_TOKENS: readonly BearerToken[] = [
  { token: ALICE_JWT, username: ALICE.username, expiresAt: FAR_FUTURE_S * 1000 },
  { token: BOB_JWT, username: BOB.username, expiresAt: FAR_FUTURE_S * 1000 },
  { token: ALICE_EXPIRED_JWT, username: ALICE.username, expiresAt: LONG_AGO_S * 1000 },
  { token: SCENARIO_JWT, username: ALICE.username },
  { token: ALICE_OPAQUE_BASE64, username: ALICE.username, expiresAt: FAR_FUTURE_S * 1000 },
  { token: ALICE_OPAQUE_BASE64URL, username: ALICE.username, expiresAt: FAR_FUTURE_S * 1000 },
  { token: PERCENT_TOKEN, username: ALICE.username },
];

export function basicCredentials(user: TestUser): string {
  return Buffer.from(`${user.username}:${user.password}`, 'utf8').toString('base64');
}

export type CredentialCheck = { ok: true; username: string } | { ok: false; reason: 'unknown' | 'expired' };

export function checkBasic(base64: string): CredentialCheck {
  const decoded = Buffer.from(base64, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  const user = USERS.find((u) => u.username === decoded.slice(0, colon) && u.password === decoded.slice(colon + 1));
  return colon > 0 && user ? { ok: true, username: user.username } : { ok: false, reason: 'unknown' };
}

export function checkBearer(token: string, now: number): CredentialCheck {
  const entry = BEARER_TOKENS.find((t) => t.token === token);
  if (!entry) return { ok: false, reason: 'unknown' };
  if (entry.expiresAt !== undefined && entry.expiresAt <= now) return { ok: false, reason: 'expired' };
  return { ok: true, username: entry.username };
}
