// The artefact of the current step: what the group builds now. Each kind of
// step (roles, narration, questions, perspective grid, reconstruction,
// themes, notes) has its view; the agenda decides which one shows.
import { useTranslation } from '../i18n';
import type { Person } from '../api';
import type { ConferenceState } from '../sync/useConference';
import { NarrationView, NotesView, QuestionsView, RolesView } from './CaseViews';
import { GridView } from './GridView';
import { ReconstructionView, ThemesView } from './ThemeStore';

export interface StepProps {
  conf: ConferenceState;
  people: Person[];
  /** May steer the conference (moderation or moderator of the running case). */
  steering: boolean;
}

export function StepView(props: StepProps) {
  const { t } = useTranslation();
  const { step, currentCase } = props.conf;
  if (!step) return <p className="panel">{t('conf.notStarted')}</p>;
  const needsCase = step.phase === 'I';
  if (needsCase && !currentCase) return <p className="panel">{t('conf.cases.needCase')}</p>;
  const c = currentCase!;
  switch (step.artefact) {
    case 'roles':
      return <RolesView {...props} kase={c} />;
    case 'narration':
      return <NarrationView kase={c} step={step} />;
    case 'questions':
      return <QuestionsView kase={c} />;
    case 'perspectiveGrid':
      return <GridView kase={c} step={step} />;
    case 'reconstruction':
      return <ReconstructionView kase={c} />;
    case 'themes':
      return <ThemesView cases={props.conf.cases} />;
    case 'goals':
    case 'notes':
      return <NotesView step={step} caseId={needsCase ? c.id : null} />;
  }
}
