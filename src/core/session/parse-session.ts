import { isJsonObject, jsonKind } from '../jmap/read-json-fields.ts';
import type { JmapAccount, JmapSession } from './jmap-session.ts';
import { CORE_CAPABILITY, MAIL_CAPABILITY } from './jmap-session.ts';
import { parseCapabilities } from './parse-capabilities.ts';

export type ParsedSession =
  | { readonly ok: true; readonly session: JmapSession }
  | { readonly ok: false; readonly error: string };

function decodeText(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) };
  } catch {
    return undefined;
  }
}

function optionalString<K extends string>(key: K, value: unknown): { [P in K]?: string } {
  return (typeof value === 'string' ? { [key]: value } : {}) as { [P in K]?: string };
}

function parseAccounts(raw: unknown, sessionUrl: string | undefined): JmapAccount[] {
  if (!isJsonObject(raw)) return [];
  return Object.entries(raw).flatMap(([id, account]) => {
    if (!isJsonObject(account)) return [];
    return [
      { id, ...optionalString('name', account.name), ...parseCapabilities(account.accountCapabilities, sessionUrl) },
    ];
  });
}

function parsePrimaryAccounts(raw: unknown): Record<string, string> {
  if (!isJsonObject(raw)) return {};
  return Object.fromEntries(
    Object.entries(raw).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

function buildSession(json: Readonly<Record<string, unknown>>, sessionUrl: string | undefined): JmapSession {
  const primaryAccounts = parsePrimaryAccounts(json.primaryAccounts);
  const primaryAccountId = primaryAccounts[MAIL_CAPABILITY] ?? primaryAccounts[CORE_CAPABILITY];
  return {
    ...optionalString('sessionUrl', sessionUrl),
    ...parseCapabilities(json.capabilities, sessionUrl),
    accounts: parseAccounts(json.accounts, sessionUrl),
    primaryAccounts,
    ...optionalString('primaryAccountId', primaryAccountId),
    ...optionalString('username', json.username),
    ...optionalString('apiUrl', json.apiUrl),
    ...optionalString('eventSourceUrl', json.eventSourceUrl),
    ...optionalString('state', json.state),
  };
}

/**
 * Reads a JMAP session object (RFC 8620 §2), or its JSON text, keeping what matters for push. `sessionUrl` is where
 * it was fetched from; relative and host-less capability URLs resolve against it. Never throws.
 */
export function parseSession(json: unknown, sessionUrl?: string): ParsedSession {
  const decoded = typeof json === 'string' ? decodeText(json) : { value: json };
  if (!decoded) return { ok: false, error: 'not a JMAP session: the text is not valid JSON' };
  const { value } = decoded;
  if (!isJsonObject(value))
    return { ok: false, error: `not a JMAP session: expected a JSON object, got ${jsonKind(value)}` };
  if (!isJsonObject(value.capabilities)) return { ok: false, error: 'not a JMAP session: no capabilities object' };
  return { ok: true, session: buildSession(value, typeof sessionUrl === 'string' ? sessionUrl : undefined) };
}
