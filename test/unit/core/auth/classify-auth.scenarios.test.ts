import { describe, expect, test } from 'vitest';
import { classifyAuth } from '../../../../src/core/auth/classify-auth.ts';
import { FAILURE_SCENARIOS, HEALTHY_SCENARIOS } from '../../../fixtures/scenarios.ts';

describe('classifyAuth agrees with the strategy every scenario expects', () => {
  test.each([...HEALTHY_SCENARIOS, ...FAILURE_SCENARIOS])('$name', ({ connection, strategy }) => {
    const { handshake, ticketMint, createdAt } = connection;
    expect(classifyAuth({ handshake, ticketMint, createdAt }).strategy).toBe(strategy);
  });
});
