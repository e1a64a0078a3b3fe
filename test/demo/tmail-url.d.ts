/** Types for the plain-JS demo module `tmail-url.js`. */
import type { DemoParams, PushDecision } from './tmail-gate.js';

export type OpenDecision = PushDecision & { ok: true };
export interface UrlDeps {
  params: DemoParams;
  fetch: typeof fetch;
  log: (kind: string, text: string) => void;
  now: number;
}

export const JMAP_ACCEPT: string;
export function authorizationFor(params: DemoParams): string;
export function redactUrl(url: string): string;
export function usableToken(token: string, now: number): string;
export function connectionUrl(deps: UrlDeps, decision: OpenDecision): Promise<string>;
