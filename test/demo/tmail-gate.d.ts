/** Types for the plain-JS demo module `tmail-gate.js`. */
export const WEBSOCKET: string;
export const TICKET: string;
export type DemoMode = 'upstream' | 'access_token' | 'basic' | 'none';
export interface DemoParams {
  mode: DemoMode;
  echo: boolean;
  labels: boolean;
  user: string;
  password: string;
  token: string;
  ws: string | undefined;
  server: string;
}
export type Strategy = 'ticket' | 'access_token' | 'basic' | 'none';
export type PushDecision =
  | { ok: true; wsUrl: string; strategy: Strategy; ticketEndpoint: string | undefined }
  | { ok: false; reason: string };
export function readParams(search: string, origin: string): DemoParams;
export function decidePush(session: unknown, mode: DemoMode): PushDecision;
