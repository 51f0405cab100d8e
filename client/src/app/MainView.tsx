// The main area of the workshop page: one surface, chosen by mainContent().
import { lazy, Suspense } from 'react';
import { useTranslation } from '../i18n';
import { focusedChain, type CardQuery } from '@nws/shared';
import type { Person } from '../api';
import type { ConferenceState } from '../sync/useConference';
import type { CardRule } from '../board/AddCardForm';
import { DomBoard } from '../board/DomBoard';
import { StepView } from '../conference/StepView';
import { ThemesWorkspace } from '../themes/ThemesWorkspace';
import { GoalsWorkspace } from '../goals/GoalsWorkspace';
import { ProtocolView } from '../moderator/ProtocolView';
import { HistoryView } from '../history/HistoryView';
import { useBoardConnection, useWorkshop } from './WorkshopProvider';
import type { MainContent } from './mainContent';
import { useScreenFocus } from '../sync/useScreenFocus';
import { useChainList, useChainsDoc } from '../sync/useChains';
import { moderationApi } from '../apiModeration';
import { WorkshopMonitoring } from './WorkshopMonitoring';

// tldraw is loaded only when the canvas is shown: phones and the DOM view never download it.
const CanvasView = lazy(() => import('../board/CanvasView'));
// The stakeholder analysis is a chunk of its own too (its texts with it).
const StakeholderWorkspace = lazy(() => import('../stakeholders/StakeholderWorkspace'));
// The service chains too (with the layout library).
const ChainsWorkspace = lazy(() => import('../chains/ChainsWorkspace'));
const ChainsProtocol = lazy(() => import('../chains/ChainsProtocol'));

interface Props {
  content: MainContent;
  conf: ConferenceState | null;
  people: Person[];
  steering: boolean;
  queries: CardQuery[];
  active: CardQuery | null;
  screen: boolean;
  follow: boolean;
  cardRule: CardRule;
}

export function MainView({ content, conf, people, steering, queries, active, screen, follow, cardRule }: Props) {
  const { t } = useTranslation();
  const { workshop, token, control, isModerator, session } = useWorkshop();
  const focus = useScreenFocus(control.doc);
  // The body's chains, for the protocol's page (connected only while it is shown).
  const chains = useChainList(useChainsDoc(workshop.id, content === 'protocol' ? token : null));
  const board = useBoardConnection().doc;
  const cases = conf?.cases ?? [];
  const currentCase = conf?.currentCase ?? null;
  switch (content) {
    case 'themes':
      return <ThemesWorkspace cases={cases} />;
    case 'goals':
      return <GoalsWorkspace cases={cases} organisations={organisationsOf(people)} />;
    case 'protocol':
      return (
        <ProtocolView
          board={board}
          control={control.doc}
          workshop={workshop}
          people={people}
          token={token}
          moderator={isModerator}
          chains={chains ?? []}
        >
          <Suspense fallback={null}>
            <ChainsProtocol chains={chains ?? []} />
          </Suspense>
        </ProtocolView>
      );
    case 'history':
      return <HistoryView />;
    case 'chains':
      return (
        <Suspense fallback={<p aria-busy="true">{t('app.loading')}</p>}>
          <ChainsWorkspace
            workshopId={workshop.id}
            token={token}
            board={board}
            cases={cases}
            organisations={organisationsOf(people)}
            moderator={isModerator && !screen}
            screen={screen}
            focused={focusedChain(focus)}
            screenSwitch={
              isModerator && !screen
                ? {
                    set: (chainId) =>
                      moderationApi.screenJoin(workshop.id, token, { focus: chainId ? `chain:${chainId}` : null }),
                  }
                : undefined
            }
          />
        </Suspense>
      );
    case 'stakeholders':
      return (
        <Suspense fallback={<p aria-busy="true">{t('app.loading')}</p>}>
          <StakeholderWorkspace
            place={{ kind: 'workshop', workshopId: workshop.id }}
            token={token}
            structure={isModerator && !screen}
            organisation={screen || isModerator ? null : session.organisation}
            name={workshop.name}
            mode={screen ? 'screen' : 'full'}
            screenSwitch={
              isModerator && !screen
                ? {
                    on: focus === 'stakeholders',
                    set: (on) => moderationApi.screenJoin(workshop.id, token, { focus: on ? 'stakeholders' : null }),
                  }
                : undefined
            }
          />
        </Suspense>
      );
    case 'monitoring':
      return <WorkshopMonitoring people={people} />;
    case 'assignments':
      return <WorkshopMonitoring people={people} review />;
    case 'step':
      return conf ? <StepView conf={conf} people={people} steering={steering} /> : null;
    case 'canvas':
      return (
        <Suspense fallback={<p aria-busy="true">{t('app.loading')}</p>}>
          <CanvasView
            activeQuery={active}
            viewport={isModerator ? 'publish' : screen || follow ? 'follow' : null}
            cardRule={cardRule}
            currentCase={currentCase}
          />
        </Suspense>
      );
    case 'dom':
      return (
        <DomBoard queries={queries} active={active} screen={screen} cardRule={cardRule} currentCase={currentCase} />
      );
  }
}

/** The participants' organisations, once each, sorted: offered as the actors of activities. */
function organisationsOf(people: Person[]): string[] {
  return [
    ...new Set(
      people.filter((p) => p.role === 'participant' && p.organisation.trim()).map((p) => p.organisation.trim()),
    ),
  ].sort();
}
