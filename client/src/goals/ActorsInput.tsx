// Who carries out an activity: organisations, comma-separated, with the
// workshop's organisations offered.
import { useTranslation } from '../i18n';
import { setActors, type GoalNode } from '@nws/shared';
import { useBoardConnection, useWorkshop } from '../app/WorkshopProvider';
import { useGoals } from './goalsContext';

export function ActorsInput({ node }: { node: GoalNode }) {
  const { t } = useTranslation();
  const goals = useGoals();
  const { readOnly } = useWorkshop();
  const board = useBoardConnection().doc;
  const listId = `orgs-${node.id}`;
  return (
    <label className="field actors">
      <span>{t('goals.actors')}</span>
      <input
        key={node.actors.join('|')}
        defaultValue={node.actors.join(', ')}
        readOnly={readOnly}
        list={listId}
        aria-label={`${t('goals.actorsInput')} ${node.number}`}
        onBlur={(e) => {
          const next = e.target.value
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean);
          if (next.join('|') !== node.actors.join('|')) goals.step(() => setActors(board, node.id, next));
        }}
        onKeyDown={(e) => e.key === 'Enter' && (e.target as HTMLInputElement).blur()}
      />
      <datalist id={listId}>
        {goals.organisations.map((o) => (
          <option key={o} value={o} />
        ))}
      </datalist>
    </label>
  );
}
