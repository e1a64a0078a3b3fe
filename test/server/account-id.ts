import { createHash } from 'node:crypto';
import type { Flavor } from './server-types.ts';
import { USERS } from './users.ts';

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

const STALWART_ALPHABET = 'abcdefghijklmnopqrstuvwxyz';

/** Stalwart writes numeric ids in its own base32 (`b` is id 1); James hashes the username; Cyrus uses the userid. */
export function accountIdFor(flavor: Flavor, username: string): string {
  if (flavor === 'cyrus') return username;
  if (flavor === 'stalwart') return STALWART_ALPHABET[USERS.findIndex((u) => u.username === username) + 1] ?? 'z';
  return sha256Hex(username);
}
