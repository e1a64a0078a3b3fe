import type { ConnectionRecord } from '../model/connection-record.ts';
import { redact, redactUrl } from '../redact/redact.ts';
import { shellCommand } from '../shell/shell-quote.ts';
import { stripCredentialParams } from './build-replay-url.ts';
import { credentialFromCapture, safeSubprotocols } from './credential-from-capture.ts';
import { authorizationValue } from './replay-credential.ts';

export interface HandshakeCommandInput {
  readonly url: string;
  readonly protocols: readonly string[];
  /** The whole Authorization value (`Bearer …`, `Basic …`). */
  readonly authorization?: string;
}

export interface CommandOptions {
  /** Show the credential; by default it is masked as `[REDACTED:xxxxxx]` (its fingerprint). */
  readonly reveal?: boolean;
}

/** RFC 6455 §1.3's sample key: curl only needs a well-formed one to get the 101. */
const SAMPLE_KEY = 'dGhlIHNhbXBsZSBub25jZQ==';

function shown(input: HandshakeCommandInput, options: CommandOptions): { url: string; authorization?: string } {
  const { url, authorization } = input;
  if (options.reveal === true) return { url, ...(authorization === undefined ? {} : { authorization }) };
  const secrets = authorization === undefined ? [] : [authorization];
  const masked = redact(redactUrl(url), secrets);
  return { url: masked, ...(authorization === undefined ? {} : { authorization: redact(authorization, secrets) }) };
}

/** `websocat --protocol jmap -H 'Authorization: …' 'wss://…'`: opens the WebSocket and prints its messages. */
export function websocatCommand(input: HandshakeCommandInput, options: CommandOptions = {}): string {
  const { url, authorization } = shown(input, options);
  const words = ['websocat'];
  if (input.protocols.length > 0) words.push('--protocol', input.protocols.join(', '));
  if (authorization !== undefined) words.push('-H', `Authorization: ${authorization}`);
  return shellCommand([...words, url]);
}

/** `curl -i -N --http1.1` with the upgrade headers: shows the handshake answer (101, 401, …) and its headers. */
export function curlCommand(input: HandshakeCommandInput, options: CommandOptions = {}): string {
  const { url, authorization } = shown(input, options);
  const headers = [
    'Connection: Upgrade',
    'Upgrade: websocket',
    'Sec-WebSocket-Version: 13',
    `Sec-WebSocket-Key: ${SAMPLE_KEY}`,
  ];
  if (input.protocols.length > 0) headers.push(`Sec-WebSocket-Protocol: ${input.protocols.join(', ')}`);
  if (authorization !== undefined) headers.push(`Authorization: ${authorization}`);
  const httpUrl = url.replace(/^ws(s?):/i, 'http$1:');
  return shellCommand(['curl', '-i', '-N', '--http1.1', ...headers.flatMap((header) => ['-H', header]), httpUrl]);
}

/**
 * A captured handshake as the command input, like DevTools' "Copy as cURL" but with the credential where the origin
 * wants it: query credentials leave the URL and become a real Authorization header. A ticket is dropped (single use).
 */
export function commandInputFromConnection(connection: ConnectionRecord): HandshakeCommandInput {
  const { handshake } = connection;
  const credential = credentialFromCapture(connection);
  const protocols = safeSubprotocols(handshake.protocols);
  const url = stripCredentialParams(handshake.url);
  return credential === undefined
    ? { url, protocols }
    : { url, protocols, authorization: authorizationValue(credential) };
}
