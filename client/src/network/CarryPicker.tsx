// What a new workshop takes along from the network's earlier ones (carry-over):
// per earlier workshop, its cases (with their grids, reconstruction and case
// themes), its themes, its goal system (as the starting point of a working
// group's; one at most), its open clarifying questions, and the
// organisations of its participants — never their links.
import { useTranslation } from '../i18n';
import type { CarryOverPickInput, NetworkOverview } from '@nws/shared';

type Source = NetworkOverview['carrySources'][number];

interface Props {
  sources: Source[];
  names: Map<string, string>;
  picks: CarryOverPickInput[];
  onChange: (picks: CarryOverPickInput[]) => void;
  idPrefix: string;
}

const empty = (workshopId: string): CarryOverPickInput => ({ workshopId, caseIds: [] });
const hasAny = (p: CarryOverPickInput) =>
  (p.caseIds?.length ?? 0) > 0 || !!p.themes || !!p.goalSystem || !!p.openQuestions || !!p.organisations;

export function CarryPicker({ sources, names, picks, onChange, idPrefix }: Props) {
  const { t } = useTranslation();
  const offered = sources.filter((s) => s.cases.length + s.themes + s.goals + s.questions + s.organisations > 0);
  if (offered.length === 0) return null;
  const pickOf = (id: string) => picks.find((p) => p.workshopId === id) ?? empty(id);
  const set = (id: string, patch: Partial<CarryOverPickInput>) => {
    const next = { ...pickOf(id), ...patch };
    onChange([...picks.filter((p) => p.workshopId !== id), ...(hasAny(next) ? [next] : [])]);
  };
  const goalFrom = picks.find((p) => p.goalSystem)?.workshopId ?? null;
  return (
    <fieldset className="carry-picker" data-testid="carry-picker">
      <legend>{t('network.carry.title')}</legend>
      <p className="muted small">{t('network.carry.intro')}</p>
      {offered.map((s) => {
        const pick = pickOf(s.workshopId);
        const box = (
          key: string,
          label: string,
          checked: boolean,
          onToggle: (on: boolean) => void,
          disabled = false,
        ) => (
          <label className="check" key={key}>
            <input
              type="checkbox"
              id={`${idPrefix}-${s.workshopId}-${key}`}
              checked={checked}
              disabled={disabled}
              onChange={(e) => onToggle(e.target.checked)}
            />{' '}
            {label}
          </label>
        );
        return (
          <fieldset key={s.workshopId} className="carry-source" data-testid="carry-source">
            <legend>{names.get(s.workshopId) ?? s.workshopId}</legend>
            {s.cases.map((k) =>
              box(
                `case-${k.id}`,
                t(k.reconstructed ? 'network.carry.caseDone' : 'network.carry.case', { title: k.title }),
                pick.caseIds?.includes(k.id) ?? false,
                (on) =>
                  set(s.workshopId, {
                    caseIds: on ? [...(pick.caseIds ?? []), k.id] : (pick.caseIds ?? []).filter((c) => c !== k.id),
                  }),
              ),
            )}
            {s.themes > 0 &&
              box('themes', t('network.carry.themes', { count: s.themes }), !!pick.themes, (on) =>
                set(s.workshopId, { themes: on }),
              )}
            {s.goals > 0 &&
              box(
                'goals',
                t('network.carry.goals', { count: s.goals }),
                !!pick.goalSystem,
                (on) => set(s.workshopId, { goalSystem: on }),
                goalFrom !== null && goalFrom !== s.workshopId,
              )}
            {s.questions > 0 &&
              box('questions', t('network.carry.questions', { count: s.questions }), !!pick.openQuestions, (on) =>
                set(s.workshopId, { openQuestions: on }),
              )}
            {s.organisations > 0 &&
              box(
                'organisations',
                t('network.carry.organisations', { count: s.organisations }),
                !!pick.organisations,
                (on) => set(s.workshopId, { organisations: on }),
              )}
          </fieldset>
        );
      })}
    </fieldset>
  );
}
