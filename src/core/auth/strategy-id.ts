/** Strategy ids, used everywhere: UI, exports, CLI. */
export const STRATEGY_IDS = [
  'ticket',
  'query-access-token',
  'query-authorization',
  'header-bearer',
  'header-basic',
  'subprotocol-token',
  'cookie',
  'none',
] as const;
export type StrategyId = (typeof STRATEGY_IDS)[number];
