// The planning matrix: every goal as a row, its texts editable in place.
import { goalText, type GoalNode, type MatrixLabels } from '@nws/shared';
import { useBoardConnection, useWorkshop } from '../app/WorkshopProvider';
import { CollabTextarea } from '../ui/CollabTextarea';
import { ActorsInput } from './ActorsInput';

export function MatrixView({ nodes, labels }: { nodes: GoalNode[]; labels: MatrixLabels }) {
  const { readOnly } = useWorkshop();
  const board = useBoardConnection().doc;
  return (
    <div className="grid-scroll">
      <table className="planning-matrix" data-testid="planning-matrix">
        <thead>
          <tr>
            {[
              labels.level,
              labels.number,
              labels.text,
              labels.indicators,
              labels.sources,
              labels.assumptions,
              labels.actors,
            ].map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {nodes.map((g) => (
            <tr key={g.id} className={`matrix-${g.level}`} data-testid="matrix-row">
              <th scope="row">{labels.levels[g.level]}</th>
              <td>{g.number}</td>
              {(['text', 'indicators', 'sources', 'assumptions'] as const).map((f) => (
                <td key={f}>
                  <CollabTextarea
                    text={goalText(board, g.id, f)}
                    label={`${labels[f]} ${g.number || labels.levels[g.level]}`}
                    readOnly={readOnly}
                    rows={2}
                  />
                </td>
              ))}
              <td>{g.level === 'activity' ? <ActorsInput node={g} /> : null}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
