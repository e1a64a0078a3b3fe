import { chmod, mkdir, writeFile } from 'node:fs/promises';
import type { GeneratedConfig } from '../core/proxy-config/generate-proxy-config.ts';

/** Every directory on the path to the nginx unix socket needs o+x: as root, nginx workers run as nobody. */
const FOLDER_MODE = 0o755;
const FILE_MODE = 0o644;

/** Creates `<dir>` and the folders the proxy needs, writes every file; returns the paths written. */
export async function writeStandalone(dir: string, config: GeneratedConfig): Promise<string[]> {
  await mkdir(dir, { recursive: true, mode: FOLDER_MODE });
  await chmod(dir, FOLDER_MODE);
  for (const folder of config.dirs) await mkdir(folder, { recursive: true, mode: FOLDER_MODE });
  for (const file of config.files) await writeFile(file.path, file.content, { mode: FILE_MODE });
  return config.files.map((file) => file.path);
}
