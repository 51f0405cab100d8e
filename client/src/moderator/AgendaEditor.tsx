// The moderation's agenda editor: rename, reorder, skip, add after, remove added steps.
import { useState } from 'react';
import { useTranslation } from '../i18n';
import type { WorkshopApi } from '../api';
import { useWorkshop } from '../app/WorkshopProvider';
import type { Run } from '../app/useCommand';
import type { ConferenceState } from '../sync/useConference';
import { loc, useLang } from '../i18n/lang';

type AgendaOp = Parameters<WorkshopApi['agenda']>[0];

export function AgendaEditor({ conf, run }: { conf: ConferenceState; run: Run }) {
  const { t } = useTranslation();
  const { api } = useWorkshop();
  const lang = useLang();
  const [newTitle, setNewTitle] = useState<Record<string, string>>({});
  const [newKind, setNewKind] = useState<Record<string, 'notes' | 'chains'>>({});
  const op = (body: AgendaOp) => run(() => api.agenda(body));
  return (
    <details className="agenda-editor">
      <summary>{t('conf.agenda.title')}</summary>
      <ol>
        {conf.agenda.steps.map((s, i) => (
          <li key={s.id} className={s.skipped ? 'skipped' : ''}>
            <input
              key={`${s.id}:${loc(s.title, lang)}`}
              defaultValue={loc(s.title, lang)}
              aria-label={t('conf.agenda.rename', { title: loc(s.title, lang) })}
              maxLength={500}
              onBlur={(e) => {
                const v = e.target.value.trim();
                if (v && v !== loc(s.title, lang)) void op({ op: 'rename', stepId: s.id, title: { [lang]: v } });
              }}
            />
            <span className="agenda-actions">
              <button
                type="button"
                className="icon"
                aria-label={`${t('conf.agenda.up')}: ${loc(s.title, lang)}`}
                onClick={() => op({ op: 'move', stepId: s.id, toIndex: Math.max(0, i - 1) })}
              >
                ↑
              </button>
              <button
                type="button"
                className="icon"
                aria-label={`${t('conf.agenda.down')}: ${loc(s.title, lang)}`}
                onClick={() => op({ op: 'move', stepId: s.id, toIndex: i + 1 })}
              >
                ↓
              </button>
              <label className="radio small">
                <input
                  type="checkbox"
                  checked={s.skipped}
                  onChange={(e) => op({ op: 'skip', stepId: s.id, skipped: e.target.checked })}
                />
                {t('conf.agenda.skip')}
              </label>
              {s.custom && (
                <button type="button" className="small danger" onClick={() => op({ op: 'remove', stepId: s.id })}>
                  {t('conf.agenda.remove')}
                </button>
              )}
            </span>
            <form
              className="inline-form"
              onSubmit={(e) => {
                e.preventDefault();
                const title = newTitle[s.id]?.trim();
                if (!title) return;
                const artefact = s.phase === 'III' ? (newKind[s.id] ?? 'notes') : undefined;
                void op({ op: 'add', afterId: s.id, title: { de: title, en: title }, artefact }).then(() =>
                  setNewTitle({ ...newTitle, [s.id]: '' }),
                );
              }}
            >
              <input
                placeholder={t('conf.agenda.newTitle')}
                aria-label={t('conf.agenda.addAfter', { title: loc(s.title, lang) })}
                maxLength={500}
                value={newTitle[s.id] ?? ''}
                onChange={(e) => setNewTitle({ ...newTitle, [s.id]: e.target.value })}
              />
              {s.phase === 'III' && (
                <select
                  aria-label={t('conf.agenda.kindAfter', { title: loc(s.title, lang) })}
                  value={newKind[s.id] ?? 'notes'}
                  onChange={(e) => setNewKind({ ...newKind, [s.id]: e.target.value as 'notes' | 'chains' })}
                >
                  <option value="notes">{t('conf.agenda.kindNotes')}</option>
                  <option value="chains">{t('conf.agenda.kindChains')}</option>
                </select>
              )}
              <button type="submit" className="small secondary">
                +
              </button>
            </form>
          </li>
        ))}
      </ol>
      {!conf.agenda.steps.some((s) => s.artefact === 'assignments') && (
        <button type="button" className="small secondary" onClick={() => op({ op: 'reviewFirst' })}>
          {t('conf.agenda.reviewFirst')}
        </button>
      )}
    </details>
  );
}
