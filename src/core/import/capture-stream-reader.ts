import type { ImportResult } from '../capture/imported-capture.ts';
import { HarEntriesReader } from '../har/har-entries-reader.ts';
import { LogEntriesSplitter } from './log-entries-splitter.ts';
import { captureOfJson, SNIFF_CHARS, textProblem, withoutBom } from './read-capture-text.ts';

/**
 * readCaptureText for a file read in chunks (decoded text, in order): a HAR's `log.entries` items become connections
 * as soon as each is complete, so neither the whole text nor the whole tree is ever held (a 100 MB HAR then costs
 * about its model). A bundle is parsed whole at the end, as readCaptureText does.
 *
 * `end()` gives what readCaptureText gives for the whole text, or undefined when the text is not valid JSON (or is a
 * bundle that also holds `log.entries`): readCaptureText on the whole text then names the problem exactly.
 */
export class CaptureStreamReader {
  #entries = new HarEntriesReader();
  #itemsSeen = false;
  #broken = false;
  #started = false;
  #head = '';
  readonly #splitter = new LogEntriesSplitter(
    (text, index) => this.#item(text, index),
    () => this.#restart(),
  );

  /** True once the text is known not to be valid JSON: the rest need not be read. */
  get broken(): boolean {
    return this.#broken;
  }

  push(chunk: string): void {
    if (this.#broken || chunk === '') return;
    const text = this.#started ? chunk : withoutBom(chunk);
    this.#started = true;
    if (this.#head.length < SNIFF_CHARS) this.#head += text.slice(0, SNIFF_CHARS - this.#head.length);
    this.#splitter.push(text);
  }

  end(): ImportResult | undefined {
    // Broken text has a non-blank head (it reached log.entries): only whether it is binary is still to tell.
    const skeleton = this.#broken ? this.#head : this.#splitter.skeleton();
    const problem = textProblem(this.#head, skeleton);
    if (problem !== undefined) return { ok: false, error: problem };
    if (this.#broken) return undefined;
    let json: unknown;
    try {
      json = JSON.parse(skeleton);
    } catch {
      return undefined;
    }
    const bundleWithEntries = this.#itemsSeen && typeof json === 'object' && json !== null && 'schema' in json;
    return bundleWithEntries ? undefined : captureOfJson(json, this.#entries);
  }

  #item(text: string, index: number): void {
    this.#itemsSeen = true;
    if (this.#broken) return;
    try {
      this.#entries.read(JSON.parse(text), index);
    } catch {
      this.#broken = true;
    }
  }

  #restart(): void {
    this.#entries = new HarEntriesReader();
  }
}
