// A card's actions folded into one menu ("⋯"), so that a card in the list
// shows its text first and a column holds many: opens by click, tap or
// keyboard (a disclosure), closes with Escape and after an action.
import { useRef, type ReactNode } from 'react';
import { useTranslation } from '../i18n';

export function CardMenu({ text, children }: { text: string; children: ReactNode }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDetailsElement>(null);
  const close = () => {
    if (ref.current) ref.current.open = false;
  };
  return (
    <details
      ref={ref}
      className="card-menu"
      data-testid="card-menu"
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !ref.current?.open) return;
        e.stopPropagation();
        close();
        ref.current.querySelector('summary')?.focus();
      }}
      // A chosen action (a button, a choice in a list) closes the menu; steps that repeat (moving) keep it.
      onClick={(e) => {
        const button = (e.target as HTMLElement).closest('button');
        if (button && !button.closest('[data-keep-open]')) close();
      }}
      onChange={close}
    >
      <summary aria-label={t('board.actionsFor', { text })} title={t('board.actions')}>
        <span aria-hidden="true">⋯</span>
      </summary>
      <div className="card-menu-body">{children}</div>
    </details>
  );
}
