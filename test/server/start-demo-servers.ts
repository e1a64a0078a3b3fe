import { FLAVORS, type JmapServer } from './server-types.ts';
import { startJmapServer } from './start-jmap-server.ts';
import { ALICE_JWT } from './users.ts';

const DEFAULT_BASE_PORT = 8780;

export function basePort(): number {
  const configured = Number.parseInt(process.env.JMAP_DEMO_PORT ?? '', 10);
  return Number.isInteger(configured) && configured > 0 ? configured : DEFAULT_BASE_PORT;
}

/** The demo pages that exercise each flavor the way TMail builds do. */
export function demoLinks(server: JmapServer): string[] {
  const demo = `${server.url}/demo/`;
  const wsOverride =
    server.flavor === 'cyrus' ? `&ws=${encodeURIComponent(`${server.url.replace('http', 'ws')}/jmap/ws/`)}` : '';
  return [
    `${demo}?mode=upstream`,
    `${demo}?mode=access_token&token=${ALICE_JWT}${wsOverride}`,
    `${demo}?mode=basic${wsOverride}`,
  ];
}

/** The four flavors on consecutive ports from `port`. */
export function startDemoServers(port = basePort()): Promise<JmapServer[]> {
  return Promise.all(FLAVORS.map((flavor, index) => startJmapServer({ flavor, port: port + index })));
}
