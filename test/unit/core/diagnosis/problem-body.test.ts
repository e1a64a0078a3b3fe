import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseProblemBody } from '../../../../src/core/diagnosis/problem-body.ts';
import { F2B_HANDSHAKE, F5B_HANDSHAKE } from '../../../fixtures/handshakes.ts';

describe('parseProblemBody', () => {
  test('Stalwart problem+json', () => {
    expect(parseProblemBody(F2B_HANDSHAKE.responseBody)).toEqual({
      type: 'about:blank',
      status: 401,
      title: 'Unauthorized',
      detail: 'You have to authenticate first.',
    });
  });

  test('James application/json has no title', () => {
    expect(parseProblemBody(F5B_HANDSHAKE.responseBody)).toEqual({
      type: 'about:blank',
      status: 401,
      title: undefined,
      detail: 'No valid authentication methods provided',
    });
  });

  test('fields of the wrong type are dropped', () => {
    expect(parseProblemBody('{"status":"401","detail":7,"title":"x"}')).toEqual({
      type: undefined,
      status: undefined,
      title: 'x',
      detail: undefined,
    });
  });

  test.each([undefined, '', 'not json', '[]', 'null', '42', '"text"', '{}', '{"other":1}'])(
    '%j gives nothing',
    (body) => {
      expect(parseProblemBody(body)).toBeUndefined();
    },
  );

  test('never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (body) => {
        const problem = parseProblemBody(body);
        if (problem !== undefined) expect(Object.values(problem).some((value) => value !== undefined)).toBe(true);
      }),
    );
  });
});
