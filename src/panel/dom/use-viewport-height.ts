import type { RefObject } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';

/** Used until the element has a size (and in test DOMs, which lay nothing out). */
const FALLBACK_HEIGHT = 600;

/** The visible height of a scrolling element, kept up to date while it is resized. */
export function useViewportHeight(ref: RefObject<HTMLElement | null>): number {
  const [height, setHeight] = useState(FALLBACK_HEIGHT);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setHeight(element.clientHeight || FALLBACK_HEIGHT);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return height;
}
