// The tldraw canvas as a view of the board document. Loaded lazily, mounted
// only where chooseBoardView() says it will stay. Fonts, icons and
// translations come from our own origin (@tldraw/assets, bundled by Vite).
import { useCallback, useRef } from 'react';
import { Tldraw, type Editor } from 'tldraw';
import 'tldraw/tldraw.css';
import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite';
import type * as Y from 'yjs';
import { BoardDocContext, CardShapeUtil } from './CardShapeUtil';
import { bindDocToEditor, shapeIdOf } from './canvasBridge';
import { AddCardForm } from './AddCardForm';

const assetUrls = getAssetUrlsByImport();
const shapeUtils = [CardShapeUtil];

export default function CanvasView({ doc, licenseKey, readOnly, authorId }: { doc: Y.Doc; licenseKey: string | null; readOnly: boolean; authorId: string }) {
  const editorRef = useRef<Editor | null>(null);
  const onMount = useCallback(
    (editor: Editor) => {
      editorRef.current = editor;
      editor.updateInstanceState({ isReadonly: readOnly });
      const stop = bindDocToEditor(doc, editor);
      editor.zoomToFit({ animation: { duration: 0 } });
      return stop;
    },
    [doc, readOnly],
  );
  return (
    <BoardDocContext.Provider value={doc}>
      <div className="canvas-wrap">
        {!readOnly && (
          <AddCardForm
            doc={doc}
            authorId={authorId}
            onAdded={(id) => {
              const editor = editorRef.current;
              const shape = editor?.getShape(shapeIdOf(id));
              if (editor && shape) editor.zoomToBounds(editor.getShapePageBounds(shape)!.clone().expandBy(200), { animation: { duration: 200 } });
            }}
          />
        )}
        <div className="canvas-host" data-testid="board-canvas">
          <Tldraw shapeUtils={shapeUtils} assetUrls={assetUrls} licenseKey={licenseKey ?? undefined} hideUi onMount={onMount} />
        </div>
      </div>
    </BoardDocContext.Provider>
  );
}
