/** CLI: `node --import tsx test/server/main.ts` starts the four flavors on consecutive ports (JMAP_DEMO_PORT, 8780). */
import { FLAVORS, type JmapServer } from './server-types.ts';
import { startJmapServer } from './start-jmap-server.ts';
import { ALICE, ALICE_JWT } from './users.ts';

const DEFAULT_BASE_PORT = 8780;

function basePort(): number {
  const configured = Number.parseInt(process.env.JMAP_DEMO_PORT ?? '', 10);
  return Number.isInteger(configured) && configured > 0 ? configured : DEFAULT_BASE_PORT;
}

function demoLinks(server: JmapServer): string[] {
  const demo = `${server.url}/demo/`;
  const wsOverride =
    server.flavor === 'cyrus' ? `&ws=${encodeURIComponent(`${server.url.replace('http', 'ws')}/jmap/ws/`)}` : '';
  return [
    `${demo}?mode=upstream`,
    `${demo}?mode=access_token&token=${ALICE_JWT}${wsOverride}`,
    `${demo}?mode=basic${wsOverride}`,
  ];
}

async function main(): Promise<void> {
  const port = basePort();
  const servers = await Promise.all(FLAVORS.map((flavor, index) => startJmapServer({ flavor, port: port + index })));
  for (const server of servers) {
    console.log(`${server.flavor.padEnd(13)} ${server.url}/jmap/session`);
    for (const link of demoLinks(server)) console.log(`${' '.repeat(14)}${link}`);
  }
  console.log(`test user: ${ALICE.username} / ${ALICE.password} (placeholder credentials)`);
  console.log('control: POST /control/push, POST /control/close, GET /control/requests, GET /control/stats');
  const stop = () => void Promise.all(servers.map((server) => server.close())).then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

await main();
