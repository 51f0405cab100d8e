// The size of an element as React state, kept up to date by a ResizeObserver
// (the screen's board rescales when the window or the projector changes).
import { useCallback, useRef, useState } from 'react';

export interface Size {
  w: number;
  h: number;
}

/** A callback ref for the element and its current content size. */
export function useElementSize<E extends HTMLElement>(): [(el: E | null) => void, Size] {
  const [size, setSize] = useState<Size>({ w: 0, h: 0 });
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((el: E | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!el) return;
    const measure = () => setSize({ w: el.clientWidth, h: el.clientHeight });
    measure();
    observer.current = new ResizeObserver(measure);
    observer.current.observe(el);
  }, []);
  return [ref, size];
}
