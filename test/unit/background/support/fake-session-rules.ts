import type { HeaderRule, SessionRulesApi } from '../../../../src/background/replay-header-rules.ts';

/** `declarativeNetRequest` session rules as the browser keeps them: they outlive the worker. */
export function fakeSessionRules(initial: number[] = []) {
  const rules = new Map<number, HeaderRule | undefined>(initial.map((id) => [id, undefined]));
  const api: SessionRulesApi = {
    getSessionRules: async () => [...rules.keys()].map((id) => ({ id })),
    updateSessionRules: async ({ addRules = [], removeRuleIds = [] }) => {
      for (const id of removeRuleIds) rules.delete(id);
      for (const rule of addRules) {
        if (rules.has(rule.id)) throw new Error(`duplicate rule id ${rule.id}`);
        rules.set(rule.id, rule);
      }
    },
  };
  return { api, rules };
}
