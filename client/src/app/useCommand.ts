// Calling the server from a button: run the call, keep the error code to
// show (ErrorAlert), and count the calls still under way (busy).
import { useCallback, useRef, useState } from 'react';
import { ApiError } from '../api';

/** The code shown for a failed call: the server's error code, else 'network'. */
export function errorCode(err: unknown): string {
  return err instanceof ApiError ? err.code : 'network';
}

/** Runs a server call; resolves true when it succeeded (the error is kept otherwise). */
export type Run = (fn: () => Promise<unknown>) => Promise<boolean>;

export interface Command {
  run: Run;
  /** The last failure's code, cleared when the next call starts. */
  error: string | null;
  setError: (code: string | null) => void;
  /** A call is under way. */
  busy: boolean;
}

/**
 * Runs `fn`, reporting its failure to `onError` (cleared first with null) and
 * the number of calls under way to `onPending`. Resolves true on success.
 */
export async function runCommand(
  fn: () => Promise<unknown>,
  onError: (code: string | null) => void,
  onPending: (delta: 1 | -1) => void,
): Promise<boolean> {
  onError(null);
  onPending(1);
  try {
    await fn();
    return true;
  } catch (err) {
    onError(errorCode(err));
    return false;
  } finally {
    onPending(-1);
  }
}

export function useCommand(): Command {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const pending = useRef(0);
  const run = useCallback<Run>(
    (fn) =>
      runCommand(fn, setError, (delta) => {
        pending.current += delta;
        setBusy(pending.current > 0);
      }),
    [],
  );
  return { run, error, setError, busy };
}
