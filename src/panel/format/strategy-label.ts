import type { StrategyId } from '../../core/auth/strategy-id.ts';

export type Tone = 'good' | 'neutral' | 'warn' | 'bad';

const STRATEGIES: Readonly<Record<StrategyId, { readonly label: string; readonly tone: Tone }>> = {
  ticket: { label: 'ticket', tone: 'good' },
  'query-access-token': { label: 'token in URL', tone: 'bad' },
  'query-authorization': { label: 'Basic in URL', tone: 'bad' },
  'header-bearer': { label: 'Bearer header', tone: 'good' },
  'header-basic': { label: 'Basic header', tone: 'good' },
  'subprotocol-token': { label: 'token in subprotocol', tone: 'warn' },
  cookie: { label: 'cookie', tone: 'good' },
  none: { label: 'no credentials', tone: 'neutral' },
};

/** Badge text and colour for an auth strategy: credentials in the URL are bad whatever the outcome. */
export function strategyLabel(strategy: StrategyId): { readonly label: string; readonly tone: Tone } {
  return STRATEGIES[strategy];
}
