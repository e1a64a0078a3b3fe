import { describe, expect, test } from 'vitest';
import { pushTimeline } from '../../../../src/panel/format/push-timeline.ts';
import {
  F1_ACCOUNT_ID,
  F1_PUSH_STATE,
  frame,
  JAMES_STATE_CHANGE,
  STALWART_STATE_CHANGE,
  TMAIL_PUSH_ENABLE,
} from '../../../fixtures/frames.ts';

const MINUTE = 60_000;
const stateChange = (at: number, email: string) =>
  frame('received', JSON.stringify({ '@type': 'StateChange', changed: { a: { Email: email } } }), at);

describe('pushTimeline', () => {
  test('one lane per account and type, with pushState', () => {
    const lanes = pushTimeline([
      frame('sent', TMAIL_PUSH_ENABLE, 1),
      frame('received', JAMES_STATE_CHANGE, 2),
      frame('received', STALWART_STATE_CHANGE, 3),
    ]);
    expect(lanes.map((lane) => `${lane.accountId.slice(0, 6)} ${lane.dataType}`)).toEqual([
      `${F1_ACCOUNT_ID.slice(0, 6)} Email`,
      `${F1_ACCOUNT_ID.slice(0, 6)} Mailbox`,
      'b Email',
      'b Mailbox',
    ]);
    expect(lanes[0]?.entries[0]?.pushState).toBe(F1_PUSH_STATE);
    expect(lanes[2]?.entries[0]?.pushState).toBeUndefined();
  });

  test('gaps between consecutive changes; a gap over a minute and three medians is long', () => {
    const times = [0, 10_000, 20_000, 30_000, 30_000 + 5 * MINUTE];
    const [lane] = pushTimeline(times.map((at, index) => stateChange(at, `s${index}`)));
    expect(lane?.entries.map((entry) => entry.gapMs)).toEqual([undefined, 10_000, 10_000, 10_000, 5 * MINUTE]);
    expect(lane?.entries.map((entry) => entry.longGap)).toEqual([false, false, false, false, true]);
    expect(lane?.entries.map((entry) => entry.state)).toEqual(['s0', 's1', 's2', 's3', 's4']);
  });

  test('regular pushes a few minutes apart are not long gaps', () => {
    const [lane] = pushTimeline([0, 3, 6, 9].map((minutes, index) => stateChange(minutes * MINUTE, `s${index}`)));
    expect(lane?.entries.some((entry) => entry.longGap)).toBe(false);
  });
});
