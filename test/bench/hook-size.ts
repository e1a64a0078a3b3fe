import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/** Gzipped size of the MAIN-world hook as built, i.e. what every page and frame loads. */
export function hookSize(dist = 'dist/chrome'): { file: string; bytes: number; gzipped: number } {
  const manifest = JSON.parse(readFileSync(`${dist}/manifest.json`, 'utf8')) as {
    content_scripts: Array<{ world?: string; js: string[] }>;
  };
  const file = manifest.content_scripts.find((script) => script.world === 'MAIN')?.js[0];
  if (!file) throw new Error(`${dist}/manifest.json has no MAIN-world content script`);
  const code = readFileSync(`${dist}/${file}`);
  return { file, bytes: code.length, gzipped: gzipSync(code, { level: 9 }).length };
}
