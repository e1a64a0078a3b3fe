/**
 * A minimal browser DOM for the page hook's unit tests, built fresh per realm so a test that patches a prototype
 * cannot leak into the next. Like WebIDL: getters live on prototypes and check their receiver, `isTrusted` is an own
 * property of each event, and only the "browser" (the helpers below) can make trusted events.
 */
type Listener = ((event: unknown) => void) | { handleEvent(event: unknown): void };

export function createFakeDom() {
  const listeners = new WeakMap<object, Map<string, Listener[]>>();
  const eventState = new WeakMap<object, { type: string; trusted: boolean; stopped: boolean; init: object }>();
  const reportedErrors: unknown[] = [];

  const stateOf = (event: object) => {
    const state = eventState.get(event);
    if (!state) throw new TypeError('Illegal invocation');
    return state;
  };

  class EventTarget {
    addEventListener(type: string, listener: Listener | null): void {
      if (!listener) return;
      const byType = listeners.get(this) ?? new Map<string, Listener[]>();
      listeners.set(this, byType);
      const list = byType.get(type) ?? [];
      byType.set(type, list);
      if (!list.includes(listener)) list.push(listener);
    }
    removeEventListener(type: string, listener: Listener | null): void {
      const list = listeners.get(this)?.get(type);
      const index = list && listener ? list.indexOf(listener) : -1;
      if (list && index >= 0) list.splice(index, 1);
    }
    dispatchEvent(event: Event): boolean {
      const state = stateOf(event);
      const list = listeners.get(this)?.get(state.type) ?? [];
      for (const listener of [...list]) {
        if (state.stopped) break;
        if (!list.includes(listener)) continue;
        try {
          if (typeof listener === 'function') listener.call(this, event);
          else listener.handleEvent(event);
        } catch (error) {
          reportedErrors.push(error);
        }
      }
      return true;
    }
  }

  class Event {
    constructor(type: string, init: object = {}) {
      eventState.set(this, { type: String(type), trusted: false, stopped: false, init });
      Object.defineProperty(this, 'isTrusted', { get: () => stateOf(this).trusted, enumerable: true });
    }
    get type(): string {
      return stateOf(this).type;
    }
    stopImmediatePropagation(): void {
      stateOf(this).stopped = true;
    }
  }

  const initField = (event: object, key: string): unknown =>
    (stateOf(event).init as Record<string, unknown> | undefined)?.[key];

  class CustomEvent extends Event {
    get detail(): unknown {
      return initField(this, 'detail') ?? null;
    }
  }
  class MouseEvent extends Event {
    get relatedTarget(): unknown {
      return initField(this, 'relatedTarget') ?? null;
    }
  }
  class MessageEvent extends Event {
    get data(): unknown {
      return initField(this, 'data') ?? null;
    }
  }
  class CloseEvent extends Event {
    get code(): number {
      return (initField(this, 'code') as number | undefined) ?? 0;
    }
    get reason(): string {
      return (initField(this, 'reason') as string | undefined) ?? '';
    }
    get wasClean(): boolean {
      return (initField(this, 'wasClean') as boolean | undefined) ?? false;
    }
  }

  /** The "browser" fires an event: trusted, unlike anything built with `new Event()` by page code. */
  const browserDispatch = EventTarget.prototype.dispatchEvent;
  const fire = (target: EventTarget, event: Event): void => {
    stateOf(event).trusted = true;
    Reflect.apply(browserDispatch, target, [event]);
  };

  /** What `document.open()` does to the document and the window: every listener of every world is gone. */
  const eraseListeners = (target: object): void => {
    listeners.delete(target);
  };

  return {
    EventTarget,
    Event,
    CustomEvent,
    MessageEvent,
    CloseEvent,
    MouseEvent,
    fire,
    eraseListeners,
    reportedErrors,
  };
}

export type FakeDom = ReturnType<typeof createFakeDom>;
