import { describe, expect, it } from 'vitest';
import { ApiError } from '../api';
import { errorCode, runCommand } from './useCommand';

describe('runCommand', () => {
  const record = () => {
    const errors: (string | null)[] = [];
    let pending = 0;
    const peaks: number[] = [];
    return {
      errors,
      peaks,
      onError: (code: string | null) => errors.push(code),
      onPending: (d: 1 | -1) => {
        pending += d;
        peaks.push(pending);
      },
    };
  };

  it('clears the error, marks busy while the call runs and reports success', async () => {
    const r = record();
    expect(await runCommand(async () => 'ok', r.onError, r.onPending)).toBe(true);
    expect(r.errors).toEqual([null]);
    expect(r.peaks).toEqual([1, 0]);
  });

  it("keeps the server's error code, or 'network' for anything else", async () => {
    const r = record();
    expect(await runCommand(() => Promise.reject(new ApiError(409, 'round_open', 'x')), r.onError, r.onPending)).toBe(
      false,
    );
    expect(await runCommand(() => Promise.reject(new TypeError('offline')), r.onError, r.onPending)).toBe(false);
    expect(r.errors).toEqual([null, 'round_open', null, 'network']);
    expect(r.peaks.at(-1)).toBe(0);
    expect(errorCode(new ApiError(403, 'forbidden', ''))).toBe('forbidden');
  });
});
