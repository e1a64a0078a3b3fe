import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { classifyAuth } from '../../../../src/core/auth/classify-auth.ts';
import { STRATEGY_IDS } from '../../../../src/core/auth/strategy-id.ts';
import type { TicketMint } from '../../../../src/core/model/ticket-mint.ts';

const anyText = fc.string({ unit: 'binary', maxLength: 200 });
const headers = fc.array(
  fc.record({ name: fc.oneof(anyText, fc.constantFrom('Authorization', 'cookie')), value: anyText }),
);
const mint: fc.Arbitrary<TicketMint> = fc.record(
  {
    at: fc.double(),
    url: anyText,
    status: fc.integer(),
    authScheme: anyText,
    ticket: fc.record({ value: anyText, username: anyText }, { requiredKeys: ['value'] }),
  },
  { requiredKeys: ['at', 'url', 'status'] },
);
/** URLs made of credential-looking pieces, so the fuzz reaches the interesting branches. */
const piece = fc.tuple(
  fc.constantFrom('ticket', 'TICKET', 'access_token', 'token', 'authorization', 'jwt', 'x'),
  fc.constantFrom('=', '', '=Basic+', '=Bearer%20', '=%25', '=Basic%2B'),
  anyText,
);
const credentialUrl = fc
  .tuple(fc.array(piece, { maxLength: 5 }), fc.constantFrom('&', '?', '#', '&&'))
  .map(([pieces, separator]) => `wss://h/jmap/ws?${pieces.map((parts) => parts.join('')).join(separator)}`);

function expectWellFormed(result: ReturnType<typeof classifyAuth>): void {
  expect(STRATEGY_IDS).toContain(result.strategy);
  expect(result.evidence.length).toBeGreaterThan(0);
  for (const line of result.evidence) expect(typeof line).toBe('string');
  if (result.credential) expect(result.strategy === 'ticket' || result.strategy.startsWith('query-')).toBe(true);
}

describe('classifyAuth never throws', () => {
  test('arbitrary URLs, headers, subprotocols, mints and times', () => {
    fc.assert(
      fc.property(
        fc.oneof(anyText, credentialUrl),
        fc.array(anyText, { maxLength: 6 }),
        fc.option(headers, { nil: undefined }),
        fc.option(mint, { nil: undefined }),
        fc.option(fc.double(), { nil: undefined }),
        (url, protocols, requestHeaders, ticketMint, createdAt) => {
          expectWellFormed(classifyAuth({ handshake: { url, protocols, requestHeaders }, ticketMint, createdAt }));
        },
      ),
    );
  });

  test('hostile fixed inputs', () => {
    const urls = [
      '',
      '?',
      '??',
      '?&&=',
      '?=x',
      '?ticket=%',
      '?ticket=%E0%A4%A',
      '?authorization=%25%25',
      'javascript:?token=a',
    ];
    for (const url of urls) {
      expectWellFormed(classifyAuth({ handshake: { url, protocols: ['', 'access_token'] }, createdAt: Number.NaN }));
    }
  });
});
