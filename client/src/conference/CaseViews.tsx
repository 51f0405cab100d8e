// The case steps' views: roles, narration (with notes), clarifying questions,
// and the free notes of a step.
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n';
import { addCard, nextCaseCardPosition, notesKey, sharedText, CARD_TEXT_MAX, type Case, type Step } from '@nws/shared';
import type { Person } from '../api';
import { useBoardConnection, useWorkshop } from '../app/WorkshopProvider';
import { CollabTextarea } from '../ui/CollabTextarea';
import { CaseRolesEditor } from '../ui/CaseRolesEditor';
import { useCards } from '../sync/useCards';
import { useArtefactsVersion } from './useArtefacts';
import type { StepProps } from './StepView';

const nameOf = (people: Person[], id: string | null) =>
  id ? (people.find((p) => p.sessionId === id)?.name ?? '?') : null;

export function RolesView({ people, kase, steering }: StepProps & { kase: Case }) {
  const { t } = useTranslation();
  const { readOnly } = useWorkshop();
  const unset = t('conf.roles.unset');
  return (
    <section className="panel artefact" data-testid="artefact-roles">
      <h2>{kase.title}</h2>
      <ul className="roles-list">
        <li>{t('conf.roles.giver', { name: nameOf(people, kase.caseGiverId) ?? unset })}</li>
        <li>
          {t('conf.roles.moderators', { names: kase.moderatorIds.map((id) => nameOf(people, id)).join(', ') || unset })}
        </li>
        <li>{t('conf.roles.userPerspective', { name: nameOf(people, kase.userPerspectiveId) ?? unset })}</li>
      </ul>
      {steering && !readOnly && <CaseRolesEditor kase={kase} people={people} />}
    </section>
  );
}

export function NarrationView({ kase, step }: { kase: Case; step: Step }) {
  const { t } = useTranslation();
  const { readOnly } = useWorkshop();
  const board = useBoardConnection().doc;
  useArtefactsVersion(board);
  return (
    <section className="panel artefact" data-testid="artefact-narration">
      <h2>{kase.title}</h2>
      <p className="narration">{kase.narration}</p>
      <label className="field">
        <span>{t('conf.narration.notes')}</span>
        <CollabTextarea
          text={sharedText(board, notesKey(kase.id, step.id))}
          label={t('conf.narration.notes')}
          readOnly={readOnly}
          rows={4}
        />
      </label>
    </section>
  );
}

export function QuestionsView({ kase }: { kase: Case }) {
  const { t } = useTranslation();
  const { readOnly, session } = useWorkshop();
  const board = useBoardConnection().doc;
  const questions = useCards(board).filter((c) => c.caseId === kase.id && c.kind === 'question');
  const [text, setText] = useState('');
  const add = (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return;
    addCard(board, {
      text: text.trim(),
      ...nextCaseCardPosition(board, kase),
      caseId: kase.id,
      kind: 'question',
      color: 'blue',
      authorId: session.id,
    });
    setText('');
  };
  return (
    <section className="panel artefact" data-testid="artefact-questions">
      {!readOnly && (
        <form className="add-card" onSubmit={add}>
          <label htmlFor="question-card" className="visually-hidden">
            {t('conf.questionsView.add')}
          </label>
          <textarea
            id="question-card"
            rows={2}
            maxLength={CARD_TEXT_MAX}
            placeholder={t('conf.questionsView.placeholder')}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <button type="submit" disabled={!text.trim()}>
            {t('conf.questionsView.add')}
          </button>
        </form>
      )}
      {questions.length === 0 ? (
        <p className="muted">{t('conf.questionsView.none')}</p>
      ) : (
        <ul className="question-list" data-testid="question-cards">
          {questions.map((q) => (
            <li key={q.id} className="card color-blue question-card">
              <span aria-hidden="true">?</span> {q.text}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function NotesView({ step, caseId }: { step: Step; caseId: string | null }) {
  const { t } = useTranslation();
  const { readOnly } = useWorkshop();
  const board = useBoardConnection().doc;
  useArtefactsVersion(board);
  return (
    <section className="panel artefact" data-testid="artefact-notes">
      <label className="field">
        <span>{t('conf.notes')}</span>
        <CollabTextarea
          text={sharedText(board, notesKey(caseId, step.id))}
          label={t('conf.notes')}
          readOnly={readOnly}
          rows={10}
        />
      </label>
    </section>
  );
}
