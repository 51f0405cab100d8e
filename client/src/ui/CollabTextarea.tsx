// A textarea bound to a shared Y.Text: every keystroke becomes a minimal
// edit, and others' edits arrive live without moving this person's caret.
import { useEffect, useRef, useState } from 'react';
import * as Y from 'yjs';
import { applyTextEdit } from '@nws/shared';

interface Props {
  text: Y.Text | null;
  label: string;
  /** For a visible <label htmlFor> (the phone's grid form); `label` stays the accessible name. */
  id?: string;
  readOnly?: boolean;
  rows?: number;
  className?: string;
  testId?: string;
}

/** Where a caret index moves to after a change described by a Yjs delta. */
function shift(index: number, delta: { retain?: number; insert?: unknown; delete?: number }[]): number {
  let pos = 0;
  let result = index;
  for (const op of delta) {
    if (pos > index) break;
    if (op.retain) pos += op.retain;
    else if (typeof op.insert === 'string') {
      result += op.insert.length;
      pos += op.insert.length;
    } else if (op.delete) result -= Math.min(op.delete, Math.max(0, index - pos));
  }
  return Math.max(0, result);
}

export function CollabTextarea({ text, label, id, readOnly = false, rows = 3, className, testId }: Props) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const [value, setValue] = useState(() => text?.toString() ?? '');
  useEffect(() => {
    if (!text) return;
    setValue(text.toString());
    const observer = (event: Y.YTextEvent, tr: Y.Transaction) => {
      const el = ref.current;
      const next = text.toString();
      if (!tr.local && el && document.activeElement === el) {
        const delta = event.delta as { retain?: number; insert?: unknown; delete?: number }[];
        const [start, end] = [shift(el.selectionStart, delta), shift(el.selectionEnd, delta)];
        setValue(next);
        requestAnimationFrame(() => el.setSelectionRange(start, end));
      } else setValue(next);
    };
    text.observe(observer);
    return () => text.unobserve(observer);
  }, [text]);
  return (
    <textarea
      ref={ref}
      id={id}
      className={className}
      aria-label={label}
      data-testid={testId}
      rows={rows}
      value={value}
      readOnly={readOnly || !text}
      maxLength={20_000}
      onChange={(e) => {
        setValue(e.target.value);
        if (text) applyTextEdit(text, e.target.value);
      }}
    />
  );
}
