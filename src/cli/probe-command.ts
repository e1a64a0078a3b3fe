import { parseArgs } from 'node:util';
import type { ConnectionRecord } from '../core/model/connection-record.ts';
import { DEFAULT_SUBPROTOCOLS, type EndpointProfile } from '../core/replay/endpoint-profile.ts';
import type { ReplayResult } from '../core/replay/replay-engine.ts';
import { startReplay } from '../core/replay/replay-engine.ts';
import type { ReplayClock } from '../core/replay/replay-io.ts';
import { replayOutcome } from '../core/replay/replay-outcome.ts';
import { planReplay, type ReplayPlan, WATCH_PUSH_ENABLE } from '../core/replay/replay-plan.ts';
import { type CliCommand, UsageError } from './cli-command.ts';
import { type CliIo, EXIT_FAILURE, EXIT_OK } from './cli-io.ts';
import { fetchTicketMinter } from './fetch-ticket-minter.ts';
import { nodeSocketFactory } from './node-socket.ts';
import { PROBE_HELP, PROBE_SUMMARY } from './probe-help.ts';
import { type ProbeOptions, probeOptions } from './probe-options.ts';
import { printOutcome, probeSucceeded } from './probe-output.ts';

const OPTIONS = {
  via: { type: 'string' },
  bearer: { type: 'string' },
  basic: { type: 'string' },
  'ticket-from': { type: 'string' },
  transport: { type: 'string' },
  wait: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const NODE_CLOCK: ReplayClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** PushEnable for every type, answered when a StateChange comes: "fast" mode ends on it, or after the wait. */
function probePlan(options: ProbeOptions): ReplayPlan {
  const empty: ConnectionRecord = {
    id: 'probe',
    handshake: { url: options.url, protocols: [] },
    createdAt: 0,
    frames: [],
  };
  const planned = planReplay(empty, {
    mode: 'fast',
    frames: [WATCH_PUSH_ENABLE],
    waitMs: options.waitMs,
    connectTimeoutMs: options.waitMs,
  });
  if (!planned.ok) throw new UsageError(planned.errors.join('; '));
  return planned.plan;
}

function runProbe(options: ProbeOptions): Promise<ReplayResult> {
  const profile: EndpointProfile = {
    name: 'probe',
    url: options.url,
    transport: options.transport,
    encoding: 'form',
    extraParams: [],
    subprotocols: DEFAULT_SUBPROTOCOLS,
  };
  const hosts = [options.url, options.via, options.mintUrl].filter((host) => host !== undefined);
  return startReplay({
    id: 'probe',
    plan: probePlan(options),
    profile,
    ...(options.credential === undefined ? {} : { credential: options.credential }),
    ...(options.mintUrl === undefined ? {} : { mintUrl: options.mintUrl }),
    configuredHosts: hosts,
    // Typed on the command line: the user chose this endpoint, plain ws:// included.
    confirmed: true,
    socketFactory: nodeSocketFactory(options.via === undefined ? {} : { via: options.via }),
    clock: NODE_CLOCK,
    mintTicket: fetchTicketMinter,
  }).done;
}

async function run(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true });
  if (values.help) {
    io.stdout.write(PROBE_HELP);
    return EXIT_OK;
  }
  const options = probeOptions(positionals, values, io);
  const result = await runProbe(options);
  const outcome = replayOutcome(result);
  const minted = result.record?.ticketMint?.ticket?.value;
  printOutcome(io, outcome, result.record, minted === undefined ? options.secrets : [...options.secrets, minted]);
  return probeSucceeded(outcome) ? EXIT_OK : EXIT_FAILURE;
}

export const PROBE_COMMAND: CliCommand = { name: 'probe', summary: PROBE_SUMMARY, help: PROBE_HELP, run };
