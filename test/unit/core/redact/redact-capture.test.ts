import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyzeCapture, captureSecrets } from '../../../../src/core/capture/analyze-capture.ts';
import type { Capture } from '../../../../src/core/capture/capture.ts';
import { fingerprint, redact } from '../../../../src/core/redact/redact.ts';
import { redactCapture } from '../../../../src/core/redact/redact-capture.ts';
import { F1_TICKET_MINT } from '../../../fixtures/handshakes.ts';
import { F1_TICKET_OK } from '../../../fixtures/scenarios.ts';
import { encodingsOf, KNOWN_SECRETS, STALWART_OPAQUE_TOKEN, TICKET } from '../../../fixtures/secrets.ts';
import { live, nowAfter, SCENARIOS, scenarioCapture } from '../bundle/scenario-captures.ts';

function secretsOf(capture: Capture): string[] {
  return captureSecrets(analyzeCapture(capture, nowAfter(capture)), capture);
}

function oneFrame(text: string): Capture {
  const frame = { id: 1, dir: 'received' as const, at: 1, data: { kind: 'text' as const, text } };
  return { connections: [{ ...live(F1_TICKET_OK), frames: [frame] }], sessions: [], ticketMints: [] };
}

describe('redactCapture', () => {
  test.each(SCENARIOS.map((scenario) => [scenario.name, scenario] as const))(
    '%s: no known secret left',
    (_, scenario) => {
      const capture = scenarioCapture(scenario);
      const text = JSON.stringify(redactCapture(capture, secretsOf(capture)));
      for (const secret of KNOWN_SECRETS) for (const form of encodingsOf(secret)) expect(text).not.toContain(form);
    },
  );

  test('gives one secret one fingerprint in the URL, a frame, a session body and the ticket POST', () => {
    const url = `https://jmap.example.com/jmap/session?t=${TICKET}`;
    const base = oneFrame(`{"ticket":"${encodeURIComponent(TICKET)}"}`);
    const capture: Capture = { ...base, sessions: [{ at: 0, url, body: TICKET }], ticketMints: [F1_TICKET_MINT] };
    const redacted = redactCapture(capture, [TICKET]);
    const print = fingerprint(TICKET);
    const [connection] = redacted.connections;
    expect(connection?.handshake.url).toContain(print);
    expect(connection?.frames[0]?.data).toEqual({ kind: 'text', text: `{"ticket":"${print}"}` });
    expect(redacted.sessions[0]).toEqual({
      at: 0,
      url: `https://jmap.example.com/jmap/session?t=${print}`,
      body: print,
    });
    expect(redacted.ticketMints[0]?.ticket?.value).toBe(print);
    expect(connection?.ticketMint?.ticket?.value).toBe(print);
  });

  test('keeps ids, times, sizes and the members that were absent absent', () => {
    const binary = {
      id: 2,
      dir: 'sent' as const,
      at: 5,
      data: { kind: 'binary' as const, size: 70_000, headHex: '00ff' },
    };
    const capture: Capture = {
      connections: [{ ...live(F1_TICKET_OK), frames: [binary] }],
      sessions: [],
      ticketMints: [],
    };
    const redacted = redactCapture(capture, [TICKET]);
    expect(redacted.connections[0]?.frames).toEqual([{ ...binary, data: { ...binary.data, headHex: '' } }]);
    expect(Object.keys(redacted.connections[0] ?? {}).sort()).toEqual(Object.keys(capture.connections[0] ?? {}).sort());
  });

  test('keeps only the size of a binary frame: no redaction matches a secret written as hex', () => {
    const bearerHex = Array.from(new TextEncoder().encode(`Bearer ${STALWART_OPAQUE_TOKEN}`).slice(0, 32), (byte) =>
      byte.toString(16).padStart(2, '0'),
    ).join('');
    const binary = {
      id: 2,
      dir: 'sent' as const,
      at: 5,
      data: { kind: 'binary' as const, size: 40, headHex: bearerHex },
    };
    const capture: Capture = {
      connections: [{ ...live(F1_TICKET_OK), frames: [binary] }],
      sessions: [],
      ticketMints: [],
    };
    const data = redactCapture(capture, [STALWART_OPAQUE_TOKEN]).connections[0]?.frames[0]?.data;
    expect(data).toEqual({ kind: 'binary', size: 40, headHex: '' });
  });

  test('gives every text exactly what redact gives it, in any encoding and letter case of the escapes', () => {
    const secrets = [TICKET, STALWART_OPAQUE_TOKEN];
    const pieces = fc.constantFrom(...secrets.flatMap(encodingsOf), 'a', ' ', '%2b', 'Bearer ', '&access_token=');
    const texts = fc.array(pieces, { maxLength: 6 }).map((parts) => parts.join(''));
    const anyCase = fc.tuple(texts, fc.boolean()).map(([text, lower]) => (lower ? text.toLowerCase() : text));
    fc.assert(
      fc.property(anyCase, (text) => {
        const frame = redactCapture(oneFrame(text), secrets).connections[0]?.frames[0];
        expect(frame?.data).toEqual({ kind: 'text', text: redact(text, secrets) });
      }),
    );
  });
});
