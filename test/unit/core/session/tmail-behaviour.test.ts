import { describe, expect, test } from 'vitest';
import { tmailBehaviour } from '../../../../src/core/session/tmail-behaviour.ts';
import { parsedSession, SESSION_FIXTURES } from '../../../fixtures/sessions.ts';

describe('tmailBehaviour', () => {
  test.each(SESSION_FIXTURES.map((fixture) => [fixture.name, fixture] as const))(
    '%s: master connects only to tmail-backend; PR #4261 agrees; PR #4512 reaches every server',
    (_name, fixture) => {
      const behaviour = tmailBehaviour(parsedSession(fixture.json, fixture.sessionUrl));
      const isTicketServer = fixture.kind === 'tmail-backend';
      expect(behaviour.master.wouldConnect).toBe(isTicketServer);
      expect(behaviour.strategyPr.pr4261.gatePassed).toBe(isTicketServer);
      expect(behaviour.strategyPr.pr4261.reachable).toEqual(isTicketServer ? ['ticket'] : []);
      expect(behaviour.strategyPr.pr4512.gatePassed).toBe(true);
    },
  );

  test('F7 Stalwart: upstream opens nothing and shows no error; the strategy PR would send the token in the URL', () => {
    const stalwart = SESSION_FIXTURES.find((fixture) => fixture.kind === 'stalwart');
    if (!stalwart) throw new Error('no Stalwart fixture');
    const { master, strategyPr } = tmailBehaviour(parsedSession(stalwart.json, stalwart.sessionUrl));
    expect(master.explanation).toContain('no push transport at all, and no error shown');
    expect(strategyPr.pr4512.plans.oidc.connectUrl).toContain('access_token=');
  });
});
