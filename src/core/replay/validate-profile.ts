import { findSubprotocolCredentials } from '../auth/read-subprotocol-credential.ts';
import { strategyOfParam } from '../auth/url-credential-params.ts';
import { isJsonObject } from '../jmap/read-json-fields.ts';
import { queryParams } from '../url/query-params.ts';
import {
  DEFAULT_ENCODING,
  DEFAULT_SUBPROTOCOLS,
  type EndpointProfile,
  type QueryParamPair,
  REPLAY_ENCODINGS,
  REPLAY_TRANSPORTS,
  type ReplayEncoding,
  type ReplayTransport,
} from './endpoint-profile.ts';

export type ProfileValidation =
  | { readonly ok: true; readonly profile: EndpointProfile }
  | { readonly ok: false; readonly errors: readonly string[] };

const MAX_NAME = 80;
const MAX_URL = 2048;
const MAX_EXTRA_PARAMS = 20;
const CONTROL = /\p{Cc}/u;
/** RFC 6455 §4.1: a subprotocol is an RFC 7230 token. */
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** Why this query parameter name may not sit in a profile, or undefined when it may. */
export function credentialParamProblem(name: string): string | undefined {
  if (strategyOfParam(name) === undefined) return undefined;
  return `"${name}" is a credential parameter: a profile never holds a credential (choose the transport instead)`;
}

function checkName(raw: unknown, errors: string[]): string {
  const name = typeof raw === 'string' ? raw.trim() : '';
  if (name === '') errors.push('name: required');
  else if (name.length > MAX_NAME) errors.push(`name: at most ${MAX_NAME} characters`);
  else if (CONTROL.test(name)) errors.push('name: no control characters');
  return name;
}

function urlProblem(url: string): string | undefined {
  if (url.length > MAX_URL) return `at most ${MAX_URL} characters`;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'not an absolute URL';
  }
  if (parsed.protocol !== 'ws:' && parsed.protocol !== 'wss:') return 'must start with ws:// or wss://';
  if (parsed.username !== '' || parsed.password !== '') return 'no user name or password in the URL';
  if (url.includes('#')) return 'no fragment (#…): WebSocket URLs cannot carry one';
  const credential = queryParams(url).find((param) => credentialParamProblem(param.name) !== undefined);
  return credential === undefined ? undefined : credentialParamProblem(credential.name);
}

function checkUrl(raw: unknown, errors: string[]): string {
  const url = typeof raw === 'string' ? raw.trim() : '';
  const problem = url === '' ? 'required' : urlProblem(url);
  if (problem !== undefined) errors.push(`url: ${problem}`);
  return url;
}

function checkChoice<T extends string>(
  field: string,
  raw: unknown,
  choices: readonly T[],
  fallback: T | undefined,
  errors: string[],
): T {
  if (raw === undefined && fallback !== undefined) return fallback;
  const found = choices.find((choice) => choice === raw);
  if (found === undefined) errors.push(`${field}: one of ${choices.join(', ')}`);
  return found ?? (choices[0] as T);
}

function checkParam(raw: unknown, index: number, errors: string[]): QueryParamPair[] {
  const at = `extraParams[${index}]`;
  if (!isJsonObject(raw) || typeof raw.name !== 'string' || typeof raw.value !== 'string') {
    errors.push(`${at}: needs a text name and value`);
    return [];
  }
  const { name, value } = raw;
  const problem =
    name === ''
      ? 'empty name'
      : CONTROL.test(name) || CONTROL.test(value)
        ? 'no control characters (CR, LF, NUL…)'
        : credentialParamProblem(name);
  if (problem !== undefined) errors.push(`${at}: ${problem}`);
  return [{ name, value }];
}

function checkParams(raw: unknown, errors: string[]): QueryParamPair[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    errors.push('extraParams: a list of {name, value}');
    return [];
  }
  if (raw.length > MAX_EXTRA_PARAMS) errors.push(`extraParams: at most ${MAX_EXTRA_PARAMS}`);
  return raw.flatMap((param, index) => checkParam(param, index, errors));
}

function checkSubprotocols(raw: unknown, errors: string[]): string[] {
  if (raw === undefined) return [...DEFAULT_SUBPROTOCOLS];
  const list = Array.isArray(raw) ? raw : [];
  const valid = list.every((entry): entry is string => typeof entry === 'string' && TOKEN.test(entry));
  if (!Array.isArray(raw) || !valid) {
    errors.push("subprotocols: a list of tokens (letters, digits, !#$%&'*+.^_`|~-)");
    return [];
  }
  if (new Set(raw).size !== raw.length) errors.push('subprotocols: each at most once');
  if (findSubprotocolCredentials(raw).length > 0) errors.push('subprotocols: one of them carries a credential');
  return [...raw];
}

/** Checks and normalises a profile from storage, an import or a form; fills the defaults. Never throws. */
export function validateProfile(input: unknown): ProfileValidation {
  if (!isJsonObject(input)) return { ok: false, errors: ['profile: expected an object'] };
  const errors: string[] = [];
  const profile: EndpointProfile = {
    name: checkName(input.name, errors),
    url: checkUrl(input.url, errors),
    transport: checkChoice<ReplayTransport>('transport', input.transport, REPLAY_TRANSPORTS, undefined, errors),
    encoding: checkChoice<ReplayEncoding>('encoding', input.encoding, REPLAY_ENCODINGS, DEFAULT_ENCODING, errors),
    extraParams: checkParams(input.extraParams, errors),
    subprotocols: checkSubprotocols(input.subprotocols, errors),
  };
  return errors.length === 0 ? { ok: true, profile } : { ok: false, errors };
}
