// The assignments in the result protocol: read from the workshop's
// monitoring (the server keeps them), listed on the printed page and taken
// into the Markdown and Word files.
import { useEffect, useState } from 'react';
import { assignmentWho, type Assignment, type ProtocolAssignment, type ProtocolLabels } from '@nws/shared';
import { dayText } from '../documents/tables';
import { monitoringApi, monitoringBase } from '../monitoring/api';

export function useProtocolAssignments(workshopId: string, token: string, lang: 'de' | 'en'): ProtocolAssignment[] {
  const [list, setList] = useState<Assignment[]>([]);
  useEffect(() => {
    let live = true;
    monitoringApi(monitoringBase({ kind: 'workshop', workshopId }), token)
      .get()
      .then((m) => live && setList(m.assignments))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [workshopId, token]);
  // The days in the reader's format, here rather than in the fetch: a change of language fetches nothing.
  return list.map((a) => ({ ...a, due: a.due ? dayText(a.due, lang) : null }));
}

export function ProtocolAssignments({
  assignments,
  labels,
}: {
  assignments: ProtocolAssignment[];
  labels: ProtocolLabels;
}) {
  const a = labels.assignments;
  if (!a || assignments.length === 0) return null;
  return (
    <section data-testid="protocol-assignments">
      <h2>{a.title}</h2>
      <table className="protocol-table">
        <thead>
          <tr>
            {[a.what, a.who, a.due, a.status].map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {assignments.map((x, i) => (
            <tr key={i}>
              <td>{x.what}</td>
              <td>{assignmentWho(x)}</td>
              <td>{x.due ?? labels.none}</td>
              <td>{a.statuses[x.status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
