/**
 * `npm start`: the bundled demo. Starts the four JMAP test servers, pushes a change every few seconds, and — when a
 * display exists — opens Chromium with the built extension, the TMail-like demo page and DevTools on the panel.
 */
import { openChromiumPanel } from '../e2e/support/chromium-devtools.ts';
import { launchChromium } from '../e2e/support/launch-chromium.ts';
import { demoLinks, startDemoServers } from '../server/start-demo-servers.ts';

const PUSH_EVERY_MS = 8_000;

const servers = await startDemoServers();
const timer = setInterval(() => {
  for (const server of servers) server.control.push({});
}, PUSH_EVERY_MS);

for (const server of servers) {
  console.log(`${server.flavor.padEnd(13)} ${server.url}/jmap/session`);
  for (const link of demoLinks(server)) console.log(`${' '.repeat(14)}${link}`);
}

const stop = async () => {
  clearInterval(timer);
  await Promise.all(servers.map((server) => server.close()));
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());

if (process.env.DISPLAY || process.env.WAYLAND_DISPLAY) {
  const [tmail] = servers;
  const chromium = await launchChromium({ headless: false });
  const page = await chromium.browser.newPage();
  await page.goto(`${tmail?.url}/demo/?mode=upstream`);
  await openChromiumPanel(page, chromium.extensionOrigin, 'JMAP Push');
  console.log('Chromium is open on the demo with DevTools on the JMAP Push panel. Ctrl+C stops everything.');
  chromium.browser.on('disconnected', () => void stop());
} else {
  console.log('No display here, so no browser was opened. Load dist/chrome (chrome://extensions → Load unpacked)');
  console.log('or dist/firefox (about:debugging → Load Temporary Add-on), open a demo link above, then DevTools →');
  console.log('JMAP Push. Ctrl+C stops the servers.');
}
