// In a workshop's result protocol: the steering group's decisions — those
// this workshop took (a steering group's workshop: "produced") and those it
// received on the resolutions of its body (a working group's: the outcome it
// sees in its next workshop). Each with its state, date, reason and tally,
// in the same words as the Markdown protocol (steeringWords.ts). Nothing for
// a workshop that neither took nor received any. In a steering group's
// workshop its moderation also gets the form to decide (SteeringDecide, not
// printed).
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from '../i18n';
import {
  buildSteeringProtocol,
  steeringEntryDetails,
  type SteeringDecisionsResponse,
  type SteeringProtocol,
  type SteeringProtocolLabels,
} from '@nws/shared';
import { useWorkshop } from '../app/WorkshopProvider';
import { SteeringDecide } from './SteeringDecide';
import { steeringLabels } from './steeringWords';

export interface SteeringView {
  labels: SteeringProtocolLabels;
  /** What the protocol adds for the Markdown export: its steering section once the server answered. */
  protocol: { steering?: SteeringProtocol };
  /** A steering group's workshop: it takes decisions. */
  decides: boolean;
  /** Loads the decisions again (after one was taken). */
  reload: () => void;
  lang: 'de' | 'en';
}

/**
 * The steering group's decisions for this workshop (GET …/steering) as the
 * protocol shows them. Until the server answered — and for good when it
 * cannot (offline, the shared screen) — the protocol goes without them.
 */
export function useSteeringProtocol(lang: 'de' | 'en'): SteeringView {
  const { t } = useTranslation();
  const { api } = useWorkshop();
  const [steering, setSteering] = useState<SteeringDecisionsResponse | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    api.steering().then(
      (r) => live && setSteering(r),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return {
    labels: steeringLabels(t),
    protocol: steering ? { steering: buildSteeringProtocol(steering, lang) } : {},
    decides: steering?.bodyKind === 'steering',
    reload,
    lang,
  };
}

interface Props {
  steering: SteeringView;
  /** The moderation: in a steering group's workshop, it decides here. */
  moderator: boolean;
}

export function SteeringDecisions({ steering, moderator }: Props) {
  const { labels, protocol } = steering;
  const sections = protocol.steering;
  return (
    <>
      {moderator && steering.decides && <SteeringDecide lang={steering.lang} onDecided={steering.reload} />}
      {sections &&
        (['produced', 'received'] as const).map(
          (side) =>
            sections[side].length > 0 && (
              <section key={side} data-testid={side === 'received' ? 'steering-decisions' : 'steering-produced'}>
                <h2>{labels[side]}</h2>
                <ul>
                  {sections[side].map((e, i) => (
                    <li key={i} data-state={e.state}>
                      {e.date}: {e.text} — <strong>{labels.states[e.state]}</strong>
                      {steeringEntryDetails(e, labels, side).map((detail, j) => (
                        <span key={j}> — {detail}</span>
                      ))}
                    </li>
                  ))}
                </ul>
              </section>
            ),
        )}
    </>
  );
}
