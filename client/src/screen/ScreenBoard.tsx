// The board on the shared screen without tldraw (no watermark, no controls):
// the active query's cards and clusters, or the free cards, drawn at their
// board positions and scaled so all of them fit the screen at once.
import type { CSSProperties } from 'react';
import { useTranslation } from '../i18n';
import { CARD, type Card, type CardQuery, type Cluster } from '@nws/shared';
import { useBoardConnection } from '../app/WorkshopProvider';
import { useCards, useClusters } from '../sync/useCards';
import { cardBox, cardText, clusterNameFont, fitBoxes, wordFitFont, type Box } from './fitBoard';
import { useElementSize } from './useElementSize';
import { measureText } from './measureText';
import { hyphenate } from '../ui/hyphenate';

/** Absolute placement of a board box inside the fitted plane. */
const place = (b: Box, origin: Box): CSSProperties => ({
  left: b.x - origin.x,
  top: b.y - origin.y,
  width: b.w,
  height: b.h,
});

/** Duplicates are drawn after the card they are stacked on, so they lie on top. */
const drawOrder = (cards: Card[]): Card[] => [...cards].sort((a, b) => Number(!!a.stackedOn) - Number(!!b.stackedOn));

export function ScreenBoard({ query }: { query: CardQuery | null }) {
  const { t } = useTranslation();
  const doc = useBoardConnection().doc;
  const all = useCards(doc);
  const ofQuery = useClusters(doc, query?.id);
  // Without an active query: the free cards only (query and case areas lie far apart on the board).
  const cards = drawOrder(all.filter((c) => (query ? c.queryId === query.id : !c.queryId && !c.caseId)));
  const clusters: Cluster[] = query ? ofQuery : [];
  const [ref, size] = useElementSize<HTMLDivElement>();
  const fit = fitBoxes([...clusters, ...cards.map(cardBox)], size.w, size.h);
  const text = cardText(fit?.scale ?? 1);
  const plane: CSSProperties | undefined = fit
    ? {
        width: fit.box.w,
        height: fit.box.h,
        ['--card-font' as string]: `${text.font}px`,
        ['--card-lines' as string]: text.lines,
        transform: `translate(${(size.w - fit.box.w * fit.scale) / 2}px, ${(size.h - fit.box.h * fit.scale) / 2}px) scale(${fit.scale})`,
      }
    : undefined;
  return (
    <section
      className="screen-board"
      aria-label={query ? t('screen.board', { title: query.question }) : t('screen.boardFree')}
      data-testid="screen-board"
    >
      {query && <h2 className="screen-board-title">{query.question}</h2>}
      <div className="screen-board-fit" ref={ref}>
        {cards.length === 0 && <p className="screen-empty">{t('screen.empty')}</p>}
        {fit && (
          <div className="screen-board-plane" style={plane} data-scale={fit.scale.toFixed(2)}>
            {clusters.map((cl) => (
              <div
                key={cl.id}
                className={`screen-cluster color-${cl.color}-soft`}
                style={place(cl, fit.box)}
                data-testid="canvas-cluster"
              >
                <p
                  className="screen-cluster-name"
                  style={{ fontSize: clusterNameFont(cl.name, text.font, cl.w, measureText) }}
                >
                  {cl.name}
                </p>
              </div>
            ))}
            <ul className="screen-cards">
              {cards.map((c) => (
                <li
                  key={c.id}
                  className={`screen-card color-${c.color}`}
                  style={place({ x: c.x, y: c.y, w: CARD.w, h: CARD.h }, fit.box)}
                  data-testid="canvas-card"
                >
                  <p style={{ fontSize: wordFitFont(c.text, text.font, measureText) }}>{hyphenate(c.text)}</p>
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </section>
  );
}
