import type { JmapSession } from '../../core/session/jmap-session.ts';
import { parseSession } from '../../core/session/parse-session.ts';
import type { SessionSighting } from '../../shared/protocol.ts';

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

/** The session the page fetched last before `at` that parses as a JMAP session. */
export function sessionBefore(sightings: readonly SessionSighting[], at: number): JmapSession | undefined {
  let latest: SessionSighting | undefined;
  for (const sighting of sightings) {
    if (sighting.at <= at && (latest === undefined || sighting.at >= latest.at) && parseOnce(sighting)) {
      latest = sighting;
    }
  }
  return latest && parseOnce(latest);
}
