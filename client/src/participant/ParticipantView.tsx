// The phone view: what is asked of this person now — write cards, vote, fill
// their organisation's grid row, or read the running step — driven by the
// control document. It never loads tldraw; the board document is synced only
// while a grid row or a vote needs it (PhoneBoard, loaded lazily), so the
// phone stays small (see scripts/bundle-size.mjs).
import { lazy, Suspense, useEffect } from 'react';
import type * as Y from 'yjs';
import { useTranslation } from '../i18n';
import {
  observeControl,
  observeRounds,
  readRounds,
  screenFocus,
  trustedChecks,
  type Case,
  type Round,
} from '@nws/shared';
import { boardPath } from '../app/routes';
import { useWorkshop, WorkshopProvider } from '../app/WorkshopProvider';
import { announce } from '../sync/usePresence';
import { useConference } from '../sync/useConference';
import { useControl } from '../sync/useControl';
import { useDerived } from '../sync/useDerived';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { phoneTask, type PhoneTask } from './phoneTask';
import { StepInfo } from './StepInfo';
import { usePhoneCue } from './usePhoneCue';
import { WritePanel } from './WritePanel';
import { VideoLink } from '../ui/VideoLink';
import { useRemote } from '../sync/useRemote';
import './phone.css';

const PhoneBoard = lazy(() => import('./PhoneBoard'));
const StakeholderWorkspace = lazy(() => import('../stakeholders/StakeholderWorkspace'));
// Not useRounds from sync/useDomain: that module would bring the themes' and goals' code into the phone's first load.
const noRounds: Round[] = [];
const readAllRounds = (doc: Y.Doc) => readRounds(doc, trustedChecks);

export function ParticipantView({ workshopId }: { workshopId: string }) {
  return (
    <WorkshopProvider workshopId={workshopId} tokenKind="board" withBoard={false}>
      <Phone />
    </WorkshopProvider>
  );
}

function Phone() {
  const { t } = useTranslation();
  const { workshopId, workshop, session, control, token } = useWorkshop();
  const { active } = useControl(control.doc);
  const rounds = useDerived(control.doc, readAllRounds, observeRounds, noRounds);
  const conference = useConference(control.doc);
  const remote = useRemote(control.doc);
  const provider = control.provider;
  // Show up as online for the moderator, though this view syncs no board.
  useEffect(() => announce(provider), [provider]);
  const task = phoneTask({
    role: session.role,
    active,
    rounds,
    position: conference?.position ?? null,
    step: conference?.step ?? null,
    focus: useDerived(control.doc, screenFocus, observeControl, null),
  });
  const cue = usePhoneCue(task.key, control.synced);

  return (
    <main className="page phone" data-testid="participant-view" data-task={task.kind}>
      <header className="page-header">
        <span className="brand">{workshop.name}</span>
        <VideoLink url={remote.videoUrl} />
        <LanguageSwitch />
      </header>
      <p className="muted small">
        {session.name} · {session.organisation} ·{' '}
        <span
          className={`status status-${control.status}`}
          role="status"
          data-testid="connection-status"
          data-status={control.status}
        >
          {t(`board.status.${control.status}`)}
        </span>
      </p>
      <div aria-live="polite">
        {cue.fresh && (
          <p className="phone-cue" data-testid="phone-cue">
            <span>{t('phone.newTask', { what: t(`phone.kinds.${task.kind}`) })}</span>
            <button type="button" className="secondary" onClick={cue.seen}>
              {t('phone.seen')}
            </button>
          </p>
        )}
      </div>
      {remote.on && (
        // Remote mode: the shared screen's content is one tap away (the board page opens on it).
        <p>
          <a className="phone-link" href={boardPath(workshopId)} data-testid="remote-watch">
            {t('remote.watch')}
          </a>
        </p>
      )}
      {task.kind === 'stakeholders' ? (
        <Suspense fallback={<p className="panel muted">{t('app.loading')}</p>}>
          <StakeholderWorkspace
            place={{ kind: 'workshop', workshopId }}
            token={token}
            structure={false}
            organisation={session.organisation}
            name={workshop.name}
            mode="phone"
          />
        </Suspense>
      ) : (
        <TaskView task={task} kase={conference?.currentCase ?? null} />
      )}
      <p>
        <a className="phone-link" href={boardPath(workshopId)}>
          {t('query.toBoard')}
        </a>
      </p>
    </main>
  );
}

function TaskView({ task, kase }: { task: PhoneTask; kase: Case | null }) {
  const { t } = useTranslation();
  switch (task.kind) {
    case 'write':
    case 'query':
      return <WritePanel query={task.query} />;
    case 'step':
      return <StepInfo step={task.step} kase={kase} />;
    case 'grid':
    case 'vote':
      return (
        <Suspense fallback={<p className="panel muted">{t('app.loading')}</p>}>
          <PhoneBoard
            task={task.kind === 'grid' ? { kind: 'grid', caseId: task.caseId, step: task.step, kase } : task}
          />
        </Suspense>
      );
  }
}
