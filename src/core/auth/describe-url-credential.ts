import type { UrlCredential } from './auth-classification.ts';
import { describeBasic } from './describe-basic.ts';
import { describeQueryEncoding } from './describe-query-encoding.ts';
import { describeToken, isUuid } from './describe-token.ts';
import { type SchemeSplit, shownScheme } from './split-scheme.ts';
import type { StrategyId } from './strategy-id.ts';
import { ACCESS_TOKEN_PARAM, TICKET_PARAM } from './url-credential-params.ts';

const DECODE_NOTE =
  'a proxy must URL-decode it before building the Authorization header (nginx $arg_ and HAProxy urlp() hand it over still encoded)';

function describeTicket(credential: UrlCredential): string[] {
  const shape = isUuid(credential.value)
    ? 'UUID, the tmail-backend format'
    : `${describeToken(credential.value)}, not a UUID: tmail-backend answers 401 "Invalid ticket passed as a query parameter"`;
  const lines = [`query parameter "${credential.param}" holds a ticket (${shape})`];
  if (credential.param !== TICKET_PARAM) {
    lines.push(
      `tmail-backend looks the name up exactly ("${TICKET_PARAM}", Netty's QueryStringDecoder), so "${credential.param}" is not read`,
    );
  }
  return lines;
}

function describeAccessToken(credential: UrlCredential, split: SchemeSplit): string[] {
  const lines = [`query parameter "${credential.param}" holds a bearer token (${describeToken(split.rest)})`];
  if (credential.param.toLowerCase() !== ACCESS_TOKEN_PARAM) {
    lines.push(
      `"${credential.param}" is not the RFC 6750 name access_token: a proxy set up for access_token ignores it`,
    );
  }
  if (split.scheme) {
    lines.push(
      `its value already starts with "${split.scheme} ": a proxy that prepends "Bearer " sends a scheme twice`,
    );
  }
  if (credential.encoding === 'raw' && credential.raw.includes('+')) {
    lines.push('its raw value holds a literal "+", which form decoders (URLSearchParams, Netty) read as a space');
  }
  return lines;
}

function describeAuthorization(credential: UrlCredential, split: SchemeSplit): string[] {
  const param = `query parameter "${credential.param}"`;
  if (split.scheme === 'Basic') {
    return [`${param} holds Basic credentials, that is the password itself`, describeBasic(split.rest)];
  }
  if (split.scheme === 'Bearer') return [`${param} holds a Bearer token (${describeToken(split.rest)})`];
  if (split.scheme) {
    return [`${param} holds credentials with scheme ${shownScheme(split.scheme)} (${describeToken(split.rest)})`];
  }
  return [
    `${param} holds a value with no auth scheme (${describeToken(split.rest)}): as a header it would name no scheme`,
  ];
}

/** Evidence for one query credential: what it is first, then how it is written and what that means for a proxy. */
export function describeUrlCredential(strategy: StrategyId, credential: UrlCredential, split: SchemeSplit): string[] {
  const lines =
    strategy === 'ticket'
      ? describeTicket(credential)
      : strategy === 'query-authorization'
        ? describeAuthorization(credential, split)
        : describeAccessToken(credential, split);
  lines.push(`its value is ${describeQueryEncoding(credential.raw, credential.encoding)}`);
  if (strategy !== 'ticket' && credential.encoding !== 'raw') lines.push(DECODE_NOTE);
  return lines;
}
