// The last closed dot vote, laid out for the room: themes sorted by their
// dots with a bar each (the count written out too, not only drawn).
import { useTranslation } from '../i18n';
import { useBoardConnection, useWorkshop } from '../app/WorkshopProvider';
import { useRounds, useThemes } from '../sync/useDomain';
import { lastDotResults } from './dotResults';

export function DotResults() {
  const { t } = useTranslation();
  const themes = useThemes(useBoardConnection().doc);
  const { rounds } = useRounds(useWorkshop().control.doc);
  const results = lastDotResults(rounds, (id) => themes.find((th) => th.id === id)?.title ?? '?');
  if (!results) return null;
  return (
    <section className="screen-dots" aria-labelledby="screen-dots-title" data-testid="screen-dot-results">
      <h2 id="screen-dots-title">{t('screen.dotResults')}</h2>
      <ol>
        {results.map((r) => (
          <li key={r.id} data-testid="screen-dot-result">
            <span className="screen-dot-title">{r.title}</span>
            <span className="screen-dot-bar" style={{ width: `${Math.max(2, r.share * 100)}%` }} aria-hidden="true" />
            <span className="screen-dot-count">{t('screen.dots', { count: r.dots })}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
