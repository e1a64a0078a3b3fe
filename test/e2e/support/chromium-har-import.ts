import type { Frame } from 'puppeteer-core';

/** One request as Chrome DevTools' own HAR importer rebuilt it. */
export interface DevtoolsImportedRequest {
  readonly url: string;
  readonly method: string;
  readonly type: string;
  readonly status: number;
  /** WebSocket messages it attached to the request: `send`/`receive` and the text. */
  readonly frames: readonly { readonly type: string; readonly text: string }[];
}

/**
 * Hands `harText` to the HAR importer of the DevTools front end the panel lives in (what "Import HAR file" in the
 * Network panel runs: `HARRoot` checks the fields, `Importer` rebuilds the requests) and reads back what it built.
 * A string, not a function: the test runner would rewrite a function's dynamic `import()`.
 */
export function importIntoChromiumDevtools(panel: Frame, harText: string): Promise<DevtoolsImportedRequest[]> {
  return panel.page().evaluate(`(async (text) => {
    const HAR = await import(new URL('models/har/har.js', location.href).href);
    const root = new HAR.HARFormat.HARRoot(JSON.parse(text));
    return HAR.Importer.Importer.requestsFromHARLog(root.log).map((request) => ({
      url: request.url(),
      method: request.requestMethod,
      type: request.resourceType().name(),
      status: request.statusCode,
      frames: request.frames().map((frame) => ({ type: frame.type, text: frame.text })),
    }));
  })(${JSON.stringify(harText)})`) as Promise<DevtoolsImportedRequest[]>;
}

/**
 * What "Save all as HAR (with content)" of the Network panel writes, from the DevTools front end the panel lives in
 * (its own HAR writer over its own network log): a real Chrome DevTools HAR.
 */
export function saveAllAsHarInChromium(panel: Frame): Promise<string> {
  return panel.page().evaluate(`(async () => {
    const HAR = await import(new URL('models/har/har.js', location.href).href);
    const Logs = await import(new URL('models/logs/logs.js', location.href).href);
    const Common = await import(new URL('core/common/common.js', location.href).href);
    const stream = new Common.StringOutputStream.StringOutputStream();
    const requests = Logs.NetworkLog.NetworkLog.instance().requests();
    await HAR.Writer.Writer.write(stream, requests, { sanitize: false }, new Common.Progress.Progress());
    return stream.data();
  })()`) as Promise<string>;
}
