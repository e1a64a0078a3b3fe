import { describeBasic } from '../auth/describe-basic.ts';
import { describeToken, isUuid } from '../auth/describe-token.ts';
import { splitScheme } from '../auth/split-scheme.ts';
import { TICKET_PARAM } from '../auth/url-credential-params.ts';
import { isRedacted } from '../redact/fingerprint.ts';
import { credentialFieldKind } from './credential-name.ts';
import { decodeBasic } from './decode-basic.ts';
import { decodeJwt } from './decode-jwt.ts';
import type { DetectedSecret } from './exposure.ts';

export type CredentialReading = Omit<DetectedSecret, 'secret'>;

const BARE_BASE64 = /^[A-Za-z0-9+/_-]{8,}={0,2}$/;
/** A decoded user name that is really JSON or prose, as base64 of `{"a":"b"}` decodes to. */
const NOT_A_USER = /[\s{}[\]"'<>]/;

function basic(credentials: string): CredentialReading {
  return { credential: credentials, shape: 'basic', what: describeBasic(credentials) };
}

function jwt(token: string): CredentialReading | undefined {
  return decodeJwt(token) ? { credential: token, shape: 'jwt', what: describeToken(token) } : undefined;
}

/** Base64 of `user:password` with no `Basic ` in front: only with a plausible user and a password. */
function isBareBasic(value: string): boolean {
  if (!BARE_BASE64.test(value) || isUuid(value)) return false;
  const identity = decodeBasic(value);
  return identity?.hasPassword === true && identity.user !== '' && !NOT_A_USER.test(identity.user);
}

/** A value whose shape alone makes it a credential, whatever it is called: `Basic …`, `Bearer …`, a JWT, bare Basic. */
export function readCredentialShape(value: string): CredentialReading | undefined {
  if (isRedacted(value)) return undefined;
  const split = splitScheme(value, false);
  if (split.scheme === 'Basic' && split.rest !== '') return basic(split.rest);
  if (split.scheme === 'Bearer' && split.rest !== '') {
    return (
      jwt(split.rest) ?? {
        credential: split.rest,
        shape: 'bearer',
        what: `Bearer token (${describeToken(split.rest)})`,
      }
    );
  }
  return jwt(value) ?? (isBareBasic(value) ? basic(value) : undefined);
}

/** A named value (query parameter, JSON field): its shape first, then what its name says. Values are decoded. */
export function readNamedCredential(name: string, value: string): CredentialReading | undefined {
  if (isRedacted(value)) return undefined;
  const byShape = readCredentialShape(value);
  if (byShape) return byShape;
  const kind = credentialFieldKind(name, value);
  if (kind === 'password') return { credential: value, shape: 'password', what: 'a password' };
  if (kind === undefined) return undefined;
  if (name.toLowerCase() === TICKET_PARAM && isUuid(value)) {
    return { credential: value, shape: 'ticket', what: 'single-use ticket, UUID' };
  }
  return { credential: value, shape: 'opaque', what: describeToken(value) };
}
