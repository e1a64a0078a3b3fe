/**
 * The one typed message protocol between the extension's contexts. Unions are named `<From>To<To>`; every field is
 * readonly; channel names are constants.
 */
export const PROTOCOL_VERSION = 1;

const PANEL_PORT_PREFIX = 'jpi:panel:';

export function panelPortName(tabId: number): string {
  return `${PANEL_PORT_PREFIX}${tabId}`;
}

/** A tab id written in decimal, or undefined for anything else (empty, signed, fractional, too large). */
export function parseTabId(text: string): number | undefined {
  if (!/^\d{1,15}$/.test(text)) return undefined;
  return Number(text);
}

/** The inspected tab of a panel port, or undefined when the port is not a panel's. */
export function tabIdOfPanelPort(name: string): number | undefined {
  return name.startsWith(PANEL_PORT_PREFIX) ? parseTabId(name.slice(PANEL_PORT_PREFIX.length)) : undefined;
}

export type BrowserTarget = 'chrome' | 'firefox';

export interface BackgroundStatus {
  readonly version: string;
  readonly browser: BrowserTarget;
  readonly startedAt: number;
  /** Tabs that have a panel connected right now. */
  readonly panelTabIds: readonly number[];
}

export type BackgroundToPanel = { readonly type: 'background-status'; readonly status: BackgroundStatus };

/** One-shot requests over `runtime.sendMessage` from extension pages. */
export type ExtensionPageToBackground = { readonly type: 'get-status'; readonly v: typeof PROTOCOL_VERSION };

export function isExtensionPageToBackground(message: unknown): message is ExtensionPageToBackground {
  if (typeof message !== 'object' || message === null) return false;
  const { type, v } = message as Record<string, unknown>;
  return type === 'get-status' && v === PROTOCOL_VERSION;
}
