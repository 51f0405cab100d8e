// Driving the canvas without knowing tldraw: zoom out and in, fit all, fit
// the selection, and the keyboard shortcuts in a popover.
import { useTranslation } from '../i18n';
import { useValue, type Editor } from 'tldraw';

const move = { animation: { duration: 200 } };

export function CanvasNav({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const zoom = useValue('zoom', () => editor.getZoomLevel(), [editor]);
  const hasSelection = useValue('selection', () => editor.getSelectedShapeIds().length > 0, [editor]);
  const shortcuts = [
    ['Shift + 1', t('canvas.fitAll')],
    ['Shift + 2', t('canvas.fitSelection')],
    ['Shift + 0', t('canvas.reset')],
    ['Strg/⌘ + +', t('canvas.zoomIn')],
    ['Strg/⌘ + −', t('canvas.zoomOut')],
    [t('canvas.keySpaceDrag'), t('canvas.pan')],
    [t('canvas.keyWheel'), t('canvas.scroll')],
    [t('canvas.keyDoubleClick'), t('canvas.rename')],
  ] as const;
  return (
    <div className="canvas-nav" role="group" aria-label={t('canvas.nav')} data-testid="canvas-nav">
      <button
        type="button"
        className="icon"
        aria-label={t('canvas.zoomOut')}
        title={t('canvas.zoomOut')}
        onClick={() => editor.zoomOut(undefined, move)}
      >
        −
      </button>
      <button
        type="button"
        className="zoom-level"
        title={t('canvas.reset')}
        onClick={() => editor.resetZoom(undefined, move)}
      >
        <span className="visually-hidden">{t('canvas.zoomLevel')} </span>
        {Math.round(zoom * 100)} %
      </button>
      <button
        type="button"
        className="icon"
        aria-label={t('canvas.zoomIn')}
        title={t('canvas.zoomIn')}
        onClick={() => editor.zoomIn(undefined, move)}
      >
        +
      </button>
      <button type="button" className="secondary" onClick={() => editor.zoomToFit(move)} data-testid="canvas-fit">
        {t('canvas.fitAll')}
      </button>
      <button type="button" className="secondary" disabled={!hasSelection} onClick={() => editor.zoomToSelection(move)}>
        {t('canvas.fitSelection')}
      </button>
      <details className="canvas-help">
        <summary>{t('canvas.shortcuts')}</summary>
        <dl>
          {shortcuts.map(([key, what]) => (
            <div key={key}>
              <dt>
                <kbd>{key}</kbd>
              </dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
      </details>
    </div>
  );
}
