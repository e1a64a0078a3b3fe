import { describe, expect, test } from 'vitest';
import {
  isExtensionPageToBackground,
  PROTOCOL_VERSION,
  panelPortName,
  tabIdOfPanelPort,
} from '../../../src/shared/protocol.ts';

describe('panel port names', () => {
  test('carry the inspected tab id both ways', () => {
    expect(tabIdOfPanelPort(panelPortName(42))).toBe(42);
    expect(tabIdOfPanelPort(panelPortName(0))).toBe(0);
  });

  test.each(['content', 'jpi:panel:', 'jpi:panel:-1', 'jpi:panel:1.5', 'jpi:panel:abc', 'jpi:panel:1e400'])(
    '%s is not a panel port',
    (name) => {
      expect(tabIdOfPanelPort(name)).toBeUndefined();
    },
  );
});

describe('extension page requests', () => {
  test('accepts a well-formed status request', () => {
    expect(isExtensionPageToBackground({ type: 'get-status', v: PROTOCOL_VERSION })).toBe(true);
  });

  test.each([
    null,
    undefined,
    'get-status',
    42,
    {},
    { type: 'get-status' },
    { type: 'get-status', v: 2 },
    { type: 'x', v: 1 },
  ])('rejects %j', (message) => {
    expect(isExtensionPageToBackground(message)).toBe(false);
  });
});
