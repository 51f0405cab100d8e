// A version, read-only: its cards by cluster, its themes and its goal
// system, each marked where it is missing from the live board, with a
// button to bring back that one thing (a card, a cluster with its cards, a
// theme, the goal system) or the whole board.
import { useMemo } from 'react';
import { useTranslation } from '../i18n';
import type * as Y from 'yjs';
import {
  cardsMap,
  clustersMap,
  flattenTree,
  goalTree,
  listCards,
  listClusters,
  listThemes,
  themesMap,
  type Card,
  type RestoreBody,
  type VersionInfo,
} from '@nws/shared';
import { useBoardConnection } from '../app/WorkshopProvider';
import { useCards } from '../sync/useCards';
import { useFormatTime } from '../ui/formatTime';

interface Props {
  version: VersionInfo;
  doc: Y.Doc;
  busy: boolean;
  onRestore: (target: RestoreBody) => void;
  onClose: () => void;
}

export function VersionPreview({ version, doc, busy, onRestore, onClose }: Props) {
  const { t } = useTranslation();
  const when = useFormatTime()(version.createdAt);
  const live = useBoardConnection().doc;
  useCards(live); // re-render when the live board changes, so "missing now" stays true
  const content = useMemo(() => {
    const cards = listCards(doc);
    const clusters = listClusters(doc);
    const inCluster = (id: string | null) => cards.filter((c) => (c.clusterId ?? null) === id);
    return {
      groups: [
        ...clusters.map((cl) => ({ cluster: cl, cards: inCluster(cl.id) })),
        { cluster: null, cards: cards.filter((c) => !c.clusterId || !clusters.some((cl) => cl.id === c.clusterId)) },
      ].filter((g) => g.cluster || g.cards.length > 0),
      themes: listThemes(doc),
      goals: flattenTree(goalTree(doc)),
    };
  }, [doc]);
  const missing = (has: boolean) => (has ? null : <span className="badge-missing">{t('history.missingNow')}</span>);
  const restoreButton = (target: RestoreBody, label: string) => (
    <button
      type="button"
      className="small secondary"
      disabled={busy}
      aria-label={label}
      onClick={() => onRestore(target)}
    >
      {t('history.restoreOne')}
    </button>
  );
  const cardItem = (c: Card) => (
    <li key={c.id} className="preview-card" data-testid="preview-card">
      <span>{c.text}</span> {missing(cardsMap(live).has(c.id))}
      {restoreButton({ what: 'card', id: c.id }, t('history.restoreCardLabel', { text: c.text }))}
    </li>
  );
  return (
    <section className="panel version-preview" aria-labelledby="preview-title" data-testid="version-preview">
      <div className="row spread">
        <h3 id="preview-title">{t('history.previewTitle', { time: when })}</h3>
        <button type="button" className="secondary small" onClick={onClose}>
          {t('history.closePreview')}
        </button>
      </div>
      <button
        type="button"
        disabled={busy}
        onClick={() => onRestore({ what: 'all' })}
        data-testid="preview-restore-all"
      >
        {t('history.restoreAll')}
      </button>
      <h4>{t('history.cards')}</h4>
      {content.groups.length === 0 && <p className="muted small">{t('history.none')}</p>}
      {content.groups.map(({ cluster, cards }) => (
        <div key={cluster?.id ?? 'none'} className="preview-group">
          <div className="row">
            <strong>{cluster ? cluster.name : t('history.unclustered')}</strong>
            {cluster && missing(clustersMap(live).has(cluster.id))}
            {cluster &&
              restoreButton(
                { what: 'cluster', id: cluster.id },
                t('history.restoreClusterLabel', { name: cluster.name }),
              )}
          </div>
          <ul>{cards.map(cardItem)}</ul>
        </div>
      ))}
      <h4>{t('history.themes')}</h4>
      {content.themes.length === 0 && <p className="muted small">{t('history.none')}</p>}
      <ul>
        {content.themes.map((th) => (
          <li key={th.id} className="preview-card">
            <span>{th.title}</span> {missing(themesMap(live).has(th.id))}
            {restoreButton({ what: 'theme', id: th.id }, t('history.restoreThemeLabel', { title: th.title }))}
          </li>
        ))}
      </ul>
      <h4>{t('history.goals')}</h4>
      {content.goals.length === 0 && <p className="muted small">{t('history.none')}</p>}
      {content.goals.length > 0 && (
        <>
          <ul className="preview-goals">
            {content.goals.map((g) => (
              <li key={g.id}>
                {g.number && <strong>{g.number} </strong>}
                {g.text}
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="secondary small"
            disabled={busy}
            onClick={() => onRestore({ what: 'goals' })}
          >
            {t('history.restoreGoals')}
          </button>
        </>
      )}
    </section>
  );
}
