import type { Browser } from 'puppeteer-core';
import { launchChromium, launchPlainChromium } from '../e2e/support/launch-chromium.ts';
import { startEchoBenchServer } from './echo-bench-server.ts';

export const THROUGHPUT_MODES = ['plain', 'extension', 'extension + panel', 'DevTools Network panel'] as const;
export type ThroughputMode = (typeof THROUGHPUT_MODES)[number];

const WARMUP = 2_000;
const ROUND_TRIPS = 20_000;
const IN_FLIGHT = 64;

async function openMode(
  mode: ThroughputMode,
  pageUrl: string,
): Promise<{ browser: Browser; run: () => Promise<number> }> {
  const withExtension = mode === 'extension' || mode === 'extension + panel';
  const { browser, extensionOrigin } = withExtension
    ? await launchChromium()
    : { browser: await launchPlainChromium(), extensionOrigin: '' };
  const page = await browser.newPage();
  await page.goto(pageUrl);
  if (mode === 'extension + panel') {
    const api = await browser.newPage();
    await api.goto(`${extensionOrigin}/panel.html?tabId=999999`);
    const tabId = await api.evaluate(
      async (url) => (await chrome.tabs.query({})).find((tab) => tab.url === url)?.id,
      pageUrl,
    );
    await api.goto(`${extensionOrigin}/panel.html?tabId=${tabId}`);
  }
  if (mode === 'DevTools Network panel') {
    const devtools = await page.openDevTools();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await devtools.evaluate(`(async () => {
      const UI = await import(new URL('ui/legacy/legacy.js', location.href).href);
      await UI.InspectorView.InspectorView.instance().showPanel('network');
    })()`);
  }
  await page.bringToFront();
  const run = () =>
    page.evaluate(
      (warmup, total, inFlight) =>
        (window as unknown as { runBench: (w: number, t: number, f: number) => Promise<number> }).runBench(
          warmup,
          total,
          inFlight,
        ),
      WARMUP,
      ROUND_TRIPS,
      IN_FLIGHT,
    );
  return { browser, run };
}

/** Messages per second for each mode, modes alternating round by round so machine noise hits them alike. */
export async function measureThroughput(rounds: number): Promise<Map<ThroughputMode, number[]>> {
  const server = await startEchoBenchServer();
  const results = new Map<ThroughputMode, number[]>(THROUGHPUT_MODES.map((mode) => [mode, []]));
  try {
    for (let round = 0; round < rounds; round++) {
      for (const mode of THROUGHPUT_MODES) {
        const { browser, run } = await openMode(mode, `${server.origin}/`);
        try {
          results.get(mode)?.push(await run());
        } finally {
          await browser.close();
        }
      }
    }
  } finally {
    await server.close();
  }
  return results;
}
