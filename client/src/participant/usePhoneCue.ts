// The cue that something new waits on the phone: when the task changes (not
// at the first render), it is marked new, the phone vibrates where the
// browser allows it, and a hidden tab shows a dot in its title.
import { useEffect, useRef, useState } from 'react';

const DOT = '● ';

/** Vibrates briefly, only after the person has touched the page (browsers refuse it before). */
function buzz(): void {
  const activated = (navigator as Navigator & { userActivation?: { hasBeenActive: boolean } }).userActivation;
  if (activated && !activated.hasBeenActive) return;
  try {
    navigator.vibrate?.([120, 80, 120]);
  } catch {
    /* not allowed here */
  }
}

/**
 * Whether the task under `key` is new to the person, and a way to say it was
 * seen. Until `ready` (the control document synced) nothing counts as new:
 * the first state after loading is not news.
 */
export function usePhoneCue(key: string, ready: boolean): { fresh: boolean; seen: () => void } {
  const last = useRef(key);
  const [freshKey, setFreshKey] = useState<string | null>(null);
  useEffect(() => {
    if (key === last.current) return;
    last.current = key;
    if (!ready) return;
    setFreshKey(key);
    buzz();
  }, [key, ready]);
  const fresh = freshKey === key;
  useEffect(() => {
    if (!fresh || !document.hidden) return;
    const title = document.title;
    document.title = DOT + title;
    const back = () => {
      if (!document.hidden) document.title = title;
    };
    document.addEventListener('visibilitychange', back);
    return () => {
      document.removeEventListener('visibilitychange', back);
      document.title = title;
    };
  }, [fresh]);
  return { fresh, seen: () => setFreshKey(null) };
}
