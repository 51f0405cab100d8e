// The monitoring's state: read once, replaced by every change's answer, and
// read again every half minute and when the page comes back into view, so
// that what another coordinator or the moderation recorded shows up.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { MonitoringResponse } from '@nws/shared';
import { useCommand } from '../app/useCommand';
import { monitoringApi, monitoringBase, type MonitoringPlace } from './api';

const REFRESH_MS = 30_000;

export function useMonitoring(place: MonitoringPlace, token: string) {
  const base = monitoringBase(place);
  const api = useMemo(() => monitoringApi(base, token), [base, token]);
  const [state, setState] = useState<MonitoringResponse | null>(null);
  const { run, error, busy } = useCommand();
  const reload = useCallback(() => api.get().then(setState, () => undefined), [api]);
  useEffect(() => {
    void reload();
    const timer = setInterval(() => void reload(), REFRESH_MS);
    const visible = () => document.visibilityState === 'visible' && void reload();
    document.addEventListener('visibilitychange', visible);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', visible);
    };
  }, [reload]);
  /** Runs a change; its answer is the new state. */
  const change = useCallback(
    (fn: (a: typeof api) => Promise<MonitoringResponse>) => run(async () => setState(await fn(api))),
    [api, run],
  );
  return { state, change, run, error, busy };
}
