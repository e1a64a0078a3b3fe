import { type DecodedJwt, decodeJwt, jwtLifetimeSeconds, jwtSecondsLeft } from './decode-jwt.ts';
import type { Exposure } from './exposure.ts';
import type { Finding } from './finding.ts';
import { formatDuration } from './format-duration.ts';

const DAY_SECONDS = 86_400;
const STALE_URL = " TMail's TokenAuthStrategy only sends unexpired tokens, so this URL was built earlier or replayed.";
const SHORT_LIVED_FIX =
  'Issue short-lived access tokens (minutes, at most about an hour like Stalwart’s default) and refresh them; revoke this one if it leaked.';

function isoTime(epochSeconds: number): string {
  const date = new Date(epochSeconds * 1000);
  return Number.isNaN(date.getTime()) ? String(epochSeconds) : date.toISOString();
}

function expiredFinding(jwt: DecodedJwt, exposure: Exposure, now: number): Finding | undefined {
  const left = jwtSecondsLeft(jwt, now);
  if (left === undefined || left >= 0) return undefined;
  return {
    kind: 'jwt-expired',
    severity: 'medium',
    location: exposure.location,
    explanation: `The token had expired ${formatDuration(left)} earlier (exp ${isoTime(jwt.exp ?? 0)}, checked at ${isoTime(now / 1000)}). Servers check credentials at the handshake, so a new connection gets 401; a WebSocket opened before expiry stays open on Stalwart.${exposure.place === 'query' ? STALE_URL : ''}`,
    fix: 'Refresh the access token before every (re)connection and build the URL from the fresh token; never reuse a stored URL.',
    secret: exposure.secret,
  };
}

/** No `exp`, or `exp − iat` over a day: medium. No `iat` but still valid for over a day from `now`: low. */
function lifetimeProblem(jwt: DecodedJwt, now: number): Pick<Finding, 'severity' | 'explanation'> | undefined {
  if (jwt.exp === undefined) {
    return {
      severity: 'medium',
      explanation:
        'The token has no exp claim: it never expires, so a leaked copy works until the signing key rotates or it is revoked.',
    };
  }
  const lifetime = jwtLifetimeSeconds(jwt);
  if (lifetime !== undefined) {
    return lifetime > DAY_SECONDS
      ? {
          severity: 'medium',
          explanation: `The token is valid for ${formatDuration(lifetime)} (exp − iat): a leaked copy stays usable that long.`,
        }
      : undefined;
  }
  const left = jwtSecondsLeft(jwt, now) ?? 0;
  return left > DAY_SECONDS
    ? {
        severity: 'low',
        explanation: `The token has no iat claim and stays valid for another ${formatDuration(left)}.`,
      }
    : undefined;
}

/** Expiry and lifetime of every distinct JWT exposed (or sent in the header), judged at `now` (epoch ms). */
export function jwtFindings(exposures: readonly Exposure[], now: number): Finding[] {
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const exposure of exposures) {
    const jwt = exposure.shape === 'jwt' ? decodeJwt(exposure.credential) : undefined;
    if (!jwt || seen.has(exposure.credential)) continue;
    seen.add(exposure.credential);
    const expired = expiredFinding(jwt, exposure, now);
    const problem = lifetimeProblem(jwt, now);
    if (expired) findings.push(expired);
    if (problem) {
      findings.push({
        kind: 'jwt-long-lived',
        ...problem,
        location: exposure.location,
        fix: SHORT_LIVED_FIX,
        secret: exposure.secret,
      });
    }
  }
  return findings;
}
