/** CLI: `tsx test/server/main.ts` starts the four flavors on consecutive ports (JMAP_DEMO_PORT, 8780). */
import { demoLinks, startDemoServers } from './start-demo-servers.ts';
import { ALICE } from './users.ts';

const servers = await startDemoServers();
for (const server of servers) {
  console.log(`${server.flavor.padEnd(13)} ${server.url}/jmap/session`);
  for (const link of demoLinks(server)) console.log(`${' '.repeat(14)}${link}`);
}
console.log(`test user: ${ALICE.username} / ${ALICE.password} (placeholder credentials)`);
console.log('control: POST /control/push, POST /control/close, GET /control/requests, GET /control/stats');
const stop = () => void Promise.all(servers.map((server) => server.close())).then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
