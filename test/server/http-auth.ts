import type { IncomingMessage } from 'node:http';
import type { Reply } from './reply.ts';
import { type CredentialCheck, checkBasic, checkBearer } from './users.ts';

export interface AuthorizationParts {
  scheme: string;
  credentials: string;
}

export type AuthDecision = { ok: true; username: string } | { ok: false; reply: Reply };

export function authorizationHeader(request: IncomingMessage): string | undefined {
  return request.headers.authorization;
}

/** Splits at the first space, as Stalwart does; a value without a space (e.g. `Basic+…%3D`) has no scheme. */
export function splitAuthorization(value: string | undefined): AuthorizationParts | undefined {
  if (value === undefined) return undefined;
  const space = value.indexOf(' ');
  if (space < 0) return undefined;
  return { scheme: value.slice(0, space), credentials: value.slice(space + 1).trim() };
}

/** Checks Basic or Bearer credentials (scheme compared case-insensitively); undefined for any other scheme. */
export function checkCredentials(parts: AuthorizationParts, now: number): CredentialCheck | undefined {
  const scheme = parts.scheme.toLowerCase();
  if (scheme === 'basic') return checkBasic(parts.credentials);
  if (scheme === 'bearer') return checkBearer(parts.credentials, now);
  return undefined;
}

export function queryParameter(request: IncomingMessage, name: string): string | null {
  return new URL(request.url ?? '/', 'http://localhost').searchParams.get(name);
}

export function requestPath(request: IncomingMessage): string {
  return new URL(request.url ?? '/', 'http://localhost').pathname;
}

export function remoteAddress(request: IncomingMessage): string {
  return (request.socket.remoteAddress ?? '').replace(/^::ffff:/, '');
}
