import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { HandshakeRecord } from '../../../../src/core/model/handshake-record.ts';
import { scanSubprotocols } from '../../../../src/core/secrets/scan-subprotocols.ts';
import { F1_HANDSHAKE } from '../../../fixtures/handshakes.ts';
import { base64UrlOf, SCENARIO_JWT } from '../../../fixtures/secrets.ts';

function offering(protocols: string[], header?: string): HandshakeRecord {
  const requestHeaders = header === undefined ? undefined : [{ name: 'Sec-WebSocket-Protocol', value: header }];
  return { url: 'wss://h/ws', protocols, requestHeaders };
}

describe('scanSubprotocols', () => {
  test('F1 offers only "jmap"', () => {
    expect(scanSubprotocols(F1_HANDSHAKE)).toEqual([]);
  });

  test('openHAB: org.openhab.ws.accessToken.base64.<token>', () => {
    const token = 'oh_inspector_4b6c2f0e9a1dXYZ';
    const encoded = base64UrlOf(token);
    const [exposure, ...rest] = scanSubprotocols(offering(['jmap', `org.openhab.ws.accessToken.base64.${encoded}`]));
    expect(rest).toEqual([]);
    expect(exposure).toMatchObject({ place: 'subprotocol', secret: encoded, credential: token, shape: 'bearer' });
    expect(exposure?.location).toMatch(/^Sec-WebSocket-Protocol offer #2 \(openHAB access-token subprotocol, /);
    expect(exposure?.location).not.toContain(token);
  });

  test('Kubernetes: base64url.bearer.authorization.k8s.io.<base64url JWT>', () => {
    const encoded = base64UrlOf(SCENARIO_JWT);
    const [exposure] = scanSubprotocols(
      offering([`base64url.bearer.authorization.k8s.io.${encoded}`, 'base64.binary.k8s.io']),
    );
    expect(exposure).toMatchObject({ secret: encoded, credential: SCENARIO_JWT, shape: 'jwt' });
  });

  test('a prefix with no token, or a token that is not base64, keeps the text as written', () => {
    expect(scanSubprotocols(offering(['base64url.bearer.authorization.k8s.io.']))).toEqual([]);
    const [exposure] = scanSubprotocols(offering(['org.openhab.ws.accessToken.base64.not*base64']));
    expect(exposure).toMatchObject({ secret: 'not*base64', credential: 'not*base64' });
  });

  test('a JWT as (or inside) a subprotocol', () => {
    expect(scanSubprotocols(offering([SCENARIO_JWT]))).toMatchObject([{ secret: SCENARIO_JWT, shape: 'jwt' }]);
    expect(scanSubprotocols(offering([`access_token.${SCENARIO_JWT}`]))).toMatchObject([{ secret: SCENARIO_JWT }]);
    expect(scanSubprotocols(offering(['eyJhbGciOi.eyJzdWIi.sig']))).toEqual([]);
  });

  test('the Sec-WebSocket-Protocol request header counts too, each offer once', () => {
    const found = scanSubprotocols(offering([SCENARIO_JWT], `jmap, ${SCENARIO_JWT}`));
    expect(found).toHaveLength(1);
    expect(scanSubprotocols(offering([], `jmap, ${SCENARIO_JWT}`))[0]?.location).toMatch(
      /^Sec-WebSocket-Protocol offer #2/,
    );
  });

  test('never throws', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), fc.option(fc.string(), { nil: undefined }), (protocols, header) => {
        scanSubprotocols(offering(protocols, header));
      }),
    );
  });
});
