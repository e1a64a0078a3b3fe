import { signal } from '@preact/signals';
import type { ConnectionRecord } from '../../core/model/connection-record.ts';
import { ticketGenerationEndpoint } from '../../core/replay/applicable-transports.ts';
import { type MatrixRow, matrixCells, runDiagnoseMatrix } from '../../core/replay/diagnose-matrix.ts';
import type { EndpointProfile } from '../../core/replay/endpoint-profile.ts';
import type { ReplayCredential } from '../../core/replay/replay-credential.ts';
import { type ReplayHandle, type ReplayResult, startReplay } from '../../core/replay/replay-engine.ts';
import type { ReplayClock, TicketMinter } from '../../core/replay/replay-io.ts';
import { planReplay, type ReplayMode } from '../../core/replay/replay-plan.ts';
import type { ClientFrameCheck } from '../../core/replay/validate-client-frame.ts';
import type { JmapSession } from '../../core/session/jmap-session.ts';
import type { ReplayCoordinator } from './replay-coordinator.ts';

export interface ReplayRequest {
  readonly original: ConnectionRecord;
  readonly session?: JmapSession;
  readonly profile: EndpointProfile;
  readonly credential?: ReplayCredential;
  readonly mode: ReplayMode;
  readonly waitMs: number;
  /** The user agreed to send the credential over plain ws:// (the guard's question). */
  readonly confirmed?: boolean;
  /** Where the `ticket` transport mints, when the user gave it (else the session's generationEndpoint). */
  readonly mintUrl?: string;
  /** A URL the user typed for this replay: a host they configured, besides the capture's and the saved ones. */
  readonly typedUrl?: string;
}

/** One replay as the panel follows it. */
export interface ReplayRunView {
  readonly id: string;
  readonly of: string;
  readonly via: string;
  readonly result?: ReplayResult;
}

export interface MatrixRun {
  readonly of: string;
  readonly rows: readonly MatrixRow[];
  readonly total: number;
  readonly done: boolean;
}

/** Waiting after the close for webRequest's last word on the handshake (it may come after the socket's events). */
const SETTLE_MS = 300;

const windowClock: ReplayClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Runs replays from the panel (never from the inspected page) and keeps what the UI shows of them: each run's
 * result, and the diagnose matrix of a connection. The credential only goes to the hosts of the endpoints offered.
 */
export class ReplayService {
  readonly runs = signal<readonly ReplayRunView[]>([]);
  readonly matrix = signal<MatrixRun | undefined>(undefined);
  /** The endpoints the user saved (options page), offered after the presets of each connection. */
  readonly saved = signal<readonly EndpointProfile[]>([]);
  /** The credential saved with the saved endpoint of this name, looked up when the user picks it (set by main.tsx). */
  savedCredential: (name: string) => Promise<ReplayCredential | undefined> = async () => undefined;
  readonly #coordinator: ReplayCoordinator;
  readonly #minter: TicketMinter;
  readonly #clock: ReplayClock;
  readonly #handles = new Map<string, ReplayHandle>();
  #count = 0;

  constructor(coordinator: ReplayCoordinator, minter: TicketMinter, clock: ReplayClock = windowClock) {
    this.#coordinator = coordinator;
    this.#minter = minter;
    this.#clock = clock;
  }

  /** Starts one replay; resolves with its result (the run also shows in `runs`). */
  start(request: ReplayRequest): Promise<ReplayResult> {
    const id = `replay:${Date.now().toString(36)}-${++this.#count}`;
    const run: ReplayRunView = { id, of: request.original.id, via: request.profile.name };
    this.runs.value = [...this.runs.value, run];
    const done = this.#run(id, request).then((result) => {
      this.runs.value = this.runs.value.map((item) => (item.id === id ? { ...item, result } : item));
      this.#handles.delete(id);
      this.#coordinator.finish(id);
      return result;
    });
    return done;
  }

  /**
   * Every offered endpoint × every transport that applies, one replay after the other. A saved endpoint that has a
   * credential of its own is tried with it (each proxy may expect its own user); every other one with the form's.
   */
  async diagnose(request: Omit<ReplayRequest, 'profile'> & { readonly endpoints: readonly EndpointProfile[] }) {
    const { endpoints, ...base } = request;
    const cells = matrixCells({ endpoints, session: base.session, credential: base.credential });
    const of = base.original.id;
    this.matrix.value = { of, rows: [], total: cells.length, done: false };
    const rows = await runDiagnoseMatrix({
      cells,
      run: async (cell) => {
        const own = await this.#ownCredential(cell.endpoint.name);
        return this.start({ ...base, profile: cell.endpoint, credential: own ?? base.credential });
      },
      onRow: (row) => {
        const current = this.matrix.value;
        if (current?.of === of) this.matrix.value = { ...current, rows: [...current.rows, row] };
      },
    });
    this.matrix.value = { of, rows, total: cells.length, done: true };
  }

  #ownCredential(name: string): Promise<ReplayCredential | undefined> {
    const saved = this.saved.value.some((profile) => profile.name === name);
    return saved ? this.savedCredential(name) : Promise.resolve(undefined);
  }

  /** Sends an edited client frame on a replay still open. */
  send(replayId: string, text: string): ClientFrameCheck | undefined {
    return this.#handles.get(replayId)?.send(text);
  }

  isOpen(replayId: string): boolean {
    return this.#handles.has(replayId);
  }

  stop(replayId: string): void {
    this.#handles.get(replayId)?.stop();
  }

  /**
   * Where a credential may go: the server the capture talked to (its URL, the session's WebSocket URL and ticket
   * endpoint), the endpoints the user saved, and a URL they typed for this replay. Nothing else.
   */
  #configuredHosts(request: ReplayRequest): string[] {
    const { original, session, typedUrl, mintUrl } = request;
    const fromCapture = [original.handshake.url, session?.webSocket?.resolvedUrl, ticketGenerationEndpoint(session)];
    const typed = [typedUrl, mintUrl];
    return [...fromCapture, ...typed, ...this.saved.value.map((profile) => profile.url)].filter(
      (url): url is string => url !== undefined,
    );
  }

  #run(id: string, request: ReplayRequest): Promise<ReplayResult> {
    const planned = planReplay(request.original, { mode: request.mode, waitMs: request.waitMs });
    if (!planned.ok) return Promise.resolve({ reason: 'invalid', detail: planned.errors.join('; ') });
    const via = request.profile.name;
    const handle = startReplay({
      id,
      plan: planned.plan,
      profile: request.profile,
      credential: request.credential,
      mintUrl: request.mintUrl ?? ticketGenerationEndpoint(request.session),
      configuredHosts: this.#configuredHosts(request),
      confirmed: request.confirmed,
      socketFactory: this.#coordinator.socketFactory(id),
      clock: this.#clock,
      mintTicket: this.#minter,
      onUpdate: (record) => this.#coordinator.report(record, { of: request.original.id, via }),
      settleMs: SETTLE_MS,
    });
    this.#handles.set(id, handle);
    return handle.done;
  }
}
