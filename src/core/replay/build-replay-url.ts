import {
  ACCESS_TOKEN_PARAM,
  AUTHORIZATION_PARAM,
  strategyOfParam,
  TICKET_PARAM,
} from '../auth/url-credential-params.ts';
import { decodeQueryValue } from '../url/decode-query-value.ts';
import { rawQuery } from '../url/query-params.ts';
import { encodeQueryValue, rawValueProblem } from './encode-query-value.ts';
import type { EndpointProfile, QueryParamPair, ReplayEncoding } from './endpoint-profile.ts';
import { authorizationValue, credentialProblem, type ReplayCredential } from './replay-credential.ts';

export interface ReplayUrlInput {
  readonly profile: Pick<EndpointProfile, 'url' | 'transport' | 'encoding' | 'extraParams'>;
  readonly credential?: ReplayCredential;
  /** A freshly minted ticket, for the `ticket` transport. */
  readonly ticket?: string;
}

export type ReplayUrl =
  | {
      readonly ok: true;
      readonly url: string;
      /** For the `header` transport: the Authorization value the extension must set on the handshake. */
      readonly authorization?: string;
    }
  | { readonly ok: false; readonly error: string };

const isCredential = (pair: string) =>
  strategyOfParam(decodeQueryValue(pair.split('=', 1)[0] ?? '').value) !== undefined;

/**
 * The URL's own query pairs as written, without credential parameters (a captured `?access_token=` is dropped), also
 * one hidden behind a second `?` (TMail master's `?ticket=` concatenation); other `?` in values stay.
 */
function keptPairs(url: string): string[] {
  return rawQuery(url)
    .split('&')
    .map((pair) =>
      pair
        .split('?')
        .filter((part) => !isCredential(part))
        .join('?'),
    )
    .filter((pair) => pair !== '');
}

function credentialParam(input: ReplayUrlInput): QueryParamPair | string | undefined {
  const { profile, credential, ticket } = input;
  if (profile.transport === 'none') return undefined;
  if (profile.transport === 'ticket') {
    return ticket === undefined || ticket === ''
      ? 'the ticket transport needs a freshly minted ticket'
      : { name: TICKET_PARAM, value: ticket };
  }
  if (credential === undefined) return `the ${profile.transport} transport needs a credential`;
  const problem = credentialProblem(credential);
  if (problem !== undefined) return problem;
  if (profile.transport === 'header') return undefined;
  if (profile.transport === 'query-authorization')
    return { name: AUTHORIZATION_PARAM, value: authorizationValue(credential) };
  if (credential.scheme !== 'Bearer')
    return 'access_token carries a bare Bearer token: use query-authorization for Basic';
  return { name: ACCESS_TOKEN_PARAM, value: credential.value };
}

/** Each pair written with the encoding; a text naming the first pair that raw encoding cannot carry. */
function encodePairs(pairs: readonly QueryParamPair[], encoding: ReplayEncoding): string[] | string {
  const written: string[] = [];
  for (const { name, value } of pairs) {
    const problem = encoding === 'raw' ? (rawValueProblem(name) ?? rawValueProblem(value)) : undefined;
    if (problem !== undefined) return `query parameter "${name}" ${problem}`;
    written.push(`${encodeQueryValue(name, encoding)}=${encodeQueryValue(value, encoding)}`);
  }
  return written;
}

function withPairs(url: string, pairs: readonly string[]): string {
  const base = url.split(/[?#]/, 1)[0] ?? url;
  return pairs.length === 0 ? base : `${base}?${pairs.join('&')}`;
}

/** The URL without credential parameters (ticket, authorization, access_token and aliases) and without fragment. */
export function stripCredentialParams(url: string): string {
  return withPairs(url, keptPairs(url));
}

/**
 * The URL a replay opens: the profile URL's own query minus any credential parameter, then the extra parameters, then
 * the credential parameter of the transport, all written with the profile's encoding. The fragment is dropped.
 */
export function buildReplayUrl(input: ReplayUrlInput): ReplayUrl {
  const credential = credentialParam(input);
  if (typeof credential === 'string') return { ok: false, error: credential };
  const added = [...input.profile.extraParams, ...(credential === undefined ? [] : [credential])];
  const encoded = encodePairs(added, input.profile.encoding);
  if (typeof encoded === 'string') return { ok: false, error: encoded };
  const url = withPairs(input.profile.url, [...keptPairs(input.profile.url), ...encoded]);
  const { transport } = input.profile;
  if (transport !== 'header' || input.credential === undefined) return { ok: true, url };
  return { ok: true, url, authorization: authorizationValue(input.credential) };
}
