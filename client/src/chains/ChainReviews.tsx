// A chain's cases: those it was derived from, and its review against the
// cases it should serve (the method's check) — per case, where the case's
// reconstruction and the chain disagree, and whether the cause is the
// chain's design or the case's complexity.
import { useState } from 'react';
import { useTranslation } from '../i18n';
import type * as Y from 'yjs';
import { chainText, chainTextKey, type Case, type Chain } from '@nws/shared';
import { CollabTextarea } from '../ui/CollabTextarea';
import type { ChainRun } from './api';

export function ChainReviews({ doc, chain, cases, run }: { doc: Y.Doc; chain: Chain; cases: Case[]; run: ChainRun }) {
  const { t } = useTranslation();
  const [pick, setPick] = useState('');
  const title = (id: string) => cases.find((c) => c.id === id)?.title ?? id;
  const open = cases.filter((c) => !chain.reviews.some((r) => r.caseId === c.id));
  return (
    <section className="chain-reviews" aria-labelledby={`reviews-${chain.id}`} data-testid="chain-reviews">
      {cases.length > 0 && (
        <fieldset>
          <legend>{t('chains.cases')}</legend>
          {cases.map((c) => (
            <label key={c.id} className="check">
              <input
                type="checkbox"
                checked={chain.caseIds.includes(c.id)}
                onChange={(e) =>
                  void run({
                    op: 'setCases',
                    chainId: chain.id,
                    caseIds: e.target.checked ? [...chain.caseIds, c.id] : chain.caseIds.filter((x) => x !== c.id),
                  })
                }
              />{' '}
              {c.title}
            </label>
          ))}
        </fieldset>
      )}
      <h3 id={`reviews-${chain.id}`}>{t('chains.reviews')}</h3>
      <p className="muted small">{t('chains.reviewsIntro')}</p>
      {chain.reviews.map((r) => {
        const name = { case: title(r.caseId) };
        return (
          <div key={r.caseId} className="chain-review" data-testid="chain-review">
            <p className="small">
              <strong>{t('chains.disagreements', name)}</strong>
            </p>
            <CollabTextarea
              text={chainText(doc, chainTextKey.review(chain.id, r.caseId))}
              label={t('chains.disagreements', name)}
              rows={3}
            />
            <div className="inline-form">
              <select
                aria-label={t('chains.causeOf', name)}
                value={r.cause ?? ''}
                onChange={(e) =>
                  void run({
                    op: 'setReviewCause',
                    chainId: chain.id,
                    caseId: r.caseId,
                    cause: (e.target.value || null) as 'design' | 'complexity' | null,
                  })
                }
              >
                <option value="">{t('chains.causes.open')}</option>
                <option value="design">{t('chains.causes.design')}</option>
                <option value="complexity">{t('chains.causes.complexity')}</option>
              </select>
              <button
                type="button"
                className="secondary small"
                aria-label={t('chains.removeReview', name)}
                title={t('chains.removeReview', name)}
                onClick={() => void run({ op: 'removeReview', chainId: chain.id, caseId: r.caseId })}
              >
                ✕
              </button>
            </div>
          </div>
        );
      })}
      {open.length > 0 && (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            void run({ op: 'addReview', chainId: chain.id, caseId: pick || open[0]!.id }).then(() => setPick(''));
          }}
        >
          <select aria-label={t('chains.reviewCase')} value={pick} onChange={(e) => setPick(e.target.value)}>
            {open.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </select>
          <button type="submit" className="secondary small">
            {t('chains.addReview')}
          </button>
        </form>
      )}
    </section>
  );
}
