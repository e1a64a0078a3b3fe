import type { TmailAuthType, TmailPrPlan } from '../../core/session/tmail-pr-plan.ts';
import { StrategyBadge } from './StrategyBadge.tsx';
import { Value } from './Value.tsx';

/** What one PR build does for one TMail auth type. */
export function TmailPlanRow({ type, plan }: { readonly type: TmailAuthType; readonly plan: TmailPrPlan }) {
  return (
    <tr>
      <td>{type}</td>
      <td>
        <StrategyBadge strategy={plan.strategy} />
      </td>
      <td>{plan.wouldConnect ? 'yes' : 'no'}</td>
      <td>
        {plan.explanation}
        {plan.connectUrl && <Value text={plan.connectUrl} label="connect URL" />}
      </td>
    </tr>
  );
}
