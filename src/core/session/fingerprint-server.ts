import type { ParsedFrame } from '../jmap/parse-frames.ts';
import type { HandshakeRecord } from '../model/handshake-record.ts';
import { frameCues } from './frame-cues.ts';
import { handshakeCues } from './handshake-cues.ts';
import type { JmapSession } from './jmap-session.ts';
import type { ServerCue } from './server-cue.ts';
import type { ServerKind } from './server-kind.ts';
import { sessionCues } from './session-cues.ts';

export interface ServerFingerprint {
  readonly kind: ServerKind;
  /** One line per cue, then the verdict; shapes only, never values. */
  readonly evidence: string[];
}

type Family = 'James family' | 'Stalwart' | 'Cyrus';

/** A cue must weigh at least this much, alone or with others, to decide. */
const MIN_SCORE = 2;

function familyOf(cue: ServerCue): Family {
  if (cue.kind === 'stalwart') return 'Stalwart';
  return cue.kind === 'cyrus' ? 'Cyrus' : 'James family';
}

function uniqueById(cues: readonly ServerCue[]): ServerCue[] {
  const seen = new Set<string>();
  return cues.filter((cue) => !seen.has(cue.id) && seen.add(cue.id));
}

function scores(cues: readonly ServerCue[]): [Family, number][] {
  const totals: Record<Family, number> = { 'James family': 0, Stalwart: 0, Cyrus: 0 };
  for (const cue of cues) totals[familyOf(cue)] += cue.weight;
  return (Object.entries(totals) as [Family, number][]).sort((a, b) => b[1] - a[1]);
}

function kindOf(family: Family, cues: readonly ServerCue[]): ServerKind {
  if (family === 'Stalwart') return 'stalwart';
  if (family === 'Cyrus') return 'cyrus';
  return cues.some((cue) => cue.kind === 'tmail-backend') ? 'tmail-backend' : 'james';
}

function verdict(cues: readonly ServerCue[]): { kind: ServerKind; line: string } {
  const ranked = scores(cues);
  const [topFamily, topScore] = ranked[0] ?? ['James family', 0];
  const secondScore = ranked[1]?.[1] ?? 0;
  const summary = ranked.map(([family, score]) => `${family} ${score}`).join(', ');
  if (topScore < MIN_SCORE) return { kind: 'unknown', line: `unknown: no cue decides (${summary})` };
  if (topScore === secondScore) return { kind: 'unknown', line: `unknown: the cues conflict (${summary})` };
  const kind = kindOf(topFamily, cues);
  const linagora = kind === 'tmail-backend' ? '; Linagora cues make it tmail-backend, the James extension' : '';
  return { kind, line: `${kind}: scores ${summary}${linagora}` };
}

/**
 * Which server this is, from the session's capabilities, the handshake's error shapes and the style of the frames
 * the server sent (FACTS §10). Cues are weighted and summed per server family; `unknown` when nothing decides.
 */
export function fingerprintServer(input: {
  session?: JmapSession;
  handshake?: HandshakeRecord;
  frames?: readonly ParsedFrame[];
}): ServerFingerprint {
  const cues = uniqueById([
    ...(input.session ? sessionCues(input.session) : []),
    ...(input.handshake ? handshakeCues(input.handshake) : []),
    ...(input.frames ? frameCues(input.frames) : []),
  ]);
  const { kind, line } = verdict(cues);
  return { kind, evidence: [...cues.map((cue) => cue.evidence), line] };
}
