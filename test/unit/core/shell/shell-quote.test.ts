import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { shellCommand, shellQuote } from '../../../../src/core/shell/shell-quote.ts';

test('safe words stay as they are, others are single-quoted', () => {
  expect(shellQuote('/tmp/jpi-nginx-AbC1/nginx.conf')).toBe('/tmp/jpi-nginx-AbC1/nginx.conf');
  expect(shellQuote('daemon off;')).toBe("'daemon off;'");
  expect(shellQuote("it's")).toBe("'it'\\''s'");
  expect(shellQuote('')).toBe("''");
});

test('any words survive a round trip through sh -c', () => {
  const word = fc.string({ unit: 'grapheme', maxLength: 12 }).filter((text) => !text.includes('\0'));
  fc.assert(
    fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), (words) => {
      const script = `for word in ${shellCommand(words)}; do printf '%s\\0' "$word"; done`;
      const output = execFileSync('sh', ['-c', script], { encoding: 'utf8' });
      expect(output.split('\0').slice(0, -1)).toEqual(words);
    }),
    { numRuns: 60 },
  );
});
