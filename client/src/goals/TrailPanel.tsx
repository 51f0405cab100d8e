// Where a goal came from: themes, clusters, cards and cases behind it.
import { useTranslation } from '../i18n';
import { provenanceTrail, type Case } from '@nws/shared';
import { useBoardConnection } from '../app/WorkshopProvider';

export function TrailPanel({
  goalId,
  cases,
  onClose,
  number,
}: {
  goalId: string;
  cases: Case[];
  onClose: () => void;
  number: string;
}) {
  const { t } = useTranslation();
  const board = useBoardConnection().doc;
  const trail = provenanceTrail(board, goalId);
  const caseTitle = (id: string) => cases.find((c) => c.id === id)?.title ?? '?';
  return (
    <section className="panel trail" role="dialog" aria-label={t('goals.trailTitle', { number })} data-testid="trail">
      <h2>{t('goals.trailTitle', { number })}</h2>
      {trail.themes.length === 0 ? (
        <p>{t('goals.noTrail')}</p>
      ) : (
        <dl>
          <dt>{t('goals.trailThemes')}</dt>
          <dd>{trail.themes.map((th) => th.title).join(' ← ')}</dd>
          <dt>{t('goals.trailClusters')}</dt>
          <dd>{trail.clusters.map((c) => c.name).join(', ') || '—'}</dd>
          <dt>{t('goals.trailCards')}</dt>
          <dd>{trail.cards.map((c) => c.text).join(', ') || '—'}</dd>
          <dt>{t('goals.trailCases')}</dt>
          <dd>{trail.caseIds.map(caseTitle).join(', ') || '—'}</dd>
        </dl>
      )}
      <button type="button" className="secondary" onClick={onClose}>
        {t('board.cancel')}
      </button>
    </section>
  );
}
