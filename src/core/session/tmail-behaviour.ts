import type { JmapSession } from './jmap-session.ts';
import { type TmailMasterBehaviour, tmailMasterBehaviour } from './tmail-master-behaviour.ts';
import { tmailMasterGate } from './tmail-master-gate.ts';
import { type TmailStrategyPrBehaviour, tmailStrategyPr } from './tmail-strategy-pr.ts';

/** How TMail web would treat this session: upstream master, and the unmerged strategy-pattern PR builds. */
export interface TmailBehaviour {
  readonly master: TmailMasterBehaviour;
  readonly strategyPr: TmailStrategyPrBehaviour;
}

export function tmailBehaviour(session: JmapSession): TmailBehaviour {
  const gate = tmailMasterGate(session);
  return { master: tmailMasterBehaviour(session, gate), strategyPr: tmailStrategyPr(session, gate) };
}
