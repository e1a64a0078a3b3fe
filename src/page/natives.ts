/**
 * Every built-in the hook touches after start-up, captured before any page script runs. Later calls go through these
 * references only, so a page that patched a prototype, a global or `Reflect` later cannot see the hook work.
 */
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
  readonly send: Method;
  readonly socketUrl: Read<string>;
  readonly socketProtocol: Read<string>;
  readonly socketExtensions: Read<string>;
  readonly socketState: Read<number>;
  readonly messageData: Read<unknown>;
  readonly closeCode: Read<number>;
  readonly closeReason: Read<string>;
  readonly closeClean: Read<boolean>;
  readonly bufferLength: Read<number>;
  readonly viewBuffer: Read<ArrayBufferLike>;
  readonly viewOffset: Read<number>;
  readonly viewLength: Read<number>;
  readonly dataViewBuffer: Read<ArrayBufferLike>;
  readonly dataViewOffset: Read<number>;
  readonly dataViewLength: Read<number>;
  readonly blobSize: Read<number>;
  readonly randomBytes: (count: number) => Uint8Array;
  /** Runs `callback` after `ms`. AbortSignal.timeout takes no id from the page's timer counter; setTimeout would. */
  readonly later: (ms: number, callback: () => void) => void;
}

export function captureNatives(g: typeof globalThis): Natives {
  const { Reflect: R, Object: O, Function: F } = g;
  const uncurry = <T extends Method>(fn: unknown): T => R.apply(F.prototype.bind, F.prototype.call, [fn]) as T;
  const method = (proto: object, name: string): Method => uncurry(R.getOwnPropertyDescriptor(proto, name)?.value);
  const getter = <T>(proto: object, name: string): Read<T> => {
    const get = R.getOwnPropertyDescriptor(proto, name)?.get;
    if (!get) throw new TypeError(name);
    return uncurry(get);
  };
  const socket = g.WebSocket.prototype;
  const typedArray = R.getPrototypeOf(g.Uint8Array.prototype) as object;
  const dataView = g.DataView.prototype;
  const target = g.EventTarget.prototype;
  const closeEvent = g.CloseEvent.prototype;
  const crypto = g.crypto;
  const getRandomValues = method(R.getPrototypeOf(crypto) as object, 'getRandomValues');
  const timeout = g.AbortSignal?.timeout;
  const { setTimeout } = g;
  const listen = method(target, 'addEventListener');
  const apply = R.apply;
  const setPrototypeOf = R.setPrototypeOf;
  return {
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
    send: method(socket, 'send'),
    socketUrl: getter(socket, 'url'),
    socketProtocol: getter(socket, 'protocol'),
    socketExtensions: getter(socket, 'extensions'),
    socketState: getter(socket, 'readyState'),
    messageData: getter(g.MessageEvent.prototype, 'data'),
    closeCode: getter(closeEvent, 'code'),
    closeReason: getter(closeEvent, 'reason'),
    closeClean: getter(closeEvent, 'wasClean'),
    bufferLength: getter(g.ArrayBuffer.prototype, 'byteLength'),
    viewBuffer: getter(typedArray, 'buffer'),
    viewOffset: getter(typedArray, 'byteOffset'),
    viewLength: getter(typedArray, 'byteLength'),
    dataViewBuffer: getter(dataView, 'buffer'),
    dataViewOffset: getter(dataView, 'byteOffset'),
    dataViewLength: getter(dataView, 'byteLength'),
    blobSize: getter(g.Blob.prototype, 'size'),
    randomBytes: (count) => getRandomValues(crypto, new g.Uint8Array(count)) as Uint8Array,
    later: timeout
      ? (ms, callback) => listen(apply(timeout, g.AbortSignal, [ms]), 'abort', callback)
      : (ms, callback) => apply(setTimeout, g, [callback, ms]),
  };
}
