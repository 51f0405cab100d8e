// The monitoring's HTTP calls, for the coordinator (the network's routes) and
// a workshop's people (the workshop's routes): the same routes under two bases
// (server/src/http/monitoring.ts). Every change answers the whole new state.
import type {
  ActivityStateBody,
  AssignmentBody,
  AssignmentPatch,
  GoalStatus,
  IndicatorBody,
  MeasurementBody,
  MonitoringResponse,
} from '@nws/shared';
import { enc, request } from '../api';

/** Where the monitoring is read: a network (coordinator) or a workshop. */
export type MonitoringPlace = { kind: 'network'; networkId: string } | { kind: 'workshop'; workshopId: string };

export const monitoringBase = (p: MonitoringPlace) =>
  p.kind === 'network'
    ? `/api/networks/${enc(p.networkId)}/monitoring`
    : `/api/workshops/${enc(p.workshopId)}/monitoring`;

/** The server's answer, taken as it is (its shape is the server's own type; a failure is an ApiError). */
const State: { safeParse(json: unknown): { success: true; data: MonitoringResponse } | { success: false } } = {
  safeParse: (json: unknown) =>
    json && typeof json === 'object' && 'goals' in json
      ? { success: true as const, data: json as MonitoringResponse }
      : { success: false as const },
};

export type MonitoringApi = ReturnType<typeof monitoringApi>;

export function monitoringApi(base: string, token: string) {
  const call = (path: string, init: { body?: unknown; method?: string } = {}) =>
    request(State, base + path, { ...init, token });
  return {
    get: () => call(''),
    addIndicator: (body: Partial<IndicatorBody> & Pick<IndicatorBody, 'goalId' | 'label' | 'kind'>) =>
      call('/indicators', { body }),
    removeIndicator: (id: string) => call(`/indicators/${enc(id)}`, { method: 'DELETE' }),
    addValue: (id: string, body: Partial<MeasurementBody> & Pick<MeasurementBody, 'date'>) =>
      call(`/indicators/${enc(id)}/values`, { body }),
    override: (goalId: string, status: GoalStatus | null, reason = '') =>
      call(`/goals/${enc(goalId)}/override`, { body: { status, reason }, method: 'PUT' }),
    activity: (goalId: string, body: ActivityStateBody) =>
      call(`/goals/${enc(goalId)}/activity`, { body, method: 'PATCH' }),
    addAssignment: (body: Partial<AssignmentBody> & Pick<AssignmentBody, 'what' | 'organisation'>) =>
      call('/assignments', { body }),
    updateAssignment: (id: string, body: AssignmentPatch) => call(`/assignments/${enc(id)}`, { body, method: 'PATCH' }),
    removeAssignment: (id: string) => call(`/assignments/${enc(id)}`, { method: 'DELETE' }),
    settings: (neglectDays: number) => call('/settings', { body: { neglectDays }, method: 'PUT' }),
  };
}
