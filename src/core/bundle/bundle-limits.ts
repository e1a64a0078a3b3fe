/**
 * Bounds on what a file may hold: far above any real capture, low enough that a hostile file cannot make the panel or
 * the command line choke on one member.
 */
export const LIMITS = {
  /** Ids, names, header names, status lines, subprotocols, versions. */
  shortText: 8 * 1024,
  /** URLs, header values, evidence lines, explanations. */
  text: 64 * 1024,
  /** A frame's text, a session body, a handshake response body. */
  payload: 16 * 1024 * 1024,
  /** Lines of evidence or checks, headers, subprotocols, data types. */
  lines: 1_000,
  findings: 1_000,
  causes: 100,
  connections: 100_000,
  framesPerConnection: 5_000_000,
  sessions: 10_000,
  ticketMints: 100_000,
  /** `headHex`: 32 bytes as hex (empty in a redacted file; older files hold a fingerprint). */
  headHex: 256,
  httpStatus: 999,
  closeCode: 65_535,
} as const;
