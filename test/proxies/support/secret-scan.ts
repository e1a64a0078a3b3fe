import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { wireForms } from '../../../src/core/redact/wire-forms.ts';

async function filesBelow(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return filesBelow(path);
      return Promise.resolve(entry.isFile() ? [path] : []);
    }),
  );
  return nested.flat();
}

export interface Leak {
  readonly where: string;
  readonly form: string;
}

/** Every place (a file below `dir`, or a named text) that holds any wire form of any of the secrets. */
export async function findLeaks(
  dir: string,
  texts: Readonly<Record<string, string>>,
  secrets: readonly string[],
): Promise<Leak[]> {
  const forms = [...new Set(secrets.flatMap(wireForms))];
  const files = await filesBelow(dir);
  const contents = await Promise.all(files.map(async (path) => [path, await readFile(path, 'latin1')] as const));
  const places = [...contents, ...Object.entries(texts)];
  return places.flatMap(([where, text]) =>
    forms.filter((form) => text.includes(form)).map((form): Leak => ({ where, form })),
  );
}

/** How many files the scan read: a scan of nothing proves nothing. */
export async function countFiles(dir: string): Promise<number> {
  return (await filesBelow(dir)).length;
}

/** The text of every `*.log` file in the folder. */
export async function readLogs(dir: string): Promise<string[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.log'));
  return Promise.all(names.map((name) => readFile(join(dir, name), 'utf8')));
}
