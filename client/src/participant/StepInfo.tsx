// The running step when it asks nothing of the phone: its title, the case,
// and its guiding questions folded away (the shared screen shows them large).
import { useTranslation } from '../i18n';
import type { Case, Step } from '@nws/shared';
import { loc, useLang } from '../i18n/lang';

export function StepInfo({ step, kase }: { step: Step; kase: Case | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <section className="panel phone-task" aria-labelledby="phone-step-title" data-testid="phone-step">
      <h2 id="phone-step-title">{loc(step.title, lang)}</h2>
      {kase && <p className="muted">{t('phone.step.caseOf', { title: kase.title })}</p>}
      <p>{t('phone.step.listen')}</p>
      {step.questions.length > 0 && (
        <details className="phone-questions">
          <summary>{t('phone.step.questions', { count: step.questions.length })}</summary>
          <ul>
            {step.questions.map((q, i) => (
              <li key={i}>{loc(q, lang)}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
