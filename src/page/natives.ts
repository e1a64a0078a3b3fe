/**
 * Every built-in the hook touches after start-up, captured before any page script runs. Later calls go through these
 * references only, so a page that patched a prototype, a global or `Reflect` later cannot see the hook work.
 */
import { frameHider } from './frame-hider.ts';

type Method = (self: unknown, ...args: unknown[]) => unknown;
type Read<T> = (self: unknown) => T;

export interface Natives {
  readonly global: typeof globalThis;
  readonly Proxy: ProxyConstructor;
  readonly WeakMap: WeakMapConstructor;
  readonly Uint8Array: Uint8ArrayConstructor;
  readonly CustomEvent: typeof CustomEvent;
  readonly WebSocket: typeof WebSocket;
  readonly apply: typeof Reflect.apply;
  readonly construct: typeof Reflect.construct;
  readonly ownDescriptor: typeof Reflect.getOwnPropertyDescriptor;
  readonly getPrototypeOf: typeof Reflect.getPrototypeOf;
  readonly get: typeof Reflect.get;
  readonly set: typeof Reflect.set;
  readonly hasOwn: (target: object, key: PropertyKey) => boolean;
  /** Gives `target` a null prototype, so the engine never looks a missing key up where a page could intercept it. */
  readonly bare: <T extends object>(target: T) => T;
  readonly isArray: (value: unknown) => value is unknown[];
  readonly isView: (value: unknown) => value is ArrayBufferView;
  readonly now: () => number;
  readonly quote: (text: string) => string;
  readonly slice: (text: string, start: number, end: number) => string;
  readonly mapGet: Method;
  readonly mapSet: Method;
  readonly listen: Method;
  readonly unlisten: Method;
  readonly dispatch: Method;
  readonly socketUrl: Read<string>;
  readonly socketProtocol: Read<string>;
  readonly socketExtensions: Read<string>;
  readonly socketState: Read<number>;
  readonly messageData: Read<unknown>;
  readonly closeCode: Read<number>;
  readonly closeReason: Read<string>;
  readonly closeClean: Read<boolean>;
  readonly relatedTarget: Read<EventTarget | null>;
  readonly bufferLength: Read<number>;
  /** buffer, byteOffset and byteLength of typed arrays, then of DataViews. */
  readonly viewRanges: readonly (readonly [Read<ArrayBufferLike>, Read<number>, Read<number>])[];
  readonly blobSize: Read<number>;
  readonly randomBytes: (count: number) => Uint8Array;
  /**
   * Runs `callback` after `ms`. AbortSignal.timeout (Chrome 103, Firefox 100) takes no id from the page's timer
   * counter; setTimeout would.
   */
  readonly later: (ms: number, callback: () => void) => void;
  /** Drops the frames of `trap` and above from a native error's stack, where that leaves its shape as it was. */
  readonly hideFrames: (error: unknown, trap: (...args: never[]) => unknown) => void;
}

type Uncurry = <T extends Method>(fn: unknown) => T;

type Readers = Pick<
  Natives,
  | 'socketUrl'
  | 'socketProtocol'
  | 'socketExtensions'
  | 'socketState'
  | 'messageData'
  | 'closeCode'
  | 'closeReason'
  | 'closeClean'
  | 'relatedTarget'
  | 'bufferLength'
  | 'viewRanges'
  | 'blobSize'
>;

/** The getters the hook reads page objects with: sockets, events, buffers, views and Blobs. */
function captureReaders(g: typeof globalThis, uncurry: Uncurry): Readers {
  const getter = <T>(proto: object, name: string): Read<T> => {
    const get = Reflect.getOwnPropertyDescriptor(proto, name)?.get;
    if (!get) throw new TypeError(name);
    return uncurry(get);
  };
  const socket = g.WebSocket.prototype;
  const closeEvent = g.CloseEvent.prototype;
  const typedArray = Reflect.getPrototypeOf(g.Uint8Array.prototype) as object;
  return {
    socketUrl: getter(socket, 'url'),
    socketProtocol: getter(socket, 'protocol'),
    socketExtensions: getter(socket, 'extensions'),
    socketState: getter(socket, 'readyState'),
    messageData: getter(g.MessageEvent.prototype, 'data'),
    closeCode: getter(closeEvent, 'code'),
    closeReason: getter(closeEvent, 'reason'),
    closeClean: getter(closeEvent, 'wasClean'),
    relatedTarget: getter(g.MouseEvent.prototype, 'relatedTarget'),
    bufferLength: getter(g.ArrayBuffer.prototype, 'byteLength'),
    viewRanges: [typedArray, g.DataView.prototype].map(
      (proto) => [getter(proto, 'buffer'), getter(proto, 'byteOffset'), getter(proto, 'byteLength')] as const,
    ),
    blobSize: getter(g.Blob.prototype, 'size'),
  };
}

export function captureNatives(g: typeof globalThis): Natives {
  const { Reflect: R, Object: O, Function: F } = g;
  const uncurry: Uncurry = (fn) => R.apply(F.prototype.bind, F.prototype.call, [fn]) as never;
  const method = (proto: object, name: string): Method => uncurry(R.getOwnPropertyDescriptor(proto, name)?.value);
  const target = g.EventTarget.prototype;
  const crypto = g.crypto;
  const getRandomValues = method(R.getPrototypeOf(crypto) as object, 'getRandomValues');
  const { timeout } = g.AbortSignal;
  const listen = method(target, 'addEventListener');
  const { apply, setPrototypeOf } = R;
  return {
    ...captureReaders(g, uncurry),
    global: g,
    Proxy: g.Proxy,
    WeakMap: g.WeakMap,
    Uint8Array: g.Uint8Array,
    CustomEvent: g.CustomEvent,
    WebSocket: g.WebSocket,
    apply,
    construct: R.construct,
    ownDescriptor: R.getOwnPropertyDescriptor,
    getPrototypeOf: R.getPrototypeOf,
    get: R.get,
    set: R.set,
    hasOwn: O.hasOwn,
    bare: (object) => {
      setPrototypeOf(object, null);
      return object;
    },
    isArray: g.Array.isArray,
    isView: g.ArrayBuffer.isView,
    now: g.Date.now,
    quote: g.JSON.stringify as (text: string) => string,
    slice: method(g.String.prototype, 'slice') as Natives['slice'],
    mapGet: method(g.WeakMap.prototype, 'get'),
    mapSet: method(g.WeakMap.prototype, 'set'),
    listen,
    unlisten: method(target, 'removeEventListener'),
    dispatch: method(target, 'dispatchEvent'),
    randomBytes: (count) => getRandomValues(crypto, new g.Uint8Array(count)) as Uint8Array,
    later: (ms, callback) => listen(apply(timeout, g.AbortSignal, [ms]), 'abort', callback),
    hideFrames: frameHider(g),
  };
}
