// What a version holds and what changed since the one before, in words.
import type { TFunction } from '../i18n/translate';
import { versionKinds, type VersionCounts, type VersionDiff } from '@nws/shared';

/** "12 Karten, 3 Cluster, 1 Thema, 0 Ziele" */
export function countsText(t: TFunction, counts: VersionCounts): string {
  return versionKinds.map((k) => t(`history.counts.${k}`, { count: counts[k] })).join(', ');
}

/** "Neu: 2 Karten · Entfernt: 1 Thema", or that nothing was added or removed. */
export function diffText(t: TFunction, diff: VersionDiff): string {
  const part = (which: 'added' | 'removed') =>
    versionKinds
      .filter((k) => diff[k][which].length > 0)
      .map((k) => t(`history.counts.${k}`, { count: diff[k][which].length }))
      .join(', ');
  const added = part('added');
  const removed = part('removed');
  const out = [added && t('history.added', { list: added }), removed && t('history.removed', { list: removed })].filter(
    Boolean,
  );
  return out.length ? out.join(' · ') : t('history.unchanged');
}
