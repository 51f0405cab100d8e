// Writing a new card: one text field, Enter adds. Used by the canvas and the DOM view.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { addCard, CARD_TEXT_MAX, nextCardPosition } from '@nws/shared';
import { CARD_GRID } from './layout';

export function AddCardForm({ doc, authorId, onAdded }: { doc: Y.Doc; authorId: string; onAdded?: (cardId: string) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const add = (e: FormEvent) => {
    e.preventDefault();
    const value = text.trim();
    if (!value) return;
    const card = addCard(doc, { text: value, ...nextCardPosition(doc, CARD_GRID.columns, CARD_GRID.size), authorId });
    setText('');
    onAdded?.(card.id);
  };
  return (
    <form className="add-card" onSubmit={add}>
      <label htmlFor="new-card" className="visually-hidden">
        {t('board.newCardLabel')}
      </label>
      <textarea
        id="new-card"
        value={text}
        maxLength={CARD_TEXT_MAX}
        rows={2}
        placeholder={t('board.newCardPlaceholder')}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey) add(e);
        }}
      />
      <button type="submit" disabled={!text.trim()}>
        {t('board.addCard')}
      </button>
    </form>
  );
}
