// The moderator's invitations: join code and links for participants, the
// shared screen (and whether it shows how to join) and the moderator's own
// (secret) link; a new join code when the old one went too far, a new
// moderator link when the old one leaked.
import { useState } from 'react';
import { useTranslation } from '../i18n';
import { useWorkshop } from '../app/WorkshopProvider';
import { useCommand } from '../app/useCommand';
import { useJoinCode } from '../app/useJoinCode';
import { useScreenJoin } from '../app/useScreenJoin';
import { ErrorAlert } from '../ui/ErrorAlert';
import { boardPath, joinPath, screenPath } from '../app/routes';
import { storeToken } from '../tokens';
import { CopyField } from '../ui/CopyField';

function storedScreenToken(workshopId: string): string | null {
  try {
    return localStorage.getItem(`nws.screen.${workshopId}`);
  } catch {
    return null;
  }
}

export function InvitePanel() {
  const { t } = useTranslation();
  const { workshop, token, api } = useWorkshop();
  const { run, error, busy } = useCommand();
  const origin = window.location.origin;
  const [screenToken, setScreenToken] = useState(() => storedScreenToken(workshop.id));
  const makeScreenLink = async () => {
    const res = await api.newScreenLink();
    storeToken(workshop.id, 'screen', res.token);
    setScreenToken(res.token);
  };
  const code = useJoinCode();
  // The box shows what the screen shows now; ticking it records the moderation's choice.
  const screenShowsJoin = useScreenJoin();
  const rotate = () => {
    if (window.confirm(t('invite.newCodeConfirm'))) void run(() => api.rotateJoinCode());
  };
  const renew = () => {
    if (!window.confirm(t('invite.renewConfirm'))) return;
    void run(async () => {
      const { token: fresh } = await api.renewModeratorLink();
      storeToken(workshop.id, 'board', fresh);
      // The old token no longer works: reopen the page with the new one.
      window.location.replace(`${boardPath(workshop.id)}#k=${fresh}`);
    });
  };
  return (
    <section className="panel invite" aria-labelledby="invite-title">
      <h2 id="invite-title">{t('invite.title')}</h2>
      <p className="join-code" data-testid="join-code" aria-label={t('invite.code')}>
        {code.slice(0, 3)}-{code.slice(3)}
      </p>
      <button type="button" className="small secondary" onClick={rotate} disabled={busy} data-testid="new-join-code">
        {t('invite.newCode')}
      </button>
      <ErrorAlert code={error} />
      <CopyField label={t('invite.participantLink')} value={origin + joinPath(code)} testId="participant-link" />
      {screenToken ? (
        <CopyField
          label={t('invite.screenLink')}
          value={`${origin}${screenPath(workshop.id)}#k=${screenToken}`}
          testId="screen-link"
        />
      ) : (
        <button type="button" onClick={makeScreenLink}>
          {t('invite.makeScreenLink')}
        </button>
      )}
      <label className="radio small">
        <input
          type="checkbox"
          checked={screenShowsJoin}
          disabled={busy}
          onChange={(e) => void run(() => api.screenJoin({ showJoin: e.target.checked }))}
          data-testid="screen-show-join"
        />
        {t('screen.showJoin')}
      </label>
      <p className="hint">{t('screen.showJoinHint')}</p>
      <details>
        <summary>{t('invite.moderatorLink')}</summary>
        <CopyField
          label={t('invite.moderatorLink')}
          value={`${origin}${boardPath(workshop.id)}#k=${token}`}
          testId="moderator-link"
        />
        <button type="button" className="small secondary" onClick={renew} disabled={busy}>
          {t('invite.renewLink')}
        </button>
      </details>
    </section>
  );
}
