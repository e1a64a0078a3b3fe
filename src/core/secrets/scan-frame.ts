import type { CapturedFrame } from '../model/frame.ts';
import type { Exposure } from './exposure.ts';
import { findTextSecrets } from './scan-text.ts';

/** Credentials in sent and received text frames; each distinct credential once, at its first frame. Never throws. */
export function scanFrames(frames: readonly CapturedFrame[]): Exposure[] {
  const seen = new Set<string>();
  const exposures: Exposure[] = [];
  for (const frame of frames) {
    if (frame.data.kind !== 'text') continue;
    for (const detected of findTextSecrets(frame.data.text)) {
      if (seen.has(detected.credential)) continue;
      seen.add(detected.credential);
      exposures.push({ ...detected, place: 'frame', location: `${frame.dir} frame #${frame.id}: ${detected.what}` });
    }
  }
  return exposures;
}
