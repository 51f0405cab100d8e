// The conference's and the card query's main commands, shared by their panels
// and the action bar at the top of the page (ActionBar): one place decides
// what "next" warns about and what "reveal" asks first.
import { useTranslation } from '../i18n';
import { casesDoneOnLeaving, networkCases, nextPosition, warnsTooFewCases } from '@nws/shared';
import { useWorkshop } from '../app/WorkshopProvider';
import type { Run } from '../app/useCommand';
import type { ConferenceState } from '../sync/useConference';

export function useMainCommands(conf: ConferenceState | null, run: Run, setError: (code: string | null) => void) {
  const { t } = useTranslation();
  const { api, control } = useWorkshop();
  /** The next step, or the start; before Phase II with fewer than four reconstructed cases, after a warning. */
  const next = () => {
    if (!conf) return;
    const { agenda, cases, position } = conf;
    if (!position) return void run(() => api.step({ to: 'start' }));
    const to = nextPosition(agenda, cases, position);
    if (!to) return setError('no_step');
    // In a network, the cases reconstructed in its other workshops count too (kept in the control state by the server).
    const network = networkCases(control.doc);
    if (
      warnsTooFewCases(agenda, cases, position, to, network) &&
      !window.confirm(t('conf.warnFewCases', { count: casesDoneOnLeaving(cases, position, network) }))
    )
      return;
    void run(() => api.step({ to: 'next' }));
  };
  /** All cards of a query at once, after asking. */
  const reveal = (queryId: string) => {
    if (window.confirm(t('query.revealConfirm'))) void run(() => api.reveal(queryId));
  };
  const closeRound = (roundId: string) => void run(() => api.closeRound(roundId));
  return { next, reveal, closeRound };
}
