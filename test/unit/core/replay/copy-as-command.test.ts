import { execFileSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { fingerprint } from '../../../../src/core/redact/redact.ts';
import {
  commandInputFromConnection,
  curlCommand,
  websocatCommand,
} from '../../../../src/core/replay/copy-as-command.ts';
import { F2_OLD_TOKEN_URL } from '../../../fixtures/handshakes.ts';
import { F1_TICKET_OK, F2_TOKEN_PROXY_OK, F3_BASIC_DECODED_OK } from '../../../fixtures/scenario-connections.ts';
import { BASIC_CREDENTIALS, encodingsOf, SCENARIO_JWT, STALWART_OPAQUE_TOKEN } from '../../../fixtures/secrets.ts';

/** The argv a shell builds from the command, with the program name replaced by printf. */
function argvOf(command: string): string[] {
  const [, ...rest] = command.split(' ');
  const output = execFileSync('sh', ['-c', `printf '%s\\0' ${rest.join(' ')}`], { encoding: 'utf8' });
  return output.split('\0').slice(0, -1);
}

describe('copy as websocat / curl', () => {
  test('F3: the Basic credential leaves the URL and becomes a real Authorization header, revealed on request', () => {
    const input = commandInputFromConnection(F3_BASIC_DECODED_OK);
    expect(input).toEqual({
      url: 'wss://mail.example.org/jmap/ws',
      protocols: ['jmap'],
      authorization: `Basic ${BASIC_CREDENTIALS}`,
    });
    const websocat = websocatCommand(input, { reveal: true });
    expect(websocat).toBe(
      `websocat --protocol jmap -H 'Authorization: Basic ${BASIC_CREDENTIALS}' wss://mail.example.org/jmap/ws`,
    );
    expect(argvOf(websocat)).toEqual([
      '--protocol',
      'jmap',
      '-H',
      `Authorization: Basic ${BASIC_CREDENTIALS}`,
      'wss://mail.example.org/jmap/ws',
    ]);
  });

  test('masked by default with the core fingerprint, in every encoding', () => {
    const input = commandInputFromConnection({
      ...F2_TOKEN_PROXY_OK,
      handshake: { ...F2_TOKEN_PROXY_OK.handshake, url: F2_OLD_TOKEN_URL },
    });
    for (const command of [websocatCommand(input), curlCommand(input)]) {
      expect(command).toContain(`Authorization: Bearer ${fingerprint(STALWART_OPAQUE_TOKEN)}`);
      for (const form of encodingsOf(STALWART_OPAQUE_TOKEN)) expect(command).not.toContain(form);
    }
  });

  test('a URL that still carries a credential is masked too', () => {
    const command = websocatCommand({ url: F2_TOKEN_PROXY_OK.handshake.url, protocols: ['jmap'] });
    expect(command).not.toContain(SCENARIO_JWT);
    expect(command).toContain(fingerprint(SCENARIO_JWT));
  });

  test('curl: HTTP/1.1 upgrade headers, the http(s) form of the URL, and a shell that passes each header intact', () => {
    const input = commandInputFromConnection(F2_TOKEN_PROXY_OK);
    const curl = curlCommand(input, { reveal: true });
    expect(argvOf(curl)).toEqual([
      '-i',
      '-N',
      '--http1.1',
      '-H',
      'Connection: Upgrade',
      '-H',
      'Upgrade: websocket',
      '-H',
      'Sec-WebSocket-Version: 13',
      '-H',
      'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
      '-H',
      'Sec-WebSocket-Protocol: jmap',
      '-H',
      `Authorization: Bearer ${SCENARIO_JWT}`,
      'https://mail.example.org/jmap/ws',
    ]);
    expect(curlCommand({ url: 'ws://127.0.0.1:8080/ws', protocols: [] })).toBe(
      "curl -i -N --http1.1 -H 'Connection: Upgrade' -H 'Upgrade: websocket' -H 'Sec-WebSocket-Version: 13' -H 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==' http://127.0.0.1:8080/ws",
    );
  });

  test('a ticket is single-use: it is dropped, and no header replaces it', () => {
    expect(commandInputFromConnection(F1_TICKET_OK)).toEqual({
      url: 'wss://jmap.example.com/jmap/ws',
      protocols: ['jmap'],
    });
    expect(websocatCommand(commandInputFromConnection(F1_TICKET_OK))).toBe(
      'websocat --protocol jmap wss://jmap.example.com/jmap/ws',
    );
  });
});
