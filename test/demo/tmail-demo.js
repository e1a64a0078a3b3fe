// @ts-check
/** Browser entry of the demo page: reads the query options and shows the client's log as text nodes. */
import { startTmailClient } from './tmail-client.js';
import { readParams } from './tmail-gate.js';

/** @type {{ at: number, kind: string, text: string }[]} */
const entries = [];
const list = document.getElementById('log');
const params = readParams(location.search, location.origin);

/**
 * @param {string} kind
 * @param {string} text
 */
function log(kind, text) {
  const entry = { at: Date.now(), kind, text };
  entries.push(entry);
  const item = document.createElement('li');
  item.className = kind;
  item.append(document.createTextNode(`${new Date(entry.at).toISOString().slice(11, 23)} ${kind}: ${text}`));
  list?.append(item);
}

const summary = document.getElementById('params');
summary?.append(
  document.createTextNode(`mode=${params.mode} user=${params.user} echo=${params.echo} server=${params.server}`),
);

const client = startTmailClient({ params, fetch: window.fetch.bind(window), WebSocket: window.WebSocket, log });
// Exposed for end-to-end tests that drive the page.
Object.assign(window, { tmailDemo: { entries, client, params } });
