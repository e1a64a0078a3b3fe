import type { Capture } from './capture.ts';
import type { ImportedCapture } from './imported-capture.ts';

function lastEventAt(capture: Capture): number {
  const times = [
    ...capture.sessions.map((sighting) => sighting.at),
    ...capture.ticketMints.map((mint) => mint.at),
    ...capture.connections.flatMap((connection) => [
      connection.createdAt,
      connection.closedAt ?? connection.createdAt,
      ...connection.frames.map((frame) => frame.at),
    ]),
  ];
  return times.reduce((latest, at) => Math.max(latest, at), 0);
}

/**
 * "Now" for a file: when it was written, else its last event. An imported capture is frozen there: its open
 * connections end at export, not at the moment somebody reads the file.
 */
export function importedNow(imported: ImportedCapture): number {
  return imported.origin.exportedAt ?? lastEventAt(imported.capture);
}
