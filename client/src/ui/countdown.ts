// Countdowns to a deadline, ticking once a second.
import { useEffect, useState } from 'react';

/** Whole seconds from `now` until an epoch-ms deadline, never below zero. */
export function secondsLeft(endsAt: number, now: number): number {
  return Math.max(0, Math.ceil((endsAt - now) / 1000));
}

/** Seconds left until an epoch-ms deadline, ticking every second; null without a deadline. */
export function useCountdown(endsAt: number | null): number | null {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (endsAt === null) return;
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, [endsAt]);
  return endsAt === null ? null : secondsLeft(endsAt, now);
}

/** m:ss */
export function formatSeconds(s: number): string {
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
