// A full page for anything that stops the user: never a blank screen.
import { useTranslation } from '../i18n';
import { errorText } from '../i18n/keys';
import { LanguageSwitch } from './LanguageSwitch';

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
