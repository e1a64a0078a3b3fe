import { describe, expect, test } from 'vitest';
import type { ConnectionRecord } from '../../../../src/core/model/connection-record.ts';
import { credentialFromCapture, safeSubprotocols } from '../../../../src/core/replay/credential-from-capture.ts';
import { endpointPresets } from '../../../../src/core/replay/endpoint-presets.ts';
import type { EndpointProfile } from '../../../../src/core/replay/endpoint-profile.ts';
import { F2_OLD_TOKEN_URL } from '../../../fixtures/handshakes.ts';
import { STALWART, TMAIL_BACKEND } from '../../../fixtures/scenario-builders.ts';
import {
  F1_TICKET_OK,
  F2_TOKEN_PROXY_OK,
  F3_BASIC_DECODED_OK,
  F4_HEADER_OK,
} from '../../../fixtures/scenario-connections.ts';
import {
  BASIC_CREDENTIALS,
  encodingsOf,
  KNOWN_SECRETS,
  RFC_BASIC_CREDENTIALS,
  SCENARIO_JWT,
  STALWART_OPAQUE_TOKEN,
} from '../../../fixtures/secrets.ts';

const SAVED: EndpointProfile = {
  name: 'nginx staging',
  url: 'wss://proxy.example.org/jmap/ws',
  transport: 'query-authorization',
  encoding: 'percent',
  extraParams: [],
  subprotocols: ['jmap'],
};

const withUrl = (connection: ConnectionRecord, url: string, protocols = connection.handshake.protocols) => ({
  ...connection,
  handshake: { ...connection.handshake, url, protocols },
});

describe('endpointPresets', () => {
  test('F2: the captured URL without its token, the origin with the header, then the saved endpoints', () => {
    const presets = endpointPresets({ connection: F2_TOKEN_PROXY_OK, session: STALWART, saved: [SAVED] });
    expect(presets).toEqual([
      {
        kind: 'captured',
        profile: {
          name: 'Captured URL (mail.example.org)',
          url: 'wss://mail.example.org/jmap/ws',
          transport: 'query-access-token',
          // a JWT is written the same in every encoding; the capture's decoder calls that raw
          encoding: 'raw',
          extraParams: [],
          subprotocols: ['jmap'],
        },
      },
      {
        kind: 'origin-header',
        profile: {
          name: 'Origin with header (mail.example.org)',
          url: 'wss://mail.example.org/jmap/ws',
          transport: 'header',
          encoding: 'form',
          extraParams: [],
          subprotocols: ['jmap'],
        },
      },
      { kind: 'saved', profile: SAVED },
    ]);
  });

  test('the captured transport and encoding follow the capture (F1 ticket, F3 form Basic, percent token)', () => {
    const captured = (connection: ConnectionRecord) => endpointPresets({ connection })[0]?.profile;
    expect(captured(F1_TICKET_OK)).toMatchObject({ transport: 'ticket', url: 'wss://jmap.example.com/jmap/ws' });
    expect(captured(F3_BASIC_DECODED_OK)).toMatchObject({ transport: 'query-authorization', encoding: 'form' });
    expect(captured(withUrl(F2_TOKEN_PROXY_OK, F2_OLD_TOKEN_URL))).toMatchObject({ encoding: 'percent' });
    expect(captured(F4_HEADER_OK)).toMatchObject({ transport: 'header' });
  });

  test('a captured URL and a saved endpoint that are the same are listed once; the header preset needs no duplicate', () => {
    const presets = endpointPresets({
      connection: F4_HEADER_OK,
      session: TMAIL_BACKEND,
      saved: [{ ...SAVED, url: 'wss://jmap.example.com/jmap/ws', transport: 'header' }],
    });
    expect(presets.map((preset) => preset.kind)).toEqual(['captured']);
  });

  test('no preset ever holds a credential, whatever the capture carried', () => {
    const connections = [F1_TICKET_OK, F2_TOKEN_PROXY_OK, F3_BASIC_DECODED_OK, F4_HEADER_OK];
    const tokenProtocol = withUrl(F2_TOKEN_PROXY_OK, F2_TOKEN_PROXY_OK.handshake.url, ['jmap', SCENARIO_JWT]);
    for (const connection of [...connections, tokenProtocol]) {
      const text = JSON.stringify(endpointPresets({ connection, session: TMAIL_BACKEND }));
      for (const secret of KNOWN_SECRETS) for (const form of encodingsOf(secret)) expect(text).not.toContain(form);
    }
  });

  test('an unusable saved profile is left out', () => {
    const broken = { ...SAVED, url: 'https://not-a-websocket.example/' };
    expect(endpointPresets({ connection: F2_TOKEN_PROXY_OK, saved: [broken] }).map((preset) => preset.kind)).toEqual([
      'captured',
      'origin-header',
    ]);
  });
});

describe('credentialFromCapture', () => {
  test('the decoded credential of each capture; none for a ticket', () => {
    expect(credentialFromCapture(F2_TOKEN_PROXY_OK)).toEqual({ scheme: 'Bearer', value: SCENARIO_JWT });
    expect(credentialFromCapture(withUrl(F2_TOKEN_PROXY_OK, F2_OLD_TOKEN_URL))).toEqual({
      scheme: 'Bearer',
      value: STALWART_OPAQUE_TOKEN,
    });
    expect(credentialFromCapture(F3_BASIC_DECODED_OK)).toEqual({ scheme: 'Basic', value: BASIC_CREDENTIALS });
    expect(credentialFromCapture(F4_HEADER_OK)).toEqual({ scheme: 'Basic', value: RFC_BASIC_CREDENTIALS });
    expect(credentialFromCapture(F1_TICKET_OK)).toBeUndefined();
  });

  test('access_token=Bearer+… keeps one scheme; a malformed value gives none', () => {
    const url = `wss://mail.example.org/jmap/ws?access_token=Bearer+${SCENARIO_JWT}`;
    expect(credentialFromCapture(withUrl(F2_TOKEN_PROXY_OK, url))).toEqual({ scheme: 'Bearer', value: SCENARIO_JWT });
    const odd = withUrl(F2_TOKEN_PROXY_OK, 'wss://m.example.org/ws?authorization=Digest+abc');
    expect(credentialFromCapture(odd)).toBeUndefined();
  });

  test('safeSubprotocols drops the entries that carry a token', () => {
    expect(safeSubprotocols(['jmap', SCENARIO_JWT])).toEqual(['jmap']);
    expect(safeSubprotocols(['jmap', 'chat'])).toEqual(['jmap', 'chat']);
  });
});
