import type { JmapSession } from '../session/jmap-session.ts';
import { parseSession } from '../session/parse-session.ts';
import type { SessionSighting } from './capture.ts';

/** A session response the page fetched, with the JMAP session it parses to. */
export interface ParsedSighting {
  readonly sighting: SessionSighting;
  readonly session: JmapSession;
}

const parsed = new WeakMap<SessionSighting, JmapSession | null>();

function parseOnce(sighting: SessionSighting): JmapSession | undefined {
  let session = parsed.get(sighting);
  if (session === undefined) {
    const result = parseSession(sighting.body, sighting.url);
    session = result.ok ? result.session : null;
    parsed.set(sighting, session);
  }
  return session ?? undefined;
}

/** The sighting the page fetched last before `at` that parses as a JMAP session, with that session. */
export function latestSighting(sightings: readonly SessionSighting[], at: number): ParsedSighting | undefined {
  let latest: ParsedSighting | undefined;
  for (const sighting of sightings) {
    if (sighting.at > at || (latest !== undefined && sighting.at < latest.sighting.at)) continue;
    const session = parseOnce(sighting);
    if (session) latest = { sighting, session };
  }
  return latest;
}

/** The session the page fetched last before `at` that parses as a JMAP session. */
export function sessionBefore(sightings: readonly SessionSighting[], at: number): JmapSession | undefined {
  return latestSighting(sightings, at)?.session;
}
