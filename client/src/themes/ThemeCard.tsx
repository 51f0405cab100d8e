// One theme: its dot result, whether it is generative, and (for cross-case
// themes) the organisations that deal with it, in the network or to invite.
import { useState, type ReactNode } from 'react';
import { useTranslation } from '../i18n';
import { removeTheme, setGenerative, setThemeOrganisations, type Round, type Theme } from '@nws/shared';
import { useBoardConnection, useWorkshop } from '../app/WorkshopProvider';

export function ThemeCard({ theme, round, children }: { theme: Theme; round: Round | null; children?: ReactNode }) {
  const { t } = useTranslation();
  const { readOnly, isModerator: moderator } = useWorkshop();
  const board = useBoardConnection().doc;
  const dots = round?.status === 'closed' && round.itemIds.includes(theme.id) ? (round.dots?.[theme.id] ?? 0) : null;
  return (
    <div
      className={`theme-card ${theme.generative ? 'generative' : ''}`}
      data-testid="theme-card"
      data-title={theme.title}
    >
      <div className="theme-head">
        <strong>{theme.title}</strong>
        {dots !== null && (
          <span className="dots-result" data-testid="dots-result">
            {t('themes.vote.result', { count: dots })}
          </span>
        )}
        {moderator && !readOnly ? (
          <label className="radio small">
            <input
              type="checkbox"
              checked={theme.generative}
              onChange={(e) => setGenerative(board, theme.id, e.target.checked)}
            />
            {t('themes.generative')}
          </label>
        ) : (
          theme.generative && <span className="tag">{t('themes.generative')}</span>
        )}
        {!readOnly && moderator && (
          <button type="button" className="small secondary" onClick={() => removeTheme(board, theme.id)}>
            {t('conf.recon.remove')}
          </button>
        )}
      </div>
      {children}
    </div>
  );
}

export function OrganisationsEditor({ theme }: { theme: Theme }) {
  const { t } = useTranslation();
  // Who deals with a theme is the moderation's to record (the server refuses it from participants).
  const readOnly = !useWorkshop().isModerator;
  const board = useBoardConnection().doc;
  const [name, setName] = useState('');
  const orgs = theme.organisations ?? [];
  return (
    <div className="theme-orgs">
      <p className="small">
        <strong>{t('themes.dealWith')}</strong>
      </p>
      <ul className="plain-list">
        {orgs.map((o, i) => (
          <li key={o.name}>
            {o.name}{' '}
            {readOnly ? (
              <span className="muted small">({o.inNetwork ? t('themes.inNetwork') : t('themes.toInvite')})</span>
            ) : (
              <>
                <label className="radio small">
                  <input
                    type="checkbox"
                    checked={o.inNetwork}
                    onChange={(e) =>
                      setThemeOrganisations(
                        board,
                        theme.id,
                        orgs.map((x, j) => (j === i ? { ...x, inNetwork: e.target.checked } : x)),
                      )
                    }
                  />
                  {t('themes.inNetwork')}
                </label>
                <button
                  type="button"
                  className="small secondary"
                  onClick={() =>
                    setThemeOrganisations(
                      board,
                      theme.id,
                      orgs.filter((_, j) => j !== i),
                    )
                  }
                >
                  {t('themes.removeOrg')}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      {!readOnly && (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            const n = name.trim();
            if (!n || orgs.some((o) => o.name === n)) return;
            setThemeOrganisations(board, theme.id, [...orgs, { name: n, inNetwork: false }]);
            setName('');
          }}
        >
          <input
            aria-label={`${t('themes.addOrg')}: ${theme.title}`}
            maxLength={120}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
          <button type="submit" className="small secondary">
            {t('themes.addOrgButton')}
          </button>
        </form>
      )}
    </div>
  );
}
