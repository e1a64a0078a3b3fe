import { describe, expect, test } from 'vitest';
import type { HandshakeObservation } from '../../../src/background/handshake-observation.ts';
import { observeHandshakes } from '../../../src/background/handshake-observer.ts';
import type { HttpHeader } from '../../../src/core/model/http-header.ts';
import { F1_HANDSHAKE, F1_URL, F5B_HANDSHAKE } from '../../fixtures/handshakes.ts';
import { type EventName, fakeWebRequest } from './support/fake-web-request.ts';
import { F5B_URL, refusedChromium, refusedFirefox, T0, upgraded } from './support/observations.ts';

type Step = readonly [EventName, Record<string, unknown>];

const TAB = 5;
const base = (requestId: string, url: string, tabId = TAB) => ({
  requestId,
  tabId,
  frameId: 0,
  url,
  type: 'websocket',
});

/** The webRequest events of one handshake, in the order TOOLCHAIN §5 steps 4–5 recorded them. */
function handshake(requestId: string, url: string, tabId = TAB) {
  const at = (offset: number) => ({ ...base(requestId, url, tabId), timeStamp: T0 + 5 + offset });
  return {
    start: (requestHeaders: readonly HttpHeader[] | undefined): Step[] => [
      ['onBeforeRequest', at(0)],
      ['onBeforeSendHeaders', at(1)],
      ['onSendHeaders', { ...at(2), requestHeaders }],
    ],
    response: (status: number, statusLine: string | undefined, responseHeaders: readonly HttpHeader[] | undefined) =>
      [
        ['onHeadersReceived', { ...at(10), statusCode: status, statusLine, responseHeaders }],
        ['onResponseStarted', { ...at(11), statusCode: status, statusLine }],
      ] as Step[],
    at,
  };
}

function run(browser: 'chromium' | 'firefox', steps: readonly Step[]) {
  const fake = fakeWebRequest(browser);
  const reports: Array<[number, HandshakeObservation]> = [];
  observeHandshakes(fake.webRequest, (tabId, observation) => reports.push([tabId, observation]));
  for (const [name, details] of steps) fake.fire(name, details);
  return { reports, fake, last: reports.at(-1)?.[1] };
}

function f1Steps(): Step[] {
  const f1 = handshake('r1', F1_URL);
  return [
    ...f1.start(F1_HANDSHAKE.requestHeaders),
    ...f1.response(101, F1_HANDSHAKE.statusLine, F1_HANDSHAKE.responseHeaders),
    ['onCompleted', { ...f1.at(30), statusCode: 101 }],
  ];
}

function f5bSteps(requestId: string, end: Step): Step[] {
  const f5b = handshake(requestId, F5B_URL);
  return [
    ...f5b.start(F5B_HANDSHAKE.requestHeaders),
    ...f5b.response(401, F5B_HANDSHAKE.statusLine, F5B_HANDSHAKE.responseHeaders),
    end,
  ];
}

describe('observeHandshakes: registration', () => {
  test('Chromium: extraHeaders is requested for request and response headers', () => {
    const { fake } = run('chromium', []);
    expect(fake.registered.get('onSendHeaders')?.extraInfoSpec).toEqual(['requestHeaders', 'extraHeaders']);
    expect(fake.registered.get('onHeadersReceived')?.extraInfoSpec).toEqual(['responseHeaders', 'extraHeaders']);
  });

  test('Firefox: extraHeaders is not requested (Firefox would refuse the listener)', () => {
    const { fake } = run('firefox', []);
    expect(fake.registered.get('onSendHeaders')?.extraInfoSpec).toEqual(['requestHeaders']);
    expect(fake.registered.get('onHeadersReceived')?.extraInfoSpec).toEqual(['responseHeaders']);
  });

  test('listens to WebSocket requests of every URL, and only to those', () => {
    const { fake } = run('chromium', []);
    expect([...fake.registered.keys()].sort()).toEqual(
      ['onBeforeRequest', 'onCompleted', 'onErrorOccurred', 'onHeadersReceived', 'onSendHeaders'].sort(),
    );
    for (const { filter } of fake.registered.values()) {
      expect(filter).toEqual({ urls: ['<all_urls>'], types: ['websocket'] });
    }
  });
});

describe('observeHandshakes: what each browser reports', () => {
  test.each(['chromium', 'firefox'] as const)('%s, 101: start, request headers, response, completed', (browser) => {
    const { reports, last } = run(browser, f1Steps());
    expect(reports.map(([tabId]) => tabId)).toEqual([TAB, TAB, TAB, TAB]);
    expect(reports[0]?.[1]).toEqual({ requestId: 'r1', frameId: 0, url: F1_URL, startedAt: T0 + 5 });
    expect(reports[1]?.[1].requestHeaders).toEqual(F1_HANDSHAKE.requestHeaders);
    expect(reports[2]?.[1]).toMatchObject({ status: 101, responseHeaders: F1_HANDSHAKE.responseHeaders });
    expect(reports[2]?.[1].endedAt).toBeUndefined();
    // Chromium shows the headers before adding its HTTP-auth-cache Authorization and cookies: they are partial.
    expect(last).toEqual({ ...upgraded('r1', T0 + 5), requestHeadersPartial: browser === 'chromium' });
  });

  test('Chromium, 401: headers received with 401, then net::ERR_FAILED and no completion', () => {
    const end: Step = ['onErrorOccurred', { ...handshake('r2', F5B_URL).at(20), error: 'net::ERR_FAILED' }];
    const { reports, last } = run('chromium', f5bSteps('r2', end));
    expect(reports).toHaveLength(4);
    expect(last).toEqual({ ...refusedChromium('r2', T0 + 5), requestHeadersPartial: true });
  });

  test('Firefox, 401: completed with 401 and no error', () => {
    const end: Step = ['onCompleted', { ...handshake('r3', F5B_URL).at(20), statusCode: 401 }];
    const { last } = run('firefox', f5bSteps('r3', end));
    expect(last).toEqual({ ...refusedFirefox('r3', T0 + 5), requestHeadersPartial: false });
  });

  test.each([
    ['chromium', 'net::ERR_CONNECTION_REFUSED'],
    ['firefox', 'NS_ERROR_CONNECTION_REFUSED'],
  ] as const)('%s, connection refused: only the start and the error', (browser, error) => {
    const refused = handshake('r4', 'ws://localhost:9/jmap/ws');
    const { reports, last } = run(browser, [
      ['onBeforeRequest', refused.at(0)],
      ['onErrorOccurred', { ...refused.at(3), error }],
    ]);
    expect(reports).toHaveLength(2);
    expect(last).toEqual({
      requestId: 'r4',
      frameId: 0,
      url: 'ws://localhost:9/jmap/ws',
      startedAt: T0 + 5,
      error,
      endedAt: T0 + 8,
    });
  });
});

describe('observeHandshakes: what it ignores', () => {
  test('requests outside a tab (tabId -1: service workers, the extension itself)', () => {
    const hidden = handshake('r5', F1_URL, -1);
    const { reports } = run('chromium', [
      ...hidden.start(F1_HANDSHAKE.requestHeaders),
      ['onCompleted', { ...hidden.at(30), statusCode: 101 }],
    ]);
    expect(reports).toEqual([]);
  });

  test('events of a request it did not see start, and events after the end', () => {
    const late = handshake('r6', F1_URL);
    const { reports } = run('chromium', [
      ['onHeadersReceived', { ...late.at(10), statusCode: 101 }],
      ...f1Steps(),
      ['onErrorOccurred', { ...base('r1', F1_URL), timeStamp: T0 + 99, error: 'net::ERR_ABORTED' }],
    ]);
    expect(reports.map(([, observation]) => observation.requestId)).toEqual(['r1', 'r1', 'r1', 'r1']);
  });

  test('a header without a text value (binaryValue) is kept with an empty value', () => {
    const f1 = handshake('r7', F1_URL);
    const { last } = run('chromium', [
      ['onBeforeRequest', f1.at(0)],
      ['onSendHeaders', { ...f1.at(2), requestHeaders: [{ name: 'X-Binary', binaryValue: [1, 2] }] }],
    ]);
    expect(last?.requestHeaders).toEqual([{ name: 'X-Binary', value: '' }]);
  });
});

describe('observeHandshakes: the extension’s own handshakes (replays)', () => {
  const ORIGIN = 'chrome-extension://abcdefghijklmnop';

  function runOwn(browser: 'chromium' | 'firefox', steps: readonly Step[]) {
    const fake = fakeWebRequest(browser);
    const page: Array<[number, HandshakeObservation]> = [];
    const own: HandshakeObservation[] = [];
    observeHandshakes(fake.webRequest, (tabId, observation) => page.push([tabId, observation]), {
      origin: ORIGIN,
      report: (observation) => own.push(observation),
    });
    for (const [name, details] of steps) fake.fire(name, details);
    return { page, own };
  }

  const from = (origin: Record<string, string>, steps: Step[]): Step[] =>
    steps.map(([name, details]) => [name, { ...details, ...origin }]);

  test.each([
    ['chromium', { initiator: ORIGIN }, -1],
    ['firefox', { originUrl: `${ORIGIN}/src/panel/index.html` }, -1],
    ['chromium', { initiator: ORIGIN }, 7],
  ] as const)('%s (%o, tab %i): go to the replay route, never to a tab store', (browser, origin, tabId) => {
    const replay = handshake('r9', F1_URL, tabId);
    const { page, own } = runOwn(browser, [
      ...from(origin, replay.start(F1_HANDSHAKE.requestHeaders)),
      ...from(origin, replay.response(401, 'HTTP/1.1 401 Unauthorized', [])),
      ['onCompleted', { ...replay.at(20), ...origin, statusCode: 401 }],
    ]);
    expect(page).toEqual([]);
    expect(own.at(-1)).toMatchObject({ requestId: 'r9', url: F1_URL, status: 401, endedAt: T0 + 25 });
  });

  test('a page whose origin merely starts like ours is a page', () => {
    const lookalike = handshake('r10', F1_URL);
    const { page, own } = runOwn('chromium', from({ initiator: `${ORIGIN}x` }, lookalike.start(undefined)));
    expect(own).toEqual([]);
    expect(page.map(([tabId]) => tabId)).toEqual([TAB, TAB]);
  });
});
