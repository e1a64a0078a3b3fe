/** Where a key moves the active row of a list of `count` rows showing `page` rows; undefined for other keys. */
export function nextIndex(key: string, current: number, count: number, page: number): number | undefined {
  const last = count - 1;
  const steps: Record<string, number> = {
    ArrowDown: current + 1,
    ArrowUp: current - 1,
    PageDown: current + page,
    PageUp: current - page,
    Home: 0,
    End: last,
  };
  const target = steps[key];
  return target === undefined || count === 0 ? undefined : Math.min(last, Math.max(0, target));
}

/** The scrollTop that brings row `index` into a viewport, or the current one when it is visible already. */
export function scrollToShow(index: number, rowHeight: number, scrollTop: number, height: number): number {
  const top = index * rowHeight;
  if (top < scrollTop) return top;
  if (top + rowHeight > scrollTop + height) return top + rowHeight - height;
  return scrollTop;
}
