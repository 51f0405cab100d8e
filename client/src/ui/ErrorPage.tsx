// A full page for anything that stops the user: never a blank screen.
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';

const known = new Set(['network', 'invalid_token', 'unknown_workshop', 'unknown_code', 'invalid_code', 'invalid_body', 'rate_limited', 'no_token', 'not_found', 'not_writing', 'limit_reached', 'callout_mode', 'forbidden', 'unknown_query', 'unknown_card', 'room_unavailable', 'case_giver_cannot_moderate', 'no_step', 'invalid_agenda', 'unknown_person', 'round_closed', 'round_open', 'unknown_round', 'invalid_backup', 'too_large']);

export function errorText(t: (k: string, o?: Record<string, unknown>) => string, code: string): string {
  return known.has(code) ? t(`errors.${code}`) : t('errors.unknown', { code });
}

export function ErrorPage({ code }: { code: string }) {
  const { t } = useTranslation();
  return (
    <main className="page narrow" data-testid="error-page">
      <header className="page-header">
        <span className="brand">{t('app.name')}</span>
        <LanguageSwitch />
      </header>
      <h1>{t('errors.title')}</h1>
      <p role="alert">{errorText(t, code)}</p>
      <p>
        <a href="/">{t('app.backToStart')}</a>
      </p>
    </main>
  );
}
