// How the room joins, for the projector: the join code large, the address and
// a QR code of the join link, drawn in the browser (qrcode.react renders SVG
// locally, so nothing leaves our origin). The code changes live when renewed.
import { QRCodeSVG } from 'qrcode.react';
import { useTranslation } from '../i18n';
import { useJoinCode } from '../app/useJoinCode';
import { joinPath } from '../app/routes';
import { formatCode } from './formatCode';

export function JoinScreen() {
  const { t } = useTranslation();
  const code = useJoinCode();
  const url = `${window.location.origin}${joinPath(code)}`;
  const shown = `${window.location.host}${joinPath(code)}`;
  return (
    <section className="screen-join-view" aria-labelledby="screen-join-title" data-testid="screen-join">
      <div className="screen-join-text">
        <h2 id="screen-join-title">{t('screen.joinTitle')}</h2>
        <p className="screen-join-steps">{t('screen.joinSteps')}</p>
        <dl>
          <dt>{t('screen.joinLink')}</dt>
          <dd className="screen-join-link" data-testid="screen-join-link">
            {shown}
          </dd>
          <dt>{t('screen.joinCode')}</dt>
          <dd className="screen-join-bigcode" data-testid="screen-join-code">
            {formatCode(code)}
          </dd>
        </dl>
      </div>
      {code && (
        <div className="screen-qr" data-testid="screen-qr" data-url={url}>
          {/* A quiet zone of white around the code, as scanners expect. */}
          <QRCodeSVG
            value={url}
            size={512}
            marginSize={4}
            level="M"
            role="img"
            aria-label={t('screen.qrLabel', { url })}
          />
        </div>
      )}
    </section>
  );
}
