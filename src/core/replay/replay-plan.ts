import { parseFrame } from '../jmap/parse-frame.ts';
import type { ConnectionRecord } from '../model/connection-record.ts';
import type { CapturedFrame } from '../model/frame.ts';
import { type ClientMessage, validateClientFrame } from './validate-client-frame.ts';

/** `fast`: every frame at once; `original-timing`: the captured gaps; `watch`: only PushEnable, then watch. */
export type ReplayMode = 'fast' | 'original-timing' | 'watch';

export interface ReplayStep {
  readonly text: string;
  readonly type: ClientMessage['type'];
  /** Wait before sending, after the socket opened (first step) or after the previous step. */
  readonly delayMs: number;
}

export interface ReplayPlan {
  readonly mode: ReplayMode;
  readonly steps: readonly ReplayStep[];
  /** How long the handshake may take before the replay gives up. */
  readonly connectTimeoutMs: number;
  /** After the last step: how long to wait for answers and pushes (`watch`: how long to watch). */
  readonly waitMs: number;
  /** Captured client frames not resent, and why. */
  readonly skipped: readonly { readonly frameId: number; readonly reason: string }[];
  /** Methods in the resent Requests that may change data (anything but get, query, changes, echo): warn first. */
  readonly mutatingMethods: readonly string[];
}

export interface PlanOptions {
  readonly mode?: ReplayMode;
  readonly connectTimeoutMs?: number;
  /** Response timeout (`fast`, `original-timing`) or watch window (`watch`). */
  readonly waitMs?: number;
  /** Edited client frames that replace the captured ones, in order; each is validated. */
  readonly frames?: readonly string[];
}

export type PlanResult =
  | { readonly ok: true; readonly plan: ReplayPlan }
  | { readonly ok: false; readonly errors: readonly string[] };

export const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;
export const DEFAULT_RESPONSE_TIMEOUT_MS = 10_000;
export const DEFAULT_WATCH_MS = 60_000;
const MAX_WAIT_MS = 3_600_000;
/** Watching needs push switched on: every type, when the capture has no PushEnable to resend. */
export const WATCH_PUSH_ENABLE = '{"@type":"WebSocketPushEnable","dataTypes":null}';
const READ_ONLY_METHOD = /\/(get|query|changes|queryChanges)$|^Core\/echo$/;

interface Candidate {
  readonly text: string;
  readonly type: ClientMessage['type'];
  readonly at?: number;
}

function skipReason(frame: CapturedFrame): string | undefined {
  if (frame.data.kind === 'binary') return 'binary frame: JMAP messages are text';
  if (frame.truncatedFrom !== undefined) return 'stored text was truncated: resending it would send another message';
  const check = validateClientFrame(frame.data.text);
  if (!check.ok) return check.error;
  return check.message.type === 'WebSocketPushDisable' ? 'WebSocketPushDisable would switch push off again' : undefined;
}

function captured(connection: ConnectionRecord, skipped: { frameId: number; reason: string }[]): Candidate[] {
  const candidates: Candidate[] = [];
  for (const frame of connection.frames) {
    if (frame.dir !== 'sent') continue;
    const reason = skipReason(frame);
    if (reason !== undefined) skipped.push({ frameId: frame.id, reason });
    else if (frame.data.kind === 'text') {
      const type = parseFrame(frame.data).type as ClientMessage['type'];
      candidates.push({ text: frame.data.text, type, at: frame.at });
    }
  }
  return candidates;
}

function edited(frames: readonly string[], errors: string[], timing: readonly Candidate[]): Candidate[] {
  return frames.flatMap((text, index) => {
    const check = validateClientFrame(text);
    if (!check.ok) errors.push(`frame ${index + 1}: ${check.error}`);
    return check.ok ? [{ text, type: check.message.type, at: timing[index]?.at }] : [];
  });
}

function delays(candidates: readonly Candidate[], mode: ReplayMode, start: number): ReplayStep[] {
  let previous = start;
  return candidates.map(({ text, type, at }) => {
    const delayMs = mode === 'original-timing' && at !== undefined ? Math.max(0, at - previous) : 0;
    if (at !== undefined) previous = at;
    return { text, type, delayMs };
  });
}

function mutatingMethods(steps: readonly ReplayStep[]): string[] {
  const names = steps.flatMap((step) => {
    const message = parseFrame({ kind: 'text', text: step.text });
    return message.type === 'Request' ? message.methodCalls.map(([name]) => name) : [];
  });
  return [...new Set(names.filter((name) => !READ_ONLY_METHOD.test(name)))];
}

function timeout(name: string, value: number | undefined, fallback: number, errors: string[]): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value <= 0 || value > MAX_WAIT_MS) errors.push(`${name}: between 1 ms and 1 hour`);
  return value;
}

/**
 * What a replay of `connection` sends and how long it waits: its client frames (PushEnable and Requests, in order;
 * `watch` keeps only PushEnable, adding one for every type if none was captured), or edited ones, each validated.
 */
export function planReplay(connection: ConnectionRecord, options: PlanOptions = {}): PlanResult {
  const mode = options.mode ?? 'fast';
  const errors: string[] = [];
  const skipped: { frameId: number; reason: string }[] = [];
  const fromCapture = captured(connection, skipped);
  let candidates = options.frames === undefined ? fromCapture : edited(options.frames, errors, fromCapture);
  if (mode === 'watch') {
    candidates = candidates.filter((candidate) => candidate.type === 'WebSocketPushEnable');
    if (candidates.length === 0) candidates = [{ text: WATCH_PUSH_ENABLE, type: 'WebSocketPushEnable' }];
  }
  const waitFallback = mode === 'watch' ? DEFAULT_WATCH_MS : DEFAULT_RESPONSE_TIMEOUT_MS;
  const waitMs = timeout('waitMs', options.waitMs, waitFallback, errors);
  const connectTimeoutMs = timeout('connectTimeoutMs', options.connectTimeoutMs, DEFAULT_CONNECT_TIMEOUT_MS, errors);
  if (errors.length > 0) return { ok: false, errors };
  const steps = delays(candidates, mode, connection.openAt ?? connection.createdAt);
  return {
    ok: true,
    plan: { mode, steps, connectTimeoutMs, waitMs, skipped, mutatingMethods: mutatingMethods(steps) },
  };
}
