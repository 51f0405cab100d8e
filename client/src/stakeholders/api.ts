// The stakeholder analysis's HTTP calls, for the coordinator (the network's
// routes) and for a workshop's people (the workshop's routes): the same
// routes under two bases (server/src/http/stakeholders.ts).
import {
  StakeholderStateResponseSchema,
  StakeholderVersionResponseSchema,
  StakeholderVersionsResponseSchema,
  type Significance,
} from '@nws/shared';
import { ApiError, enc, request } from '../api';

export type AnalysisApi = ReturnType<typeof analysisApi>;

/** `base`: `/api/networks/<id>/stakeholders` or `/api/workshops/<id>/stakeholders`. */
export function analysisApi(base: string, token: string) {
  const state = (path: string, init: { body?: unknown; method?: string } = {}) =>
    request(StakeholderStateResponseSchema, base + path, { ...init, token });
  return {
    addColumn: (title: string) => state('/columns', { body: { title } }),
    changeColumn: (id: string, patch: { title?: string; index?: number }) =>
      state(`/columns/${enc(id)}`, { body: patch, method: 'PATCH' }),
    removeColumn: (id: string) => state(`/columns/${enc(id)}`, { method: 'DELETE' }),
    addRow: (organisation: string, significance: Significance) =>
      state('/rows', { body: { organisation, significance } }),
    ownRow: () => state('/rows/own', { body: {} }),
    fromRegister: () => state('/rows/from-register', { body: {} }),
    setSignificance: (rowId: string, significance: Significance) =>
      state(`/rows/${enc(rowId)}`, { body: { significance }, method: 'PATCH' }),
    removeRow: (rowId: string) => state(`/rows/${enc(rowId)}`, { method: 'DELETE' }),
    versions: () => request(StakeholderVersionsResponseSchema, `${base}/versions`, { token }),
    saveVersion: (label: string) =>
      request(StakeholderVersionResponseSchema, `${base}/versions`, { body: { label }, token }),
    version: (id: string) => request(StakeholderVersionResponseSchema, `${base}/versions/${enc(id)}`, { token }),
    async xlsx(lang: string): Promise<Blob> {
      const res = await fetch(`${base}/export.xlsx?lang=${lang === 'en' ? 'en' : 'de'}`, {
        headers: { authorization: `Bearer ${token}` },
      }).catch(() => null);
      if (!res?.ok) throw new ApiError(res?.status ?? 0, res ? 'unknown' : 'network', 'export failed');
      return res.blob();
    },
  };
}
