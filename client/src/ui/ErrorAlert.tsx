// The error of a failed server call, read out at once; nothing when there is none.
import { useTranslation } from '../i18n';
import { errorText } from '../i18n/keys';

export function ErrorAlert({ code }: { code: string | null }) {
  const { t } = useTranslation();
  if (!code) return null;
  return (
    <p role="alert" className="error">
      {errorText(t, code)}
    </p>
  );
}
