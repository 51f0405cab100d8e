// Inline editing of a card's text: Enter saves, Escape cancels.
import { useState } from 'react';
import { useTranslation } from '../i18n';
import { CARD_TEXT_MAX } from '@nws/shared';

export function CardTextEditor({
  id,
  text,
  onSave,
  onDone,
}: {
  id: string;
  text: string;
  onSave: (text: string) => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(text);
  const save = () => {
    const value = draft.trim();
    if (value && value !== text) onSave(value);
    onDone();
  };
  return (
    <div className="card-edit">
      <label className="visually-hidden" htmlFor={`edit-${id}`}>
        {t('board.editLabel')}
      </label>
      <textarea
        id={`edit-${id}`}
        autoFocus
        value={draft}
        maxLength={CARD_TEXT_MAX}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey) {
            e.preventDefault();
            save();
          }
          if (e.key === 'Escape') onDone();
        }}
      />
      <div className="card-actions">
        <button type="button" onClick={save}>
          {t('board.save')}
        </button>
        <button type="button" onClick={onDone}>
          {t('board.cancel')}
        </button>
      </div>
    </div>
  );
}
