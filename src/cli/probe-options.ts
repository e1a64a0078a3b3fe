import { REPLAY_TRANSPORTS, type ReplayTransport } from '../core/replay/endpoint-profile.ts';
import { basicCredential, credentialProblem, type ReplayCredential } from '../core/replay/replay-credential.ts';
import { UsageError } from './cli-command.ts';
import type { CliIo } from './cli-io.ts';

export const BEARER_ENV = 'JMAP_PUSH_INSPECTOR_BEARER';
export const BASIC_ENV = 'JMAP_PUSH_INSPECTOR_BASIC';
const DEFAULT_WAIT_SECONDS = 10;
const MAX_WAIT_SECONDS = 3600;

export interface ProbeValues {
  readonly via?: string;
  readonly bearer?: string;
  readonly basic?: string;
  readonly 'ticket-from'?: string;
  readonly transport?: string;
  readonly wait?: string;
}

export interface ProbeOptions {
  readonly url: string;
  readonly via?: string;
  readonly credential?: ReplayCredential;
  /** Every form of the credential as typed, for redaction. */
  readonly secrets: readonly string[];
  readonly transport: ReplayTransport;
  readonly mintUrl?: string;
  readonly waitMs: number;
}

function webSocketUrl(text: string, what: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`${what} must be a ws:// or wss:// URL`);
  }
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:') throw new UsageError(`${what} must be a ws:// or wss:// URL`);
  return text;
}

function httpUrl(text: string): string {
  const scheme = /^(https?):\/\//i.exec(text);
  if (scheme === null || !URL.canParse(text)) throw new UsageError('--ticket-from must be an http:// or https:// URL');
  return text;
}

function basic(text: string, where: string): { credential: ReplayCredential; secrets: string[] } {
  const colon = text.indexOf(':');
  if (colon <= 0) throw new UsageError(`${where} must be user:password`);
  const credential = basicCredential(text.slice(0, colon), text.slice(colon + 1));
  return { credential, secrets: [credential.value, text, text.slice(colon + 1)] };
}

function credentialOf(values: ProbeValues, io: CliIo): { credential?: ReplayCredential; secrets: string[] } {
  if (values.bearer !== undefined && values.basic !== undefined)
    throw new UsageError('give --bearer or --basic, not both');
  if (values.bearer !== undefined)
    return { credential: { scheme: 'Bearer', value: values.bearer }, secrets: [values.bearer] };
  if (values.basic !== undefined) return basic(values.basic, '--basic');
  const bearer = io.env[BEARER_ENV] ?? '';
  if (bearer !== '') return { credential: { scheme: 'Bearer', value: bearer }, secrets: [bearer] };
  const basicText = io.env[BASIC_ENV] ?? '';
  return basicText === '' ? { secrets: [] } : basic(basicText, BASIC_ENV);
}

function transportOf(values: ProbeValues, hasCredential: boolean): ReplayTransport {
  const { transport } = values;
  if (transport === undefined)
    return values['ticket-from'] !== undefined ? 'ticket' : hasCredential ? 'header' : 'none';
  if (!(REPLAY_TRANSPORTS as readonly string[]).includes(transport)) {
    throw new UsageError(`unknown transport ${JSON.stringify(transport)}: one of ${REPLAY_TRANSPORTS.join(', ')}`);
  }
  return transport as ReplayTransport;
}

function waitMs(text: string | undefined): number {
  if (text === undefined) return DEFAULT_WAIT_SECONDS * 1000;
  const seconds = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text) || seconds <= 0 || seconds > MAX_WAIT_SECONDS) {
    throw new UsageError(`--wait must be a number of seconds between 0 and ${MAX_WAIT_SECONDS}`);
  }
  return Math.round(seconds * 1000);
}

function checkCombination(options: ProbeOptions): void {
  const { transport, credential, mintUrl } = options;
  if (transport === 'none' && credential !== undefined) throw new UsageError('--transport none sends no credential');
  if (transport !== 'none' && credential === undefined) {
    throw new UsageError(`the ${transport} transport needs --bearer, --basic, ${BEARER_ENV} or ${BASIC_ENV}`);
  }
  if (transport === 'ticket' && mintUrl === undefined) throw new UsageError('the ticket transport needs --ticket-from');
  if (transport !== 'ticket' && mintUrl !== undefined)
    throw new UsageError('--ticket-from goes with --transport ticket');
  if (transport === 'query-access-token' && credential?.scheme === 'Basic') {
    throw new UsageError('access_token carries a bare Bearer token: use --transport query-authorization for Basic');
  }
  const problem = credential === undefined ? undefined : credentialProblem(credential);
  if (problem !== undefined) throw new UsageError(problem);
}

/** The probe's command line (and environment) as options; a UsageError names the first problem. */
export function probeOptions(positionals: readonly string[], values: ProbeValues, io: CliIo): ProbeOptions {
  const [target, ...extra] = positionals;
  if (target === undefined) throw new UsageError('which WebSocket URL? e.g. wss://mail.example.com/jmap/ws');
  if (extra.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(extra[0])}`);
  const { credential, secrets } = credentialOf(values, io);
  const mintUrl = values['ticket-from'] === undefined ? undefined : httpUrl(values['ticket-from']);
  const options: ProbeOptions = {
    url: webSocketUrl(target, 'the URL'),
    ...(values.via === undefined ? {} : { via: webSocketUrl(values.via, '--via') }),
    ...(credential === undefined ? {} : { credential }),
    secrets,
    transport: transportOf(values, credential !== undefined),
    ...(mintUrl === undefined ? {} : { mintUrl }),
    waitMs: waitMs(values.wait),
  };
  checkCombination(options);
  return options;
}
