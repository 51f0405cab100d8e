// Reference page for the cold-join benchmark: a plain tldraw canvas with N
// native note shapes (N from ?n=, default 5000), marked ready after it drew.
import { createRoot } from 'react-dom/client';
import { createShapeId, Tldraw, type TLShapePartial } from 'tldraw';
import 'tldraw/tldraw.css';
import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite';

const n = Number(new URLSearchParams(location.search).get('n') ?? 5000);
const assetUrls = getAssetUrlsByImport();
// tldraw's default limit (4,000 shapes per page) would refuse 5,000 notes; the board lifts it the same way.
const options = { maxShapesPerPage: 20_000 };

createRoot(document.getElementById('root')!).render(
  <Tldraw
    assetUrls={assetUrls}
    hideUi
    options={options}
    onMount={(editor) => {
      const shapes: TLShapePartial[] = Array.from({ length: n }, (_, i) => ({
        id: createShapeId(`n${i}`),
        type: 'note',
        x: (i % 60) * 244,
        y: Math.floor(i / 60) * 244,
        props: {
          richText: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `Karte ${i}` }] }] },
        },
      }));
      editor.createShapes(shapes);
      editor.zoomToFit({ animation: { duration: 0 } });
      requestAnimationFrame(() =>
        requestAnimationFrame(() =>
          performance.mark('board-ready', { detail: { shapes: editor.getCurrentPageShapeIds().size } }),
        ),
      );
    }}
  />,
);
