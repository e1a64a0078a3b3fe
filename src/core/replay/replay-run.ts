import { IMMEDIATE_CLOSE_MS } from '../diagnosis/rules/closed-immediately.ts';
import type { TicketMint } from '../model/ticket-mint.ts';
import type { GuardVerdict } from './credential-guard.ts';
import type { ReplayEndReason, ReplayHandle, ReplayOptions, ReplayResult } from './replay-engine.ts';
import type { ReplaySocket, SocketListener } from './replay-io.ts';
import { allAnswered } from './replay-progress.ts';
import { ReplayRecorder } from './replay-recorder.ts';
import { replayTarget } from './replay-target.ts';
import { Timers } from './replay-timers.ts';
import { type ClientFrameCheck, validateClientFrame } from './validate-client-frame.ts';

const DEFAULT_CLOSE_GRACE_MS = 2000;
const NORMAL_CLOSURE = 1000;
const FINISHED = 'replay finished';

type State = 'starting' | 'connecting' | 'open' | 'closing' | 'settling' | 'done';

/** One replay's state machine (see `startReplay`). */
export class ReplayRun {
  readonly #options: ReplayOptions;
  readonly #done: Promise<ReplayResult>;
  #resolve: (result: ReplayResult) => void = () => undefined;
  #state: State = 'starting';
  #reason: ReplayEndReason = 'closed';
  #recorder: ReplayRecorder | undefined;
  #socket: ReplaySocket | undefined;
  readonly #timers: Timers;
  #stepsSent = false;
  #stopRequested = false;

  constructor(options: ReplayOptions) {
    this.#options = options;
    this.#timers = new Timers(options.clock);
    this.#done = new Promise((resolve) => {
      this.#resolve = resolve;
    });
    this.#start().catch((error: unknown) => {
      // A throwing callback (onUpdate) must not leave `done` pending or a socket open.
      this.#timers.clear();
      this.#socket?.close(NORMAL_CLOSURE, FINISHED);
      this.#early('invalid', `the replay failed: ${error instanceof Error ? error.message : String(error)}`);
    });
  }

  handle(): ReplayHandle {
    return { done: this.#done, send: (text) => this.#send(text), stop: () => this.#stop() };
  }

  async #start(): Promise<void> {
    const target = await replayTarget(this.#options);
    if (!target.ok) return this.#early(target.reason, target.detail, target.guard);
    if (this.#stopRequested) return this.#early('stopped', 'stopped before the socket opened');
    this.#connect(target.url, target.authorization, target.mint);
  }

  #early(reason: ReplayEndReason, detail: string, guard?: GuardVerdict): void {
    this.#state = 'done';
    this.#resolve({ reason, detail, ...(guard === undefined ? {} : { guard }) });
  }

  #connect(url: string, authorization: string | undefined, mint: TicketMint | undefined): void {
    const { clock, profile, plan, id, socketFactory } = this.#options;
    const protocols = [...profile.subprotocols];
    const headers =
      authorization === undefined
        ? {}
        : { requestHeaders: [{ name: 'Authorization', value: authorization }], requestHeadersPartial: true };
    this.#recorder = new ReplayRecorder(id, { url, protocols, ...headers }, clock.now(), mint);
    this.#state = 'connecting';
    this.#timers.start(plan.connectTimeoutMs, () => {
      this.#recorder?.handshake({ error: `replay timeout: no handshake answer within ${plan.connectTimeoutMs} ms` });
      this.#end('connect-timeout');
    });
    try {
      this.#socket = socketFactory(
        { url, protocols, ...(authorization === undefined ? {} : { authorization }) },
        this.#listener(),
      );
    } catch (error) {
      this.#recorder.error(clock.now(), error instanceof Error ? error.message : String(error));
      this.#finish();
      return;
    }
    this.#update();
  }

  #listener(): SocketListener {
    const now = () => this.#options.clock.now();
    return {
      open: ({ protocol, extensions }) => {
        if (this.#state !== 'connecting') return;
        this.#timers.clear();
        this.#recorder?.open(now(), protocol, extensions);
        this.#state = 'open';
        this.#update();
        this.#schedule(0);
      },
      message: (data) => {
        if (this.#state !== 'open' && this.#state !== 'closing') return;
        this.#recorder?.frame('received', data, now());
        this.#update();
        if (this.#answered()) this.#end('answered');
      },
      error: (message) => {
        if (this.#state === 'settling' || this.#state === 'done') return;
        this.#recorder?.error(now(), message);
        this.#update();
        this.#end('closed');
      },
      close: (info) => {
        if (this.#state === 'settling' || this.#state === 'done') return;
        this.#recorder?.close(now(), info);
        this.#finish();
      },
      handshake: (details) => {
        if (this.#state === 'done') return;
        this.#recorder?.handshake(details);
        this.#update();
      },
    };
  }

  #schedule(index: number): void {
    const { plan, clock } = this.#options;
    const step = plan.steps[index];
    if (step === undefined) {
      this.#stepsSent = true;
      // Never close our own socket within the "closed right after the upgrade" window: that cause would be ours.
      const openedFor = clock.now() - (this.#recorder?.record.openAt ?? clock.now());
      this.#timers.start(Math.max(plan.waitMs, IMMEDIATE_CLOSE_MS + 1 - openedFor), () => this.#end('waited'));
      if (this.#answered()) this.#end('answered');
      return;
    }
    this.#timers.start(step.delayMs, () => {
      this.#sendText(step.text);
      this.#schedule(index + 1);
    });
  }

  #answered(): boolean {
    const record = this.#recorder?.record;
    return this.#stepsSent && record !== undefined && allAnswered(record, this.#options.plan);
  }

  #send(text: string): ClientFrameCheck {
    const check = validateClientFrame(text);
    if (!check.ok) return check;
    if (this.#state !== 'open') return { ok: false, error: 'The replay connection is not open.' };
    this.#sendText(text);
    return check;
  }

  #sendText(text: string): void {
    this.#socket?.send(text);
    this.#recorder?.frame('sent', { kind: 'text', text }, this.#options.clock.now());
    this.#update();
  }

  #stop(): void {
    if (this.#state === 'starting') this.#stopRequested = true;
    else this.#end('stopped');
  }

  /** Ends the run: closes the socket (still open or connecting) and waits a little for its close event. */
  #end(reason: ReplayEndReason): void {
    if (this.#state !== 'connecting' && this.#state !== 'open') return;
    this.#reason = reason;
    this.#timers.clear();
    this.#state = 'closing';
    this.#socket?.close(NORMAL_CLOSURE, FINISHED);
    this.#timers.start(this.#options.closeGraceMs ?? DEFAULT_CLOSE_GRACE_MS, () => this.#finish());
  }

  #finish(): void {
    const { clock, settleMs = 0 } = this.#options;
    this.#timers.clear();
    this.#recorder?.end(clock.now());
    this.#state = 'settling';
    this.#update();
    const resolve = () => {
      this.#state = 'done';
      const record = this.#recorder?.record;
      this.#resolve({ reason: this.#reason, ...(record === undefined ? {} : { record }) });
    };
    if (settleMs > 0) this.#timers.start(settleMs, resolve);
    else resolve();
  }

  #update(): void {
    const record = this.#recorder?.record;
    if (record !== undefined) this.#options.onUpdate?.(record);
  }
}
