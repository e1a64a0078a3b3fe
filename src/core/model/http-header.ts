export interface HttpHeader {
  readonly name: string;
  readonly value: string;
}

/** Every value of a header, in order (a response may carry `WWW-Authenticate` twice). Names match case-insensitively. */
export function headerValues(headers: readonly HttpHeader[] | undefined, name: string): string[] {
  if (!headers) return [];
  const wanted = name.toLowerCase();
  return headers.filter((header) => header.name.toLowerCase() === wanted).map((header) => header.value);
}

export function headerValue(headers: readonly HttpHeader[] | undefined, name: string): string | undefined {
  return headerValues(headers, name)[0];
}
