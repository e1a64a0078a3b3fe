import { describe, expect, test } from 'vitest';
import { scanFrames } from '../../../../src/core/secrets/scan-frame.ts';
import { binaryFrame, f1Frames, f4JamesFrames, frame } from '../../../fixtures/frames.ts';
import { BASIC_PASSWORD, SCENARIO_JWT, STALWART_OPAQUE_TOKEN } from '../../../fixtures/secrets.ts';

describe('scanFrames', () => {
  test('F1 and F4 frames hold no credentials', () => {
    expect(scanFrames(f1Frames(0))).toEqual([]);
    expect(scanFrames(f4JamesFrames(0))).toEqual([]);
  });

  test('sent and received frames, each secret once, at its first frame', () => {
    const frames = [
      frame('sent', `{"@type":"Auth","accessToken":"${STALWART_OPAQUE_TOKEN}"}`, 10, 1),
      frame('received', `{"echo":"Bearer ${SCENARIO_JWT}"}`, 20, 2),
      frame('sent', `{"accessToken":"${STALWART_OPAQUE_TOKEN}"}`, 30, 3),
      frame('received', `{"password":"${BASIC_PASSWORD}"}`, 40, 4),
    ];
    expect(scanFrames(frames).map(({ place, location, secret }) => ({ place, location, secret }))).toEqual([
      {
        place: 'frame',
        location: 'sent frame #1: field "accessToken" (standard base64, 44 chars)',
        secret: STALWART_OPAQUE_TOKEN,
      },
      { place: 'frame', location: 'received frame #2: JWT, alg RS256, sub alice', secret: SCENARIO_JWT },
      { place: 'frame', location: 'received frame #4: field "password" (a password)', secret: BASIC_PASSWORD },
    ]);
  });

  test('binary frames are skipped', () => {
    expect(scanFrames([binaryFrame('received', 12, 'eyJhbGciOi', 1)])).toEqual([]);
  });
});
