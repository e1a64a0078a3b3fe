import type { ConnectionRecord } from '../model/connection-record.ts';
import type { GuardVerdict } from './credential-guard.ts';
import type { EndpointProfile } from './endpoint-profile.ts';
import type { ReplayCredential } from './replay-credential.ts';
import type { ReplayClock, SocketFactory, TicketMinter } from './replay-io.ts';
import type { ReplayPlan } from './replay-plan.ts';
import { ReplayRun } from './replay-run.ts';
import type { ClientFrameCheck } from './validate-client-frame.ts';

export interface ReplayOptions {
  /** The replay connection's id in the store. */
  readonly id: string;
  readonly plan: ReplayPlan;
  readonly profile: EndpointProfile;
  readonly credential?: ReplayCredential;
  /** `ticket` transport: the session's generationEndpoint (`ticketGenerationEndpoint`). */
  readonly mintUrl?: string;
  /** Hosts the user configured; the credential goes nowhere else (`guardCredential`). */
  readonly configuredHosts: readonly string[];
  /** The user already agreed to send the credential over plain ws:// (the guard's question). */
  readonly confirmed?: boolean;
  readonly socketFactory: SocketFactory;
  readonly clock: ReplayClock;
  readonly mintTicket?: TicketMinter;
  /** Called with a fresh record after every event. */
  readonly onUpdate?: (record: ConnectionRecord) => void;
  /** How long to wait for the close event after closing the socket ourselves (default 2 s). */
  readonly closeGraceMs?: number;
  /** How long to keep listening for late handshake details after the end (default 0). */
  readonly settleMs?: number;
}

/**
 * Why the replay ended: `answered` (every Request answered and, if push was enabled, a StateChange came),
 * `waited` (the response timeout or watch window ran out), `closed` (server, proxy or network), `connect-timeout`,
 * `stopped` (the user), or before any socket: `refused` (the credential guard), `mint-failed`, `invalid`.
 */
export type ReplayEndReason =
  | 'answered'
  | 'waited'
  | 'closed'
  | 'connect-timeout'
  | 'stopped'
  | 'refused'
  | 'mint-failed'
  | 'invalid';

export interface ReplayResult {
  /** Undefined when no socket was opened (refused, mint failed or invalid). */
  readonly record?: ConnectionRecord;
  readonly reason: ReplayEndReason;
  /** Why it could not run: the guard's question or reason, the mint or URL error. */
  readonly detail?: string;
  readonly guard?: GuardVerdict;
}

export interface ReplayHandle {
  readonly done: Promise<ReplayResult>;
  /** Sends an edited client frame on the open replay connection, after validating it. */
  send(text: string): ClientFrameCheck;
  /** Ends the replay now (closes the socket with 1000). */
  stop(): void;
}

/**
 * Runs one replay: checks the credential guard, mints a ticket when the transport needs one, opens the socket through
 * the injected factory, sends the plan's frames, waits for answers and pushes, and records everything as a
 * `ConnectionRecord`. Never throws; every failure is a `ReplayResult`.
 */
export function startReplay(options: ReplayOptions): ReplayHandle {
  return new ReplayRun(options).handle();
}
