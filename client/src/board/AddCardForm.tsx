// Writing a new card: one text field, Enter adds. Used by the canvas and the DOM view.
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n';
import type * as Y from 'yjs';
import {
  addCard,
  CARD_TEXT_MAX,
  nextCardPosition,
  nextCaseCardPosition,
  nextQueryCardPosition,
  type Case,
  type CardQuery,
  type CardRule,
} from '@nws/shared';

/** How a step or a private card query changes card writing (see participantCardRule). */
export type { CardRule };

interface Props {
  doc: Y.Doc;
  authorId?: string;
  /** Add to this query's area (call-out cards) instead of the free board. */
  query?: CardQuery;
  label?: string;
  onAdded?: (cardId: string) => void;
  rule?: CardRule;
  currentCase?: Case | null;
}

export function AddCardForm({ doc, authorId, query, label, onAdded, rule = null, currentCase = null }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const add = (e: FormEvent) => {
    e.preventDefault();
    const value = text.trim();
    if (!value) return;
    const asQuestion = rule === 'question' && currentCase && !query;
    const position = query
      ? nextQueryCardPosition(doc, query)
      : asQuestion
        ? nextCaseCardPosition(doc, currentCase)
        : nextCardPosition(doc);
    const card = addCard(doc, {
      text: value,
      ...position,
      ...(authorId ? { authorId } : {}),
      ...(query ? { queryId: query.id } : {}),
      ...(asQuestion ? { caseId: currentCase.id, kind: 'question' as const, color: 'blue' as const } : {}),
    });
    setText('');
    onAdded?.(card.id);
  };
  const id = query ? `new-card-${query.id}` : 'new-card';
  if ((rule === 'blocked' || rule === 'private') && !query) return null;
  return (
    <form className="add-card" onSubmit={add}>
      <label htmlFor={id} className="visually-hidden">
        {label ?? (rule === 'question' ? t('conf.questionsView.add') : t('board.newCardLabel'))}
      </label>
      <textarea
        id={id}
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
