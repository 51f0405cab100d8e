// The canvas's clustering tools while a query is revealed: a cluster from the
// selected cards (placed in view beside them), the selected cluster's colour,
// and dissolving it for the moderation.
import { useTranslation } from '../i18n';
import { Box, useValue, type Editor } from 'tldraw';
import type * as Y from 'yjs';
import {
  cardColors,
  clusterSize,
  createCluster,
  dissolveCluster,
  getCluster,
  mayShapeBoard,
  recolorCluster,
  type CardQuery,
  type Cluster,
} from '@nws/shared';
import { useWorkshop } from '../app/WorkshopProvider';
import { useClusters } from '../sync/useCards';
import { clusterShapeIdOf, selectedCardIds, selectedClusterId } from './canvasBridge';
import { besideSelection } from './canvasPlacement';

export function CanvasClusterTools({ editor, board, query }: { editor: Editor; board: Y.Doc; query: CardQuery }) {
  const { t } = useTranslation();
  const { session } = useWorkshop();
  const clusters = useClusters(board, query.id);
  const cardIds = useValue('selected cards', () => selectedCardIds(editor), [editor]);
  const clusterId = useValue('selected cluster', () => selectedClusterId(editor), [editor]);
  const cluster: Cluster | null = clusterId ? getCluster(board, clusterId) : null;
  // The new cluster goes beside the selected cards, inside the view; the selection clears, and the
  // view widens if the filled box reaches past it.
  const create = () => {
    const view = editor.getViewportPageBounds();
    const sel = editor.getSelectionPageBounds();
    const at = besideSelection(sel, view, clusterSize(cardIds.length));
    const made = createCluster(board, query, {
      name: t('cluster.defaultName', { n: clusters.length + 1 }),
      cardIds,
      at,
    });
    editor.selectNone();
    const box = getCluster(board, made.id) ?? made;
    const bounds = new Box(box.x, box.y, box.w, box.h);
    if (!Box.Contains(editor.getViewportPageBounds(), bounds))
      editor.zoomToBounds(Box.Common([editor.getViewportPageBounds(), bounds]).expandBy(40), {
        animation: { duration: 200 },
      });
  };
  return (
    <div className="cluster-toolbar" role="group" aria-label={t('cluster.new')}>
      <button type="button" disabled={cardIds.length === 0} onClick={create} data-testid="cluster-from-selection">
        {t('cluster.createFromSelection', { count: cardIds.length })}
      </button>
      {cluster && (
        <>
          <button
            type="button"
            className="secondary"
            data-testid="cluster-rename"
            onClick={() => editor.setEditingShape(clusterShapeIdOf(cluster.id))}
          >
            {t('cluster.rename')}
          </button>
          <label className="visually-hidden" htmlFor="canvas-cluster-color">
            {t('cluster.color')}
          </label>
          <select
            id="canvas-cluster-color"
            value={cluster.color}
            onChange={(e) => recolorCluster(board, cluster.id, e.target.value as Cluster['color'])}
          >
            {cardColors.map((c) => (
              <option key={c} value={c}>
                {t(`board.colors.${c}`)}
              </option>
            ))}
          </select>
          {mayShapeBoard(session) && (
            <button type="button" className="secondary" onClick={() => dissolveCluster(board, cluster.id)}>
              {t('cluster.dissolve')}
            </button>
          )}
        </>
      )}
    </div>
  );
}
