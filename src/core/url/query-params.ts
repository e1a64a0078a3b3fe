import { decodeQueryValue, type QueryEncoding } from './decode-query-value.ts';

export interface QueryParam {
  /** Decoded parameter name, as written (case kept). */
  readonly name: string;
  /** The value exactly as it appears in the URL. */
  readonly raw: string;
  /** The value after undoing the encoding. */
  readonly value: string;
  readonly encoding: QueryEncoding;
}

/** The query part as written, without `?` or fragment; empty when there is none. */
export function rawQuery(url: string): string {
  const withoutFragment = url.split('#', 1)[0] ?? '';
  const start = withoutFragment.indexOf('?');
  return start < 0 ? '' : withoutFragment.slice(start + 1);
}

/**
 * Every query parameter in order. A second `?` (TMail master concatenates `?ticket=` onto a URL that may already
 * have a query) is treated as a separator, so the parameter behind it is still found.
 */
export function queryParams(url: string): QueryParam[] {
  const params: QueryParam[] = [];
  for (const pair of rawQuery(url).split(/[&?]/)) {
    if (pair === '') continue;
    const equals = pair.indexOf('=');
    const rawName = equals < 0 ? pair : pair.slice(0, equals);
    const raw = equals < 0 ? '' : pair.slice(equals + 1);
    params.push({ name: decodeQueryValue(rawName).value, raw, ...decodeQueryValue(raw) });
  }
  return params;
}

/** The first parameter whose name matches case-insensitively (nginx `$arg_` matching, FACTS §8). */
export function findQueryParam(params: readonly QueryParam[], name: string): QueryParam | undefined {
  const wanted = name.toLowerCase();
  return params.find((param) => param.name.toLowerCase() === wanted);
}
