// The result protocol as a printable page (the browser prints it; print CSS
// hides the rest) and as Markdown; plus the workshop's JSON backup.
import { useState } from 'react';
import { useTranslation } from '../i18n';
import type * as Y from 'yjs';
import type { ReactNode } from 'react';
import { buildProtocol, chainsToMarkdown, protocolToMarkdown, formatTally, type Chain } from '@nws/shared';
import { protocolLabels } from '../i18n/labels';
import type { Person } from '../api';
import { slug } from '../ui/download';
import { ImportedMark } from '../ui/ImportedMark';
import { useGoalTree, useRounds, useThemes } from '../sync/useDomain';
import { useCards } from '../sync/useCards';
import { SteeringDecisions, useSteeringProtocol } from './SteeringDecisions';
import { ProtocolToolbar } from './ProtocolToolbar';
import { ProtocolAssignments, useProtocolAssignments } from './ProtocolAssignments';

interface Props {
  board: Y.Doc;
  control: Y.Doc;
  workshop: { id: string; name: string; targetGroup: string; area: string };
  people: Person[];
  token: string;
  moderator: boolean;
  /** The body's service chains: their tables go into the Markdown. */
  chains: Chain[];
  /** …and their diagrams onto the printable page (composed by app/MainView). */
  children?: ReactNode;
}

export function ProtocolView({ board, control, workshop, people, token, moderator, chains, children }: Props) {
  const { t, i18n } = useTranslation();
  // Re-render with the documents.
  useCards(board);
  useThemes(board);
  useGoalTree(board);
  useRounds(control);
  const lang = i18n.language;
  // The steering group's decisions come from the server (taken here, received by this body), not the documents.
  const steering = useSteeringProtocol(lang);
  const labels = { ...protocolLabels(t), steering: steering.labels };
  // Case narrations go into the documents only when ticked (off by default, each time the page opens).
  const [narrations, setNarrations] = useState(false);
  const assignments = useProtocolAssignments(workshop.id, token, lang);
  const p = {
    ...buildProtocol(board, control, workshop, new Map(people.map((x) => [x.sessionId, x.name])), lang, {
      narrations,
    }),
    assignments,
  };
  const m = labels.matrix;
  return (
    <div className="workspace protocol" data-testid="protocol">
      <ProtocolToolbar
        workshop={workshop}
        token={token}
        moderator={moderator}
        markdown={() =>
          [
            protocolToMarkdown({ ...p, ...steering.protocol }, labels),
            chainsToMarkdown(chains, t('protocolLabels.chains', { returnObjects: true })),
          ].join('\n')
        }
        docx={async () => {
          const { protocolDocx } = await import('../documents/docx');
          return protocolDocx({ ...p, ...steering.protocol }, labels, lang);
        }}
        narrations={{ on: narrations, set: setNarrations }}
        fileName={`${slug(labels.title)}-${slug(workshop.name)}`}
      />
      <article className="print-page">
        <h1>
          {labels.title}: {p.workshop.name}
        </h1>
        <p>
          {labels.targetGroup}: {p.workshop.targetGroup} · {labels.area}: {p.workshop.area}
        </p>
        <SteeringDecisions steering={steering} moderator={moderator} />
        {p.queries.length > 0 && (
          <section>
            <h2>{labels.queries}</h2>
            {p.queries.map((q, i) => (
              <div key={i}>
                <h3>{q.question}</h3>
                <ul>
                  {q.groups.map((g, j) => (
                    <li key={j}>
                      <strong>{g.name}:</strong> {g.cards.join(', ') || labels.none}
                    </li>
                  ))}
                  {q.unclustered.length > 0 && (
                    <li>
                      <em>{labels.unclustered}:</em> {q.unclustered.join(', ')}
                    </li>
                  )}
                </ul>
              </div>
            ))}
          </section>
        )}
        {p.cases.length > 0 && (
          <section>
            <h2>{labels.cases}</h2>
            {p.cases.map((c, i) => (
              <div key={i} className="protocol-case">
                <h3>{c.title}</h3>
                {c.narration === null ? (
                  <p className="muted">
                    <em>{labels.narrationOmitted}</em>
                  </p>
                ) : (
                  <p className="pre">{c.narration || labels.none}</p>
                )}
                <p>
                  {labels.giver}: {c.roles.giver ?? labels.none} · {labels.moderation}:{' '}
                  {c.roles.moderators.join(', ') || labels.none} · {labels.userPerspective}:{' '}
                  {c.roles.userPerspective ?? labels.none}
                </p>
                {c.grids.map((g, j) => (
                  <table key={j} className="protocol-table">
                    <caption>{g.step}</caption>
                    <thead>
                      <tr>
                        <th />
                        {g.questions.map((q, k) => (
                          <th key={k} scope="col">
                            {q}
                          </th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {g.rows.map((r, k) => (
                        <tr key={k}>
                          <th scope="row">{r.organisation}</th>
                          {r.cells.map((x, l) => (
                            <td key={l} className="pre">
                              {x}
                            </td>
                          ))}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                ))}
                <h4>{labels.web}</h4>
                <p className="pre">{c.reconstruction.webOfEffects || labels.none}</p>
                <h4>{labels.situation}</h4>
                <p className="pre">{c.reconstruction.situation || labels.none}</p>
                <h4>{labels.disagreements}</h4>
                <p className="pre">{c.reconstruction.disagreements || labels.none}</p>
                <h4>{labels.caseThemes}</h4>
                <ul>
                  {c.themes.map((th, k) => (
                    <li key={k}>{th}</li>
                  ))}
                </ul>
              </div>
            ))}
          </section>
        )}
        {p.crossCaseThemes.length > 0 && (
          <section>
            <h2>{labels.crossCase}</h2>
            <ul>
              {p.crossCaseThemes.map((th, i) => (
                <li key={i}>
                  <strong>{th.title}</strong> — {th.cases.join(', ')}
                  {th.organisations.length > 0 &&
                    ` — ${th.organisations.map((o) => `${o.name} (${o.inNetwork ? labels.inNetwork : labels.toInvite})`).join(', ')}`}
                </li>
              ))}
            </ul>
          </section>
        )}
        {p.planningThemes.length > 0 && (
          <section>
            <h2>{labels.planning}</h2>
            <ul>
              {p.planningThemes.map((th, i) => (
                <li key={i}>
                  <strong>{th.title}</strong> — {th.report}
                  {th.table && `, ${th.table}`}
                  {th.year && ` (${th.year})`}: {labels.relations[th.relation]}. {th.note}
                </li>
              ))}
            </ul>
          </section>
        )}
        {p.generativeThemes.length > 0 && (
          <section>
            <h2>{labels.generative}</h2>
            <ul>
              {p.generativeThemes.map((th, i) => (
                <li key={i}>{th}</li>
              ))}
            </ul>
          </section>
        )}
        {p.goals.length > 0 && (
          <section>
            <h2>{labels.goals}</h2>
            <table className="protocol-table">
              <thead>
                <tr>
                  {[m.level, m.number, m.text, m.indicators, m.sources, m.assumptions, m.actors].map((h) => (
                    <th key={h} scope="col">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {p.goals.map((r) => (
                  <tr key={r.goalId}>
                    <td>{m.levels[r.level]}</td>
                    <td>{r.number}</td>
                    <td className="pre">{r.text}</td>
                    <td className="pre">{r.indicators}</td>
                    <td className="pre">{r.sources}</td>
                    <td className="pre">{r.assumptions}</td>
                    <td>{r.actors.join('; ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        )}
        {p.resolutions.length > 0 && (
          <section>
            <h2>{labels.resolutions}</h2>
            <ul>
              {p.resolutions.map((r, i) => (
                <li key={i}>
                  {r.date}: {r.text}
                  {r.tally && ` (${formatTally(r.tally, labels.tally)})`}
                  <ImportedMark mark={r.imported} />
                </li>
              ))}
            </ul>
          </section>
        )}
        <ProtocolAssignments assignments={p.assignments} labels={labels} />
        {children}
      </article>
    </div>
  );
}
