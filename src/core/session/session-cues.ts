import { isJsonObject } from '../jmap/read-json-fields.ts';
import type { JmapSession } from './jmap-session.ts';
import { TICKET_CAPABILITY, WEBSOCKET_CAPABILITY } from './jmap-session.ts';
import { isHostless } from './resolve-url.ts';
import { HEX64, matchingCues, type ServerCue, UUID } from './server-cue.ts';

function everyCapabilityId(session: JmapSession): string[] {
  return [...session.capabilityIds, ...session.accounts.flatMap((account) => account.capabilityIds)];
}

function hasCapabilityPrefix(session: JmapSession, prefix: string, except?: string): boolean {
  return everyCapabilityId(session).some((id) => id.startsWith(prefix) && id !== except);
}

function isEmptyObject(value: unknown): boolean {
  return isJsonObject(value) && Object.keys(value).length === 0;
}

function stalwartEmptyAccountWebSocket(session: JmapSession): boolean {
  const sessionLevel = session.rawCapabilities[WEBSOCKET_CAPABILITY];
  if (!isJsonObject(sessionLevel) || isEmptyObject(sessionLevel)) return false;
  return session.accounts.some((account) => isEmptyObject(account.rawCapabilities[WEBSOCKET_CAPABILITY]));
}

const eventSourceTemplate = (session: JmapSession) => session.eventSourceUrl ?? '';
const isRelative = (url: string) => url.startsWith('/') && !url.startsWith('//');

const SESSION_CUES = [
  {
    id: 'linagora-ticket',
    kind: 'tmail-backend',
    weight: 3,
    evidence: `the session advertises ${TICKET_CAPABILITY}, the tmail-backend ticket extension (FACTS §2)`,
    test: (session) => everyCapabilityId(session).includes(TICKET_CAPABILITY),
  },
  {
    id: 'linagora-capabilities',
    kind: 'tmail-backend',
    weight: 2,
    evidence: 'the session advertises Linagora capabilities (com:linagora:params:…), tmail-backend extensions',
    test: (session) => hasCapabilityPrefix(session, 'com:linagora:params:', TICKET_CAPABILITY),
  },
  {
    id: 'james-capabilities',
    kind: 'james',
    weight: 2,
    evidence: 'the session advertises Apache James capabilities (urn:apache:james:params:jmap:…)',
    test: (session) => hasCapabilityPrefix(session, 'urn:apache:james:params:'),
  },
  {
    id: 'james-account-id',
    kind: 'james',
    weight: 2,
    evidence: 'account ids are 64-hex SHA-256 values, as James derives them from the user name',
    test: (session) => session.accounts.length > 0 && session.accounts.every((account) => HEX64.test(account.id)),
  },
  {
    id: 'james-uuid-state',
    kind: 'james',
    weight: 1,
    evidence: 'the session state is a UUID, as James states are',
    test: (session) => UUID.test(session.state ?? ''),
  },
  {
    id: 'james-event-source',
    kind: 'james',
    weight: 2,
    evidence:
      'eventSourceUrl uses the camelCase closeAfter= query parameter, as James does (Stalwart and Cyrus: closeafter=)',
    test: (session) => eventSourceTemplate(session).includes('closeAfter='),
  },
  {
    id: 'james-default-prefix',
    kind: 'james',
    weight: 1,
    evidence: "the websocket url uses James's default websocket.url.prefix ws://localhost",
    test: (session) => (session.webSocket?.url ?? '').startsWith('ws://localhost/'),
  },
  {
    id: 'stalwart-empty-account-websocket',
    kind: 'stalwart',
    weight: 2,
    evidence:
      'accounts list the websocket capability as an empty object while the session-level one has its properties (Stalwart)',
    test: stalwartEmptyAccountWebSocket,
  },
  {
    id: 'stalwart-capabilities',
    kind: 'stalwart',
    weight: 3,
    evidence: 'the session advertises a Stalwart capability (urn:stalwart:…)',
    test: (session) => hasCapabilityPrefix(session, 'urn:stalwart:'),
  },
  {
    id: 'stalwart-event-source',
    kind: 'stalwart',
    weight: 1,
    evidence: 'eventSourceUrl is an absolute …/jmap/eventsource/ template, as Stalwart advertises it',
    test: (session) => /^https?:\/\/[^/]+\/jmap\/eventsource\//i.test(eventSourceTemplate(session)),
  },
  {
    id: 'cyrus-capabilities',
    kind: 'cyrus',
    weight: 3,
    evidence: 'the session advertises Cyrus capabilities (https://cyrusimap.org/ns/…)',
    test: (session) => hasCapabilityPrefix(session, 'https://cyrusimap.org/ns/'),
  },
  {
    id: 'cyrus-hostless-websocket',
    kind: 'cyrus',
    weight: 3,
    evidence: 'the websocket url has a scheme but no host (wss:/…), as Cyrus advertises it',
    test: (session) => isHostless(session.webSocket?.url ?? ''),
  },
  {
    id: 'cyrus-trailing-slash',
    kind: 'cyrus',
    weight: 1,
    evidence: 'the WebSocket path is /jmap/ws/ with the trailing slash Cyrus requires',
    test: (session) => /\/jmap\/ws\/$/.test(session.webSocket?.url ?? ''),
  },
  {
    id: 'cyrus-relative-urls',
    kind: 'cyrus',
    weight: 1,
    evidence: 'apiUrl or eventSourceUrl is relative (/jmap/…), as in Cyrus sessions',
    test: (session) => isRelative(session.apiUrl ?? '') || isRelative(eventSourceTemplate(session)),
  },
] as const satisfies readonly (ServerCue & { test: (session: JmapSession) => boolean })[];

export function sessionCues(session: JmapSession): ServerCue[] {
  return matchingCues(session, SESSION_CUES);
}
