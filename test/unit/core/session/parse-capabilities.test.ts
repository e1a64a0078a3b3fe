import { describe, expect, test } from 'vitest';
import { TICKET_CAPABILITY, WEBSOCKET_CAPABILITY } from '../../../../src/core/session/jmap-session.ts';
import { parseCapabilities } from '../../../../src/core/session/parse-capabilities.ts';

describe('parseCapabilities', () => {
  test('lists every capability id and keeps the raw objects', () => {
    const raw = { 'urn:ietf:params:jmap:core': { maxSizeUpload: 1 }, 'urn:ietf:params:jmap:mail': {} };
    expect(parseCapabilities(raw, undefined)).toEqual({
      capabilityIds: ['urn:ietf:params:jmap:core', 'urn:ietf:params:jmap:mail'],
      rawCapabilities: raw,
    });
  });

  test('copies the raw map instead of aliasing it', () => {
    const raw = { [WEBSOCKET_CAPABILITY]: {} };
    expect(parseCapabilities(raw, undefined).rawCapabilities).not.toBe(raw);
  });

  test('an empty websocket capability parses as an empty object (Stalwart accounts)', () => {
    expect(parseCapabilities({ [WEBSOCKET_CAPABILITY]: {} }, 'https://h.example/').webSocket).toEqual({});
  });

  test('keeps supportsPush of any JSON type as advertised', () => {
    const parsed = parseCapabilities({ [WEBSOCKET_CAPABILITY]: { supportsPush: 'true', url: 7 } }, undefined);
    expect(parsed.webSocket).toEqual({ supportsPush: 'true' });
  });

  test('an unusable websocket url keeps the advertised text without a resolved URL', () => {
    const parsed = parseCapabilities({ [WEBSOCKET_CAPABILITY]: { url: 'wss:/jmap/ws/' } }, undefined);
    expect(parsed.webSocket).toEqual({ url: 'wss:/jmap/ws/' });
  });

  test('ticket endpoints of the wrong type are ignored', () => {
    const parsed = parseCapabilities(
      { [TICKET_CAPABILITY]: { generationEndpoint: 1, revocationEndpoint: null } },
      undefined,
    );
    expect(parsed.ticket).toEqual({});
  });

  test('anything but an object counts as no capabilities', () => {
    expect(parseCapabilities([WEBSOCKET_CAPABILITY], undefined)).toEqual({ capabilityIds: [], rawCapabilities: {} });
    expect(parseCapabilities(undefined, undefined)).toEqual({ capabilityIds: [], rawCapabilities: {} });
  });
});
