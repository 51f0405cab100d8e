// Steering the planning conference: back, next (warning before Phase II with
// fewer than four reconstructed cases), jump, the step timer; for the
// moderation also the cases (with the pseudonymisation reminder) and the
// agenda (rename, reorder, skip, add, remove added steps).
import { useTranslation } from '../i18n';
import { nextPosition, type Position } from '@nws/shared';
import type { Person, WorkshopApi } from '../api';
import { useWorkshop } from '../app/WorkshopProvider';
import { useCommand } from '../app/useCommand';
import { ErrorAlert } from '../ui/ErrorAlert';
import type { ConferenceState } from '../sync/useConference';
import { loc, useLang } from '../i18n/lang';
import { CasesSection } from './CasesSection';
import { AgendaEditor } from './AgendaEditor';
import { useMainCommands } from './useMainCommands';

/** Steering for the moderation and the running case's moderators; cases and agenda only for the moderation. */
export function ConferencePanel({ conf, people }: { conf: ConferenceState; people: Person[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { api, isModerator } = useWorkshop();
  const { run, error, setError } = useCommand();
  const { agenda, cases, position } = conf;
  const go = (body: Parameters<WorkshopApi['step']>[0]) => run(() => api.step(body));
  const { next } = useMainCommands(conf, run, setError);
  const jumpTargets: { label: string; pos: Position }[] = agenda.steps
    .filter((s) => !s.skipped)
    .flatMap((s): { label: string; pos: Position }[] =>
      s.phase === 'I'
        ? cases.map((c, i) => ({
            label: `${t('conf.phase', { phase: 'I' })} · ${i + 1}. ${c.title} · ${loc(s.title, lang)}`,
            pos: { stepId: s.id, caseId: c.id },
          }))
        : [
            {
              label: `${t('conf.phase', { phase: s.phase })} · ${loc(s.title, lang)}`,
              pos: { stepId: s.id, caseId: null },
            },
          ],
    );
  const timerRunning = conf.timer?.endsAt != null;
  // At the agenda's last step there is no "next": say so instead of offering a button that fails.
  const atEnd = !!position && !nextPosition(agenda, cases, position);
  return (
    <section className="panel conference-panel" aria-labelledby="conf-panel-title" data-testid="conference-panel">
      <h2 id="conf-panel-title">{t('conf.title')}</h2>
      <div className="nav-buttons">
        {position ? (
          <>
            <button type="button" className="secondary" onClick={() => go({ to: 'back' })}>
              {t('conf.back')}
            </button>
            {atEnd ? (
              <p className="muted small" role="status" data-testid="agenda-end">
                {t('conf.agendaEnd')}
              </p>
            ) : (
              <button type="button" onClick={next}>
                {t('conf.next')}
              </button>
            )}
          </>
        ) : (
          <button type="button" onClick={next}>
            {t('conf.start')}
          </button>
        )}
      </div>
      <label className="field">
        <span>{t('conf.jump')}</span>
        <select
          value=""
          onChange={(e) => {
            const target = jumpTargets[Number(e.target.value)];
            if (target) void go(target.pos);
          }}
        >
          <option value="" disabled>
            {t('conf.jumpTo')}
          </option>
          {jumpTargets.map((j, i) => (
            <option key={i} value={i}>
              {j.label}
            </option>
          ))}
        </select>
      </label>
      {position && (
        <div className="timer-controls" role="group" aria-label={t('conf.timer.label')}>
          <button type="button" onClick={() => run(() => api.timer({ action: timerRunning ? 'pause' : 'start' }))}>
            {timerRunning ? t('conf.timer.pause') : t('conf.timer.start')}
          </button>
          {[1, 5].map((n) => (
            <button
              key={n}
              type="button"
              className="secondary"
              onClick={() => run(() => api.timer({ action: 'add', minutes: n }))}
            >
              {t('conf.timer.add', { n })}
            </button>
          ))}
        </div>
      )}
      <ErrorAlert code={error} />
      <CasesSection conf={conf} people={people} run={run} />
      {isModerator && <AgendaEditor conf={conf} run={run} />}
    </section>
  );
}
