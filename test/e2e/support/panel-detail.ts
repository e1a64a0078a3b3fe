import type { Page } from 'puppeteer-core';
import { poll } from './poll.ts';

export interface ShownDetail {
  readonly findings: ReadonlyArray<{ readonly kind: string; readonly severity: string }>;
  readonly causes: readonly string[];
}

async function showTab(panel: Page, tab: string): Promise<void> {
  await panel.evaluate((key) => document.querySelector<HTMLElement>(`[data-tab="${key}"]`)?.click(), tab);
}

/** Selects a connection row, then reads its Security and Diagnosis tabs through their data hooks. */
export async function readDetail(panel: Page, connectionId: string): Promise<ShownDetail> {
  await panel.evaluate(
    (id) => document.querySelector<HTMLElement>(`[data-connection-id="${CSS.escape(id)}"]`)?.click(),
    connectionId,
  );
  await showTab(panel, 'security');
  const findings = await poll('the Security tab', () =>
    panel.evaluate(() =>
      document.querySelector('[role="tabpanel"], .security, [data-tab="security"][aria-selected="true"]')
        ? [...document.querySelectorAll('[data-finding]')].map((element) => ({
            kind: element.getAttribute('data-finding') ?? '',
            severity: element.getAttribute('data-severity') ?? '',
          }))
        : undefined,
    ),
  );
  await showTab(panel, 'diagnosis');
  const causes = await poll('the Diagnosis tab', () =>
    panel.evaluate(() =>
      document.querySelector('[data-tab="diagnosis"][aria-selected="true"]')
        ? [...document.querySelectorAll('[data-cause]')].map((element) => element.getAttribute('data-cause') ?? '')
        : undefined,
    ),
  );
  return { findings, causes };
}
