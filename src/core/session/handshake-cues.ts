import { parseProblemBody } from '../diagnosis/problem-body.ts';
import type { HandshakeRecord } from '../model/handshake-record.ts';
import { headerValue, headerValues } from '../model/http-header.ts';
import { findQueryParam, queryParams } from '../url/query-params.ts';
import { matchingCues, type ServerCue } from './server-cue.ts';

interface HandshakeView {
  readonly challenges: string;
  readonly contentType: string;
  readonly detail: string;
  readonly hasTitle: boolean;
  readonly failed: boolean;
  readonly path: string;
  readonly hasTicket: boolean;
}

function pathOf(url: string): string {
  return url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '').split(/[?#]/, 1)[0] ?? '';
}

function view(handshake: HandshakeRecord): HandshakeView {
  const problem = parseProblemBody(handshake.responseBody);
  return {
    challenges: headerValues(handshake.responseHeaders, 'www-authenticate').join(', '),
    contentType: (headerValue(handshake.responseHeaders, 'content-type') ?? '').toLowerCase(),
    detail: problem?.detail ?? '',
    hasTitle: problem?.title !== undefined,
    failed: handshake.status !== undefined && handshake.status >= 400,
    path: pathOf(handshake.url),
    hasTicket: findQueryParam(queryParams(handshake.url), 'ticket') !== undefined,
  };
}

const HANDSHAKE_CUES = [
  {
    id: 'stalwart-realm',
    kind: 'stalwart',
    weight: 3,
    evidence: 'WWW-Authenticate names realm="Stalwart Server"',
    test: (hs) => hs.challenges.includes('realm="Stalwart Server"'),
  },
  {
    id: 'stalwart-problem-json',
    kind: 'stalwart',
    weight: 1,
    evidence: 'the rejection is application/problem+json, as Stalwart sends (James: application/json)',
    test: (hs) => hs.failed && hs.contentType.startsWith('application/problem+json'),
  },
  {
    id: 'stalwart-detail',
    kind: 'stalwart',
    weight: 2,
    evidence:
      'the problem detail is a Stalwart message ("You have to authenticate first." or "WebSocket upgrade failed")',
    test: (hs) => hs.detail === 'You have to authenticate first.' || hs.detail === 'WebSocket upgrade failed',
  },
  {
    id: 'james-realm',
    kind: 'james',
    weight: 3,
    evidence: 'WWW-Authenticate lists James challenges (Basic realm="simple" / Bearer realm="JWT")',
    test: (hs) => hs.challenges.includes('realm="simple"') || hs.challenges.includes('realm="JWT"'),
  },
  {
    id: 'james-problem-json',
    kind: 'james',
    weight: 1,
    evidence: 'the rejection is application/json with a problem body without title, as James sends',
    test: (hs) => hs.failed && hs.contentType.startsWith('application/json') && hs.detail !== '' && !hs.hasTitle,
  },
  {
    id: 'james-detail',
    kind: 'james',
    weight: 2,
    evidence: 'the problem detail "No valid authentication methods provided" is James\'s',
    test: (hs) => hs.detail === 'No valid authentication methods provided',
  },
  {
    id: 'linagora-ticket-realm',
    kind: 'tmail-backend',
    weight: 3,
    evidence: 'WWW-Authenticate offers a Ticket realm, the tmail-backend ticket strategy',
    test: (hs) => /(^|,\s*)Ticket realm=/.test(hs.challenges),
  },
  {
    id: 'linagora-ticket-detail',
    kind: 'tmail-backend',
    weight: 3,
    evidence: 'the problem detail is a tmail-backend ticket rejection',
    test: (hs) =>
      hs.detail === 'User is forbidden to use this ticket' ||
      hs.detail === 'Invalid ticket passed as a query parameter',
  },
  {
    id: 'linagora-ticket-param',
    kind: 'tmail-backend',
    weight: 2,
    evidence: 'the URL carries a ticket= parameter, the tmail-backend ticket mechanism',
    test: (hs) => hs.hasTicket,
  },
  {
    id: 'cyrus-trailing-slash',
    kind: 'cyrus',
    weight: 1,
    evidence: 'the WebSocket path is /jmap/ws/ with the trailing slash Cyrus requires',
    test: (hs) => hs.path.endsWith('/jmap/ws/'),
  },
] as const satisfies readonly (ServerCue & { test: (handshake: HandshakeView) => boolean })[];

export function handshakeCues(handshake: HandshakeRecord): ServerCue[] {
  return matchingCues(view(handshake), HANDSHAKE_CUES);
}
