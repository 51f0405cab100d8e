// The moderation's next move at the top of the page, before the board: close
// the open vote, reveal the cards, or go on to the next step — a few Tab
// presses from the top instead of a hundred (the board's cards come first in
// the page otherwise). Only for whoever may do it (mainAction.ts).
import { useTranslation } from '../i18n';
import { listRounds, nextPosition, observeRounds, stepAt, type CardQuery, type Round } from '@nws/shared';
import { useWorkshop } from '../app/WorkshopProvider';
import { useCommand } from '../app/useCommand';
import { useDerived } from '../sync/useDerived';
import type { ConferenceState } from '../sync/useConference';
import { ErrorAlert } from '../ui/ErrorAlert';
import { loc, useLang } from '../i18n/lang';
import { mainAction } from './mainAction';
import { useMainCommands } from './useMainCommands';

const noRounds: Round[] = [];

interface Props {
  conf: ConferenceState | null;
  active: CardQuery | null;
  steering: boolean;
}

export function ActionBar({ conf, active, steering }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const { control, isModerator } = useWorkshop();
  const rounds = useDerived(control.doc, listRounds, observeRounds, noRounds);
  const { run, error, setError, busy } = useCommand();
  const commands = useMainCommands(conf, run, setError);
  const action = mainAction({ isModerator, steering, active, rounds, conf });
  if (!action) return null;
  let label: string;
  let onClick: () => void;
  switch (action.kind) {
    case 'closeRound':
      label = t('action.closeRound', { title: action.round.title });
      onClick = () => commands.closeRound(action.round.id);
      break;
    case 'reveal':
      label = t('action.reveal');
      onClick = () => commands.reveal(action.query.id);
      break;
    case 'start':
      label = t('action.start');
      onClick = commands.next;
      break;
    case 'next': {
      const to = conf?.position ? nextPosition(conf.agenda, conf.cases, conf.position) : null;
      const step = to && conf ? stepAt(conf.agenda, to) : null;
      label = t('action.next', { title: step ? loc(step.title, lang) : '' });
      onClick = commands.next;
      break;
    }
  }
  return (
    <section className="action-bar" aria-label={t('action.region')} data-testid="action-bar">
      <span className="muted small">{t('action.now')}</span>
      <button type="button" onClick={onClick} disabled={busy} data-testid="main-action" data-action={action.kind}>
        {label}
      </button>
      <ErrorAlert code={error} />
    </section>
  );
}
