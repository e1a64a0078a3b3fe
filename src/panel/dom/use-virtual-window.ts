import type { RefObject, TargetedEvent } from 'preact';
import { useState } from 'preact/hooks';
import { scrollToShow } from './list-navigation.ts';
import { useViewportHeight } from './use-viewport-height.ts';

/** Rows rendered beyond the viewport, so fast scrolling shows no blank band. */
const OVERSCAN = 10;

/** Which rows of a fixed-height list are in view, and how to scroll one into view. */
export function useVirtualWindow(ref: RefObject<HTMLElement | null>, count: number, rowHeight: number) {
  const height = useViewportHeight(ref);
  const [scrollTop, setScrollTop] = useState(0);
  const reveal = (index: number) => {
    const element = ref.current;
    if (!element) return;
    element.scrollTop = scrollToShow(index, rowHeight, element.scrollTop, height);
    setScrollTop(element.scrollTop);
  };
  return {
    first: Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN),
    last: Math.min(count, Math.ceil((scrollTop + height) / rowHeight) + OVERSCAN),
    page: Math.max(1, Math.floor(height / rowHeight) - 1),
    reveal,
    onScroll: (event: TargetedEvent<HTMLElement>) => setScrollTop(event.currentTarget.scrollTop),
  };
}
