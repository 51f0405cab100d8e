// The stakeholder analysis's live document, connected like a workshop's
// documents (a one-time ticket per connect): through the workshop for its
// people, through the network's route for the coordinator. The plain state
// is read anew on every change.
import { useEffect, useMemo, useState } from 'react';
import { networkRoomName, observeStakeholders, readStakeholders, type StakeholderState } from '@nws/shared';
import { request } from '../api';
import { TicketResponseSchema } from '@nws/shared';
import { useDocConnection, type DocConnection, type DocRoute } from '../sync/useDocConnection';

/** Where the analysis is opened from: a workshop (its people) or the network (its coordinator). */
export type AnalysisPlace = { kind: 'workshop'; workshopId: string } | { kind: 'network'; networkId: string };

export const analysisBase = (p: AnalysisPlace) =>
  p.kind === 'workshop'
    ? `/api/workshops/${encodeURIComponent(p.workshopId)}/stakeholders`
    : `/api/networks/${encodeURIComponent(p.networkId)}/stakeholders`;

export function useStakeholderDoc(place: AnalysisPlace, token: string): DocConnection | null {
  const networkId = place.kind === 'network' ? place.networkId : null;
  const route = useMemo<DocRoute | undefined>(
    () =>
      networkId === null
        ? undefined
        : {
            room: networkRoomName(networkId),
            ticket: (tok) =>
              request(TicketResponseSchema, `/api/networks/${encodeURIComponent(networkId)}/ticket`, {
                body: {},
                token: tok,
              }),
          },
    [networkId],
  );
  const key = place.kind === 'workshop' ? place.workshopId : `network-${place.networkId}`;
  return useDocConnection(key, 'stakeholders', token, false, route);
}

/** The analysis as plain data, kept current. */
export function useStakeholderState(conn: DocConnection | null): StakeholderState | null {
  const doc = conn?.synced ? conn.doc : null;
  const [state, setState] = useState<StakeholderState | null>(null);
  useEffect(() => {
    if (!doc) return setState(null);
    const read = () => setState(readStakeholders(doc));
    read();
    return observeStakeholders(doc, read);
  }, [doc]);
  return state;
}
