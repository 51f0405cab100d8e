// What the workshop shell's main area shows, decided once from the tab, the
// conference step and the board view.
import type { BoardView } from '@nws/shared';

export type MainTab =
  'screen' | 'step' | 'board' | 'themes' | 'goals' | 'chains' | 'stakeholders' | 'monitoring' | 'protocol' | 'history';
export type MainContent = Exclude<MainTab, 'board'> | 'assignments' | BoardView;

/** The step artefacts with a workspace of their own (shown instead of the step's view). */
export const workspaceArtefacts = ['themes', 'goals', 'chains', 'assignments'] as const;
type WorkspaceArtefact = (typeof workspaceArtefacts)[number];
export const isWorkspaceArtefact = (a: Artefact): a is WorkspaceArtefact =>
  (workspaceArtefacts as readonly unknown[]).includes(a);
/** A step's artefact as far as the shell cares: the two with a workspace of their own. */
type Artefact = string | null | undefined;

/**
 * The conference step (with its artefact's workspace for themes and goals)
 * when it is shown, else the chosen tab, else the board in the shown view.
 */
export function mainContent(showStep: boolean, artefact: Artefact, tab: MainTab, boardView: BoardView): MainContent {
  if (showStep) return isWorkspaceArtefact(artefact) ? artefact : 'step';
  if (tab !== 'step' && tab !== 'board') return tab;
  return boardView;
}

/**
 * The tabs offered: the shared screen's content in remote mode, the step only
 * while the conference runs, the protocol and the history only to the moderation.
 */
export function mainTabs(conferenceOn: boolean, isModerator: boolean, remoteOn = false): MainTab[] {
  return [
    ...(remoteOn ? (['screen'] as const) : []),
    ...(conferenceOn ? (['step'] as const) : []),
    'board',
    'themes',
    'goals',
    'chains',
    'stakeholders',
    'monitoring',
    ...(isModerator ? (['protocol', 'history'] as const) : []),
  ];
}

/** The step tab falls back to the board when no conference runs, the screen's when remote mode is off. */
export const effectiveTab = (tab: MainTab, conferenceOn: boolean, remoteOn = false): MainTab =>
  (!conferenceOn && tab === 'step') || (!remoteOn && tab === 'screen') ? 'board' : tab;
