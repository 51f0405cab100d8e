// The conference's cases: the list (roles, edit, run), and adding a case
// with the pseudonymisation reminder.
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n';
import { CASE_TITLE_MAX, NARRATION_MAX } from '@nws/shared';
import type { Person } from '../api';
import { useWorkshop } from '../app/WorkshopProvider';
import type { Run } from '../app/useCommand';
import type { ConferenceState } from '../sync/useConference';
import { CaseRolesEditor } from '../ui/CaseRolesEditor';

export function CasesSection({ conf, people, run }: { conf: ConferenceState; people: Person[]; run: Run }) {
  const { t } = useTranslation();
  const { api, isModerator } = useWorkshop();
  const [title, setTitle] = useState('');
  const [narration, setNarration] = useState('');
  const [giver, setGiver] = useState('');
  const participants = people.filter((p) => p.role === 'participant');
  const add = (e: FormEvent) => {
    e.preventDefault();
    if (!title.trim()) return;
    const sent = { title, narration, giver };
    // Cleared at once: the case shows up (through the live document) before the answer arrives,
    // and what is typed next must not be wiped by it. A failed call puts the form back.
    setTitle('');
    setNarration('');
    setGiver('');
    void run(() =>
      api.addCase({ title: sent.title.trim(), narration: sent.narration, caseGiverId: sent.giver || null }),
    ).then((ok) => {
      if (ok) return;
      setTitle(sent.title);
      setNarration(sent.narration);
      setGiver(sent.giver);
    });
  };
  return (
    <div className="cases">
      <h3>{t('conf.cases.title')}</h3>
      {conf.cases.length === 0 && <p className="muted small">{t('conf.cases.none')}</p>}
      <ol className="case-list">
        {conf.cases.map((c) => (
          <li key={c.id} data-testid="case-item">
            <details>
              <summary>
                {c.title} <span className="muted small">({t(`conf.cases.status.${c.status}`)})</span>
              </summary>
              <CaseRolesEditor kase={c} people={people} />
              {isModerator && <CaseEditor id={c.id} title={c.title} narration={c.narration} run={run} />}
              {conf.position?.caseId !== c.id && (
                <button
                  type="button"
                  className="secondary"
                  onClick={() =>
                    run(() =>
                      api.step({
                        stepId: conf.agenda.steps.find((s) => s.phase === 'I' && !s.skipped)!.id,
                        caseId: c.id,
                      }),
                    )
                  }
                >
                  {t('conf.cases.run')}
                </button>
              )}
            </details>
          </li>
        ))}
      </ol>
      {isModerator && (
        <details>
          <summary>{t('conf.cases.add')}</summary>
          <form onSubmit={add} data-testid="add-case-form">
            <p className="notice small" role="note">
              {t('conf.cases.privacy')}
            </p>
            <label className="field">
              <span>{t('conf.cases.caseTitle')}</span>
              <input required maxLength={CASE_TITLE_MAX} value={title} onChange={(e) => setTitle(e.target.value)} />
            </label>
            <label className="field">
              <span>{t('conf.cases.narration')}</span>
              <textarea
                rows={5}
                maxLength={NARRATION_MAX}
                value={narration}
                onChange={(e) => setNarration(e.target.value)}
              />
            </label>
            <label className="field">
              <span>{t('conf.cases.giver')}</span>
              <select value={giver} onChange={(e) => setGiver(e.target.value)}>
                <option value="">{t('conf.cases.nobody')}</option>
                {participants.map((p) => (
                  <option key={p.sessionId} value={p.sessionId}>
                    {p.name} ({p.organisation})
                  </option>
                ))}
              </select>
            </label>
            <button type="submit">{t('conf.cases.add')}</button>
          </form>
        </details>
      )}
    </div>
  );
}

function CaseEditor({ id, title, narration, run }: { id: string; title: string; narration: string; run: Run }) {
  const { t } = useTranslation();
  const { api } = useWorkshop();
  const [draft, setDraft] = useState({ title, narration });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void run(() => api.updateCase(id, draft));
      }}
    >
      <p className="notice small" role="note">
        {t('conf.cases.privacy')}
      </p>
      <label className="field">
        <span>{t('conf.cases.caseTitle')}</span>
        <input
          required
          maxLength={CASE_TITLE_MAX}
          value={draft.title}
          onChange={(e) => setDraft({ ...draft, title: e.target.value })}
        />
      </label>
      <label className="field">
        <span>{t('conf.cases.narration')}</span>
        <textarea
          rows={5}
          maxLength={NARRATION_MAX}
          value={draft.narration}
          onChange={(e) => setDraft({ ...draft, narration: e.target.value })}
        />
      </label>
      <button type="submit">{t('conf.cases.save')}</button>
    </form>
  );
}
