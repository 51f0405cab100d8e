// The artefact of the current step: what the group builds now. Each kind of
// step (roles, narration, questions, perspective grid, reconstruction,
// themes, notes) has its view; the agenda decides which one shows.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import {
  addCard,
  addTheme,
  cellKey,
  listThemes,
  nextCaseCardPosition,
  notesKey,
  readGrid,
  reconstructionKeys,
  removeTheme,
  rowIdOf,
  sharedText,
  CARD_TEXT_MAX,
  THEME_TITLE_MAX,
  type Case,
  type SessionInfo,
  type Step,
} from '@nws/shared';
import { api, type Person } from '../api';
import { CollabTextarea } from '../ui/CollabTextarea';
import { useCards } from '../sync/useCards';
import type { ConferenceState } from '../sync/useConference';
import { useArtefactsVersion } from './useArtefacts';
import { loc, useLang } from './StepBanner';
import { CaseRolesEditor } from '../moderator/CaseRolesEditor';

export interface StepContext {
  workshopId: string;
  token: string;
  board: Y.Doc;
  conf: ConferenceState;
  session: SessionInfo;
  people: Person[];
  readOnly: boolean;
  /** May steer the conference (moderation or moderator of the running case). */
  steering: boolean;
}

export function StepView(ctx: StepContext) {
  const { t } = useTranslation();
  const { step, currentCase } = ctx.conf;
  if (!step) return <p className="panel">{t('conf.notStarted')}</p>;
  const needsCase = step.phase === 'I';
  if (needsCase && !currentCase) return <p className="panel">{t('conf.cases.needCase')}</p>;
  const c = currentCase!;
  switch (step.artefact) {
    case 'roles':
      return <RolesView {...ctx} kase={c} />;
    case 'narration':
      return <NarrationView {...ctx} kase={c} step={step} />;
    case 'questions':
      return <QuestionsView {...ctx} kase={c} />;
    case 'perspectiveGrid':
      return <GridView {...ctx} kase={c} step={step} />;
    case 'reconstruction':
      return <ReconstructionView {...ctx} kase={c} />;
    case 'themes':
      return <ThemesView {...ctx} />;
    case 'goals':
    case 'notes':
      return <NotesView {...ctx} step={step} caseId={needsCase ? c.id : null} />;
  }
}

const nameOf = (people: Person[], id: string | null) => (id ? (people.find((p) => p.sessionId === id)?.name ?? '?') : null);

function RolesView({ people, kase, steering, readOnly, workshopId, token }: StepContext & { kase: Case }) {
  const { t } = useTranslation();
  const unset = t('conf.roles.unset');
  return (
    <section className="panel artefact" data-testid="artefact-roles">
      <h2>{kase.title}</h2>
      <ul className="roles-list">
        <li>{t('conf.roles.giver', { name: nameOf(people, kase.caseGiverId) ?? unset })}</li>
        <li>{t('conf.roles.moderators', { names: kase.moderatorIds.map((id) => nameOf(people, id)).join(', ') || unset })}</li>
        <li>{t('conf.roles.userPerspective', { name: nameOf(people, kase.userPerspectiveId) ?? unset })}</li>
      </ul>
      {steering && !readOnly && <CaseRolesEditor workshopId={workshopId} token={token} kase={kase} people={people} />}
    </section>
  );
}

function NarrationView({ board, kase, step, readOnly }: StepContext & { kase: Case; step: Step }) {
  const { t } = useTranslation();
  useArtefactsVersion(board);
  return (
    <section className="panel artefact" data-testid="artefact-narration">
      <h2>{kase.title}</h2>
      <p className="narration">{kase.narration}</p>
      <label className="field">
        <span>{t('conf.narration.notes')}</span>
        <CollabTextarea text={sharedText(board, notesKey(kase.id, step.id))} label={t('conf.narration.notes')} readOnly={readOnly} rows={4} />
      </label>
    </section>
  );
}

function QuestionsView({ board, kase, session, readOnly }: StepContext & { kase: Case }) {
  const { t } = useTranslation();
  const questions = useCards(board).filter((c) => c.caseId === kase.id && c.kind === 'question');
  const [text, setText] = useState('');
  const add = (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return;
    addCard(board, { text: text.trim(), ...nextCaseCardPosition(board, kase), caseId: kase.id, kind: 'question', color: 'blue', authorId: session.id });
    setText('');
  };
  return (
    <section className="panel artefact" data-testid="artefact-questions">
      {!readOnly && (
        <form className="add-card" onSubmit={add}>
          <label htmlFor="question-card" className="visually-hidden">{t('conf.questionsView.add')}</label>
          <textarea id="question-card" rows={2} maxLength={CARD_TEXT_MAX} placeholder={t('conf.questionsView.placeholder')} value={text} onChange={(e) => setText(e.target.value)} />
          <button type="submit" disabled={!text.trim()}>{t('conf.questionsView.add')}</button>
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

function GridView({ board, kase, step, session, readOnly, workshopId, token }: StepContext & { kase: Case; step: Step }) {
  const { t } = useTranslation();
  const lang = useLang();
  useArtefactsVersion(board);
  const grid = readGrid(board, kase.id, step.id);
  const moderator = session.role === 'moderator';
  const ownRow = session.organisation.trim() ? rowIdOf(session.organisation) : null;
  const [absentOrg, setAbsentOrg] = useState('');
  const missingOwnRow = !!grid && !!ownRow && session.role === 'participant' && !grid.rows.some((r) => r.id === ownRow);
  useEffect(() => {
    // Joined after the step began: ask the server for our organisation's row.
    if (missingOwnRow) void api.gridRow(workshopId, token, kase.id, step.id).catch(() => undefined);
  }, [missingOwnRow, workshopId, token, kase.id, step.id]);
  if (!grid) return <p className="panel">{t('conf.grid.noGrid')}</p>;
  const questions = step.questions.length === grid.questions.length ? step.questions.map((q) => loc(q, lang)) : grid.questions;
  return (
    <section className="panel artefact" data-testid="artefact-grid">
      <div className="grid-scroll">
        <table className="perspective-grid">
          <thead>
            <tr>
              <th scope="col">{t('conf.grid.organisation')}</th>
              {questions.map((q, i) => (
                <th scope="col" key={i}>{q}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.rows.map((row) => {
              const mine = row.id === ownRow;
              const editable = !readOnly && (moderator || mine);
              return (
                <tr key={row.id} className={mine ? 'own-row' : ''} data-testid="grid-row" data-organisation={row.organisation}>
                  <th scope="row">
                    {row.organisation}
                    {mine && <span className="muted small"> ({t('conf.grid.yours')})</span>}
                    {row.absent && <span className="muted small"> ({t('conf.grid.absent')})</span>}
                  </th>
                  {questions.map((q, i) => (
                    <td key={i}>
                      <CollabTextarea
                        text={sharedText(board, cellKey(kase.id, step.id, row.id, i))}
                        label={t('conf.grid.cell', { organisation: row.organisation, question: q })}
                        readOnly={!editable}
                        rows={3}
                        testId="grid-cell"
                      />
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {moderator && !readOnly && (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (absentOrg.trim()) void api.gridRow(workshopId, token, kase.id, step.id, absentOrg.trim()).then(() => setAbsentOrg(''));
          }}
        >
          <label htmlFor="absent-org">{t('conf.grid.addRow')}</label>
          <input id="absent-org" maxLength={120} value={absentOrg} onChange={(e) => setAbsentOrg(e.target.value)} />
          <button type="submit">{t('conf.grid.addRowButton')}</button>
        </form>
      )}
    </section>
  );
}

function ThemeStore({ board, caseId, readOnly }: { board: Y.Doc; caseId: string | null; readOnly: boolean }) {
  const { t } = useTranslation();
  useArtefactsVersion(board);
  const themes = listThemes(board, caseId);
  const [title, setTitle] = useState('');
  return (
    <div className="theme-store" data-testid="theme-store">
      {themes.length === 0 ? (
        <p className="muted">{t('conf.recon.noThemes')}</p>
      ) : (
        <ul>
          {themes.map((th) => (
            <li key={th.id} data-testid="theme">
              {th.title}{' '}
              {!readOnly && (
                <button type="button" className="small secondary" onClick={() => removeTheme(board, th.id)}>
                  {t('conf.recon.remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!title.trim()) return;
            addTheme(board, { title, caseId, source: caseId ? 'reconstruction' : 'manual' });
            setTitle('');
          }}
        >
          <label htmlFor={`theme-${caseId ?? 'x'}`} className="visually-hidden">{t('conf.recon.addTheme')}</label>
          <input id={`theme-${caseId ?? 'x'}`} maxLength={THEME_TITLE_MAX} placeholder={t('conf.recon.themePlaceholder')} value={title} onChange={(e) => setTitle(e.target.value)} />
          <button type="submit">{t('conf.recon.addTheme')}</button>
        </form>
      )}
    </div>
  );
}

function ReconstructionView({ board, kase, readOnly }: StepContext & { kase: Case }) {
  const { t } = useTranslation();
  useArtefactsVersion(board);
  const keys = reconstructionKeys(kase.id);
  const field = (key: string, label: string) => (
    <label className="field">
      <span>{label}</span>
      <CollabTextarea text={sharedText(board, key)} label={label} readOnly={readOnly} rows={5} />
    </label>
  );
  return (
    <section className="panel artefact" data-testid="artefact-reconstruction">
      {field(keys.webOfEffects, t('conf.recon.web'))}
      {field(keys.situation, t('conf.recon.situation'))}
      {field(keys.disagreements, t('conf.recon.disagreements'))}
      <h3>{t('conf.recon.themes')}</h3>
      <ThemeStore board={board} caseId={kase.id} readOnly={readOnly} />
    </section>
  );
}

function ThemesView({ board, conf, readOnly }: StepContext) {
  const { t } = useTranslation();
  return (
    <section className="panel artefact" data-testid="artefact-themes">
      <h3>{t('conf.themesView.byCase')}</h3>
      {conf.cases.map((c) => (
        <div key={c.id} className="case-themes">
          <h4>{c.title}</h4>
          <ThemeStore board={board} caseId={c.id} readOnly={readOnly} />
        </div>
      ))}
      <h3>{t('conf.themesView.other')}</h3>
      <ThemeStore board={board} caseId={null} readOnly={readOnly} />
    </section>
  );
}

function NotesView({ board, step, caseId, readOnly }: StepContext & { step: Step; caseId: string | null }) {
  const { t } = useTranslation();
  useArtefactsVersion(board);
  return (
    <section className="panel artefact" data-testid="artefact-notes">
      <label className="field">
        <span>{t('conf.notes')}</span>
        <CollabTextarea text={sharedText(board, notesKey(caseId, step.id))} label={t('conf.notes')} readOnly={readOnly} rows={10} />
      </label>
    </section>
  );
}
