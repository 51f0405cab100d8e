// The invitation list of an actors query: clusters → organisations, live
// from the board. Names and entries are corrected in place (they are the
// cluster names and card texts), then exported as Markdown or CSV.
import { useTranslation } from '../i18n';
import type * as Y from 'yjs';
import {
  buildInvitationList,
  editCardText,
  invitationListToCsv,
  invitationListToMarkdown,
  renameCluster,
  type CardQuery,
  type InvitationLabels,
} from '@nws/shared';
import { useCards, useClusters } from '../sync/useCards';
import { download, slug } from '../ui/download';

/** Applies an edit when the field loses focus with a changed, non-empty value. */
function commit(value: string, before: string, apply: (v: string) => void) {
  const v = value.trim();
  if (v && v !== before) apply(v);
}

export function InvitationPanel({ board, query }: { board: Y.Doc; query: CardQuery }) {
  const { t } = useTranslation();
  // Subscribe to cards and clusters so the list stays live.
  useCards(board);
  useClusters(board, query.id);
  const list = buildInvitationList(board, query);
  const labels: InvitationLabels = t('invitation.labels', { returnObjects: true });
  const base = `${slug(labels.title)}-${slug(query.question)}`;
  const entryInput = (cardId: string, text: string) => (
    <input
      key={`${cardId}:${text}`}
      defaultValue={text}
      aria-label={`${t('invitation.entry')}: ${text}`}
      onBlur={(e) => commit(e.target.value, text, (v) => editCardText(board, cardId, v))}
      onKeyDown={(e) => e.key === 'Enter' && (e.target as HTMLInputElement).blur()}
    />
  );
  return (
    <section className="panel invitation" aria-labelledby="invitation-title" data-testid="invitation-panel">
      <h2 id="invitation-title">{t('invitation.title')}</h2>
      <p className="muted small">{t('invitation.intro')}</p>
      {list.groups.map((g) => (
        <div key={g.clusterId} className="invitation-group">
          <input
            key={`${g.clusterId}:${g.name}`}
            className="cluster-name"
            defaultValue={g.name}
            aria-label={`${t('cluster.rename')}: ${g.name}`}
            onBlur={(e) => commit(e.target.value, g.name, (v) => renameCluster(board, g.clusterId, v))}
            onKeyDown={(e) => e.key === 'Enter' && (e.target as HTMLInputElement).blur()}
          />
          <ul>
            {g.entries.map((e) => (
              <li key={e.cardId}>
                {entryInput(e.cardId, e.text)}
                {e.mentions > 1 && <span className="muted small"> {e.mentions}×</span>}
              </li>
            ))}
          </ul>
        </div>
      ))}
      {list.unclustered.length > 0 && (
        <div className="invitation-group">
          <h3>{labels.unclustered}</h3>
          <ul>
            {list.unclustered.map((e) => (
              <li key={e.cardId}>{entryInput(e.cardId, e.text)}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="card-actions">
        <button
          type="button"
          onClick={() => download(`${base}.md`, invitationListToMarkdown(list, labels), 'text/markdown;charset=utf-8')}
        >
          {t('invitation.exportMd')}
        </button>
        <button
          type="button"
          onClick={() => download(`${base}.csv`, invitationListToCsv(list, labels), 'text/csv;charset=utf-8')}
        >
          {t('invitation.exportCsv')}
        </button>
      </div>
    </section>
  );
}
