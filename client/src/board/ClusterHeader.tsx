// A cluster column's head on the DOM board: rename, recolour, dissolve.
import { useState } from 'react';
import { useTranslation } from '../i18n';
import {
  cardColors,
  dissolveCluster,
  recolorCluster,
  renameCluster,
  CLUSTER_NAME_MAX,
  type Cluster,
} from '@nws/shared';
import { useBoardConnection, useWorkshop } from '../app/WorkshopProvider';

export function ClusterHeader({ cluster }: { cluster: Cluster }) {
  const { t } = useTranslation();
  const { readOnly, isModerator } = useWorkshop();
  const board = useBoardConnection().doc;
  const [name, setName] = useState<string | null>(null);
  if (readOnly) return <h3>{cluster.name}</h3>;
  return (
    <div className="cluster-header">
      <label className="visually-hidden" htmlFor={`cluster-name-${cluster.id}`}>
        {t('cluster.rename')}
      </label>
      <input
        id={`cluster-name-${cluster.id}`}
        className="cluster-name"
        value={name ?? cluster.name}
        maxLength={CLUSTER_NAME_MAX}
        onChange={(e) => setName(e.target.value)}
        onBlur={() => {
          if (name !== null && name.trim() && name.trim() !== cluster.name) renameCluster(board, cluster.id, name);
          setName(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') (e.target as HTMLInputElement).blur();
          if (e.key === 'Escape') setName(null);
        }}
      />
      <label className="visually-hidden" htmlFor={`cluster-color-${cluster.id}`}>
        {t('cluster.color')}
      </label>
      <select
        id={`cluster-color-${cluster.id}`}
        value={cluster.color}
        onChange={(e) => recolorCluster(board, cluster.id, e.target.value as Cluster['color'])}
      >
        {cardColors.map((c) => (
          <option key={c} value={c}>
            {t(`board.colors.${c}`)}
          </option>
        ))}
      </select>
      {isModerator && (
        <button
          type="button"
          className="secondary small"
          onClick={() => {
            if (window.confirm(t('cluster.dissolveConfirm', { name: cluster.name })))
              dissolveCluster(board, cluster.id);
          }}
        >
          {t('cluster.dissolve')}
        </button>
      )}
    </div>
  );
}
