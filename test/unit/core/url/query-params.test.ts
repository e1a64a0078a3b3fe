import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findQueryParam, queryParams, rawQuery } from '../../../../src/core/url/query-params.ts';

describe('queryParams', () => {
  test('reads every parameter with its raw and decoded value', () => {
    const params = queryParams('wss://mail.example.org/jmap/ws?authorization=Basic+Zm9vOmJhcg%3D%3D&x=1#frag');
    expect(params).toEqual([
      { name: 'authorization', raw: 'Basic+Zm9vOmJhcg%3D%3D', value: 'Basic Zm9vOmJhcg==', encoding: 'form' },
      { name: 'x', raw: '1', value: '1', encoding: 'raw' },
    ]);
  });

  test('finds a ticket behind a second "?" (TMail master concatenates)', () => {
    const params = queryParams('wss://h/jmap/ws?tenant=a?ticket=6f1c2b9e-8d4a-4c7e-9b1a-2f3e4d5c6b7a');
    expect(findQueryParam(params, 'ticket')?.value).toBe('6f1c2b9e-8d4a-4c7e-9b1a-2f3e4d5c6b7a');
  });

  test('names match case-insensitively, like nginx $arg_', () => {
    expect(findQueryParam(queryParams('ws://h/?Access_Token=abc'), 'access_token')?.raw).toBe('abc');
  });

  test('parameters without "=" or value, empty pairs and no query at all', () => {
    expect(queryParams('ws://h/p?flag&&empty=')).toEqual([
      { name: 'flag', raw: '', value: '', encoding: 'raw' },
      { name: 'empty', raw: '', value: '', encoding: 'raw' },
    ]);
    expect(queryParams('ws://h/p')).toEqual([]);
    expect(rawQuery('ws://h/p#a?b')).toBe('');
  });

  test('never throws on any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (url) => Array.isArray(queryParams(url))));
  });
});
