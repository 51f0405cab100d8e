// The tldraw canvas as a view of the board document. Loaded lazily, mounted
// only where chooseBoardView() says it will stay. Fonts, icons and
// translations come from our own origin (@tldraw/assets, bundled by Vite).
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from '../i18n';
import { Box, Tldraw, type Editor } from 'tldraw';
import 'tldraw/tldraw.css';
import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite';
import { listCards, type CardQuery, type Case } from '@nws/shared';
import { BoardDocContext, CardShapeUtil } from './CardShapeUtil';
import { ClusterShapeUtil } from './ClusterShapeUtil';
import { AreaShapeUtil } from './AreaShapeUtil';
import { bindDocToEditor, shapeIdOf } from './canvasBridge';
import { CanvasNav } from './CanvasNav';
import { CanvasClusterTools } from './CanvasClusterTools';
import { followModerator, publishViewport } from './viewportFollow';
import { AddCardForm, type CardRule } from './AddCardForm';
import { useBoardConnection, useWorkshop } from '../app/WorkshopProvider';

const assetUrls = getAssetUrlsByImport();
const shapeUtils = [CardShapeUtil, ClusterShapeUtil, AreaShapeUtil];
/**
 * tldraw refuses to create any shape once a page would hold more than
 * `maxShapesPerPage` (4,000 by default) — a big workshop would show an empty
 * canvas. Ours draws up to 20,000 (cards, clusters and query areas); beyond
 * that a notice sends people to the list view, which has no limit.
 */
const CANVAS_MAX_SHAPES = 20_000;
const tldrawOptions = { maxShapesPerPage: CANVAS_MAX_SHAPES };

interface Props {
  activeQuery: CardQuery | null;
  /** Moderators publish their viewport; the shared screen (and who opts in) follows it. */
  viewport: 'publish' | 'follow' | null;
  cardRule?: CardRule;
  currentCase?: Case | null;
}

export default function CanvasView({ activeQuery, viewport, cardRule = null, currentCase = null }: Props) {
  const { t } = useTranslation();
  const { control: controlConnection, licenseKey, readOnly, session } = useWorkshop();
  const control = controlConnection.doc;
  const authorId = session.id;
  // Once the synced board is drawn, a performance mark says so (the cold-join benchmark reads it).
  const { doc: board, provider, synced } = useBoardConnection();
  const awareness = provider.awareness;
  const [editor, setEditor] = useState<Editor | null>(null);
  const [tooMany, setTooMany] = useState(false);
  useEffect(() => {
    if (!editor || !synced || performance.getEntriesByName('board-ready').length) return;
    requestAnimationFrame(() =>
      requestAnimationFrame(() =>
        performance.mark('board-ready', { detail: { shapes: editor.getCurrentPageShapeIds().size } }),
      ),
    );
  }, [editor, synced]);
  const onMount = useCallback(
    (ed: Editor) => {
      setEditor(ed);
      ed.updateInstanceState({ isReadonly: readOnly });
      const onTooMany = () => setTooMany(true);
      ed.on('max-shapes', onTooMany);
      const stops = [() => ed.off('max-shapes', onTooMany), bindDocToEditor(board, control, ed)];
      if (viewport === 'publish') stops.push(publishViewport(ed, awareness));
      if (viewport === 'follow') stops.push(followModerator(ed, awareness));
      ed.zoomToFit({ animation: { duration: 0 } });
      return () => stops.forEach((s) => s());
    },
    [board, control, awareness, readOnly, viewport],
  );
  // After a reveal the moderation's view (and so the screen's and followers') fits the revealed
  // cards; only on the change to 'revealed', so it never fights someone moving the view later.
  const revealedId = activeQuery?.status === 'revealed' ? activeQuery.id : null;
  const [fitted, setFitted] = useState<string | null>(revealedId);
  useEffect(() => {
    if (!editor || !revealedId || revealedId === fitted || viewport === 'follow') return;
    // The query's status (control document) may arrive before its cards (board document), and the
    // canvas draws them a frame later: try each frame until every revealed card is drawn (≤ 5 s).
    let frame = 0;
    let tries = 0;
    const attempt = () => {
      const cards = listCards(board).filter((c) => c.queryId === revealedId);
      const boxes = cards.map((c) => editor.getShapePageBounds(shapeIdOf(c.id))).filter((b): b is Box => !!b);
      if (cards.length > 0 && boxes.length === cards.length) {
        setFitted(revealedId);
        editor.zoomToBounds(Box.Common(boxes).expandBy(60), { animation: { duration: 300 } });
        return;
      }
      if (++tries < 300) frame = requestAnimationFrame(attempt);
    };
    frame = requestAnimationFrame(attempt);
    return () => cancelAnimationFrame(frame);
  }, [editor, board, revealedId, fitted, viewport]);
  const clustering = !readOnly && activeQuery?.status === 'revealed';
  const calloutQuery = activeQuery?.mode === 'callout' ? activeQuery : undefined;
  return (
    <BoardDocContext.Provider value={board}>
      <div className="canvas-wrap">
        {!readOnly && (
          <div className="canvas-toolbar">
            <AddCardForm
              doc={board}
              authorId={authorId}
              query={session.role === 'moderator' ? calloutQuery : undefined}
              rule={cardRule}
              currentCase={currentCase}
              onAdded={(id) => {
                const shape = editor?.getShape(shapeIdOf(id));
                if (editor && shape)
                  editor.zoomToBounds(editor.getShapePageBounds(shape)!.clone().expandBy(200), {
                    animation: { duration: 200 },
                  });
              }}
            />
            {clustering && editor && activeQuery && (
              <CanvasClusterTools editor={editor} board={board} query={activeQuery} />
            )}
          </div>
        )}
        {tooMany && (
          <p className="notice" role="status" data-testid="canvas-too-many">
            {t('board.canvasTooMany', { count: CANVAS_MAX_SHAPES })}
          </p>
        )}
        {editor && <CanvasNav editor={editor} />}
        <div className="canvas-host" data-testid="board-canvas">
          <Tldraw
            shapeUtils={shapeUtils}
            assetUrls={assetUrls}
            licenseKey={licenseKey ?? undefined}
            options={tldrawOptions}
            hideUi
            onMount={onMount}
          />
        </div>
      </div>
    </BoardDocContext.Provider>
  );
}
