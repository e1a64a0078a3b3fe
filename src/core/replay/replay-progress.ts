import { pairMessages } from '../jmap/pair-messages.ts';
import { parseFrame } from '../jmap/parse-frame.ts';
import type { ConnectionRecord } from '../model/connection-record.ts';
import type { ReplayPlan } from './replay-plan.ts';

/**
 * Whether a replay has seen all it waits for: something was sent, every sent Request has its answer and, if push was
 * enabled, a StateChange came. Never in `watch` mode, which watches for its whole period.
 */
export function allAnswered(record: ConnectionRecord, plan: Pick<ReplayPlan, 'mode'>): boolean {
  if (plan.mode === 'watch') return false;
  const typed = record.frames.map((frame) => `${frame.dir} ${parseFrame(frame.data).type}`);
  if (!typed.some((entry) => entry.startsWith('sent '))) return false;
  if (typed.includes('sent WebSocketPushEnable') && !typed.includes('received StateChange')) return false;
  return pairMessages(record.frames).unanswered.length === 0;
}
