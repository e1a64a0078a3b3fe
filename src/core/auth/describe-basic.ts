import { decodeBasic } from '../secrets/decode-basic.ts';
import { shownName } from './describe-token.ts';

/** Who the Basic credentials (the base64 part) are for, never the password. */
export function describeBasic(credentials: string): string {
  const decoded = decodeBasic(credentials);
  if (!decoded) return 'the Basic value does not decode to user:password';
  const password = decoded.hasPassword ? 'with a password' : 'with no password';
  return `Basic credentials for user ${shownName(decoded.user)} (${password})`;
}
