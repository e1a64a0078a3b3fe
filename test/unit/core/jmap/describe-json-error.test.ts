import { describe, expect, test } from 'vitest';
import { describeJsonError } from '../../../../src/core/jmap/describe-json-error.ts';

describe('describeJsonError', () => {
  test('an empty or blank frame says so', () => {
    expect(describeJsonError(' \n', new SyntaxError('Unexpected end of JSON input'))).toBe(
      'empty text frame, not JSON',
    );
  });

  test('V8 payload excerpts and the offending token are dropped', () => {
    const error = new SyntaxError(`Unexpected token 'x', ...",38,39,40,x]" is not valid JSON`);
    expect(describeJsonError('[38,39,40,x]', error)).toBe('not valid JSON: Unexpected token');
  });

  test('V8 positions are kept', () => {
    const error = new SyntaxError('Unterminated string in JSON at position 4');
    expect(describeJsonError('"abc', error)).toBe('not valid JSON: Unterminated string in JSON at position 4');
  });

  test('the Firefox prefix is dropped', () => {
    const error = new SyntaxError('JSON.parse: unexpected character at line 1 column 1 of the JSON data');
    expect(describeJsonError('The', error)).toBe(
      'not valid JSON: unexpected character at line 1 column 1 of the JSON data',
    );
  });

  test('any other quoted text (another engine quoting the payload) is elided', () => {
    const error = new SyntaxError('JSON Parse error: Unexpected identifier "secret"');
    expect(describeJsonError('secret', error)).toBe('not valid JSON: JSON Parse error: Unexpected identifier …');
  });

  test('an engine message with nothing left is a plain syntax error', () => {
    expect(describeJsonError('x', new SyntaxError('JSON.parse: '))).toBe('not valid JSON: syntax error');
  });

  test('a long engine message is cut to 100 characters', () => {
    const reason = describeJsonError('x', new SyntaxError('a'.repeat(500)));
    expect(reason).toBe(`not valid JSON: ${'a'.repeat(100)}`);
  });

  test('an error that is not a SyntaxError (a stack overflow) is described without its message', () => {
    expect(describeJsonError('[[[', new RangeError('Maximum call stack size exceeded'))).toBe(
      'not valid JSON (the parser gave up)',
    );
  });
});
