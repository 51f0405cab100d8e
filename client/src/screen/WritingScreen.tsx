// A card query's private writing on the projector: the question, how many
// cards are written so far and the time left, large; never a card's text.
import { useTranslation } from '../i18n';
import type { CardQuery } from '@nws/shared';
import { QueryTimer } from '../ui/QueryTimer';

export function WritingScreen({ query }: { query: CardQuery }) {
  const { t } = useTranslation();
  return (
    <section className="screen-writing" aria-labelledby="screen-question" data-testid="screen-writing">
      <h2 id="screen-question" className="screen-question">
        {query.question}
      </h2>
      <p className="screen-writing-note">{t('screen.writing')}</p>
      <div className="screen-writing-facts">
        <p className="screen-count" data-testid="written-count">
          {t('screen.written', { count: query.cardCount })}
        </p>
        <QueryTimer query={query} />
      </div>
    </section>
  );
}
