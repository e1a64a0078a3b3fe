import type { StrategyId } from '../../core/auth/strategy-id.ts';
import { strategyLabel } from '../format/strategy-label.ts';
import { Badge } from './Badge.tsx';

export function StrategyBadge({ strategy }: { readonly strategy: StrategyId }) {
  const { label, tone } = strategyLabel(strategy);
  return (
    <Badge tone={tone} title={strategy}>
      {label}
    </Badge>
  );
}
