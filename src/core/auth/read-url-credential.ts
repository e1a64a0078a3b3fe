import { type QueryParam, queryParams, rawQuery } from '../url/query-params.ts';
import type { AuthCandidate, CredentialReading, UrlCredential } from './auth-classification.ts';
import { describeUrlCredential } from './describe-url-credential.ts';
import { type SchemeSplit, splitScheme } from './split-scheme.ts';
import type { StrategyId } from './strategy-id.ts';
import { strategyOfParam } from './url-credential-params.ts';

export function toUrlCredential(param: QueryParam, split: SchemeSplit): UrlCredential {
  const credential = { param: param.name, raw: param.raw, value: param.value, encoding: param.encoding };
  return split.scheme ? { ...credential, scheme: split.scheme } : credential;
}

function emptinessNote(name: string, value: string, split: SchemeSplit): string | undefined {
  if (value.trim() === '') return `query parameter "${name}" is present but empty: not a credential`;
  if (split.scheme && split.rest === '') {
    return `query parameter "${name}" holds only the scheme "${split.scheme}" with nothing after it: not a credential`;
  }
  return undefined;
}

/** Names written after a second `?` inside the query (`?a=1?ticket=…`, from string concatenation). */
function namesAfterSecondQuestionMark(url: string): Set<string> {
  const names = new Set<string>();
  for (const segment of rawQuery(url).split('&')) {
    for (const pair of segment.split('?').slice(1)) {
      for (const param of queryParams(`?${pair}`)) names.add(param.name.toLowerCase());
    }
  }
  return names;
}

function placementNotes(url: string, credentialNames: readonly string[]): string[] {
  const notes: string[] = [];
  const hidden = namesAfterSecondQuestionMark(url);
  const counts = new Map<string, number>();
  for (const name of credentialNames) counts.set(name.toLowerCase(), (counts.get(name.toLowerCase()) ?? 0) + 1);
  for (const [name, count] of counts) {
    if (count > 1) {
      notes.push(`query parameter "${name}" appears ${count} times: servers and proxies may pick different ones`);
    }
    if (hidden.has(name)) {
      notes.push(
        `query parameter "${name}" comes after a second "?": servers that split the query only at "&" (such as Netty's QueryStringDecoder in tmail-backend) read it as part of the text before it and never see it`,
      );
    }
  }
  return notes;
}

function readParam(param: QueryParam, strategy: StrategyId): AuthCandidate | string {
  const split = splitScheme(param.value, strategy === 'query-authorization');
  const empty = emptinessNote(param.name, param.value, split);
  if (empty) return empty;
  const credential = toUrlCredential(param, split);
  return { strategy, credential, evidence: describeUrlCredential(strategy, credential, split) };
}

/** Query credentials (`ticket`, `authorization`, `access_token` and aliases) under any encoding; never throws. */
export function readUrlCredentials(url: string): CredentialReading {
  const candidates: AuthCandidate[] = [];
  const notes: string[] = [];
  const names: string[] = [];
  for (const param of queryParams(url)) {
    const strategy = strategyOfParam(param.name);
    if (!strategy) continue;
    names.push(param.name);
    const read = readParam(param, strategy);
    if (typeof read === 'string') notes.push(read);
    else candidates.push(read);
  }
  return { candidates, notes: [...notes, ...placementNotes(url, names)] };
}
