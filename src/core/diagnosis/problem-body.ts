/** The RFC 7807 fields a handshake rejection body carries (James: `application/json`, Stalwart: `problem+json`). */
export interface ProblemBody {
  readonly type?: string;
  readonly status?: number;
  readonly title?: string;
  readonly detail?: string;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function stringField(record: Record<string, unknown>, key: string): string | undefined {
  const value = record[key];
  return typeof value === 'string' ? value : undefined;
}

/** The problem fields of a response body, or undefined when the body is absent, not JSON or has none of them. */
export function parseProblemBody(body: string | undefined): ProblemBody | undefined {
  if (body === undefined) return undefined;
  const json = parseJson(body);
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return undefined;
  const record = json as Record<string, unknown>;
  const status = typeof record.status === 'number' ? record.status : undefined;
  const problem: ProblemBody = {
    type: stringField(record, 'type'),
    status,
    title: stringField(record, 'title'),
    detail: stringField(record, 'detail'),
  };
  const hasAny = Object.values(problem).some((value) => value !== undefined);
  return hasAny ? problem : undefined;
}
