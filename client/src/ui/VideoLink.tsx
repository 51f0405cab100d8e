// The workshop's video room as one button: it opens the room in a window of
// its own beside the board (a new tab on phones). Nothing when there is none.
import { useTranslation } from '../i18n';

export function VideoLink({ url }: { url: string | null }) {
  const { t } = useTranslation();
  if (!url) return null;
  return (
    <a
      className="button video-link"
      href={url}
      target="nws-video"
      rel="noopener noreferrer"
      data-testid="video-link"
      onClick={(e) => {
        // Beside the board: the right half of the screen, where the browser allows placing it.
        // (A click is a user gesture, so browsers let it open; the link itself is the fallback without script.)
        e.preventDefault();
        const w = Math.round(window.screen.availWidth / 2);
        window.open(
          url,
          'nws-video',
          `noopener,noreferrer,popup,width=${w},height=${window.screen.availHeight},left=${w},top=0`,
        );
      }}
    >
      {t('remote.open')}
    </a>
  );
}
