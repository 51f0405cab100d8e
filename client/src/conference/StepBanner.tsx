// What every screen shows of the conference: phase, step, case k of n,
// guiding questions, rules and the step timer (which signals its end).
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../i18n';
import { timerRemaining, type Timer } from '@nws/shared';
import type { ConferenceState } from '../sync/useConference';
import { formatSeconds } from '../ui/countdown';
import { loc, useLang } from '../i18n/lang';

/** A short tone from the page itself (no file, no request). */
function beep(): void {
  try {
    const ctx = new AudioContext();
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.frequency.value = 880;
    gain.gain.value = 0.15;
    osc.connect(gain).connect(ctx.destination);
    osc.start();
    osc.stop(ctx.currentTime + 0.4);
    osc.onended = () => void ctx.close();
  } catch {
    /* no audio available: the visual signal remains */
  }
}

export function StepTimer({ timer }: { timer: Timer | null }) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  const signalled = useRef<number | null>(null);
  useEffect(() => {
    if (!timer?.endsAt) return;
    const id = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(id);
  }, [timer?.endsAt]);
  if (!timer) return null;
  const left = Math.ceil(timerRemaining(timer, now) / 1000);
  const running = timer.endsAt !== null;
  const up = running && left === 0;
  if (up && signalled.current !== timer.endsAt) {
    signalled.current = timer.endsAt;
    beep();
  }
  return (
    <span
      className={`step-timer ${up ? 'timer-up' : ''} ${running ? 'running' : 'paused'}`}
      role="timer"
      data-testid="step-timer"
      data-running={running}
      aria-live={up ? 'assertive' : 'off'}
    >
      {up ? t('conf.timer.up') : formatSeconds(left)}
      {!running && <span className="muted small"> ({t('conf.timer.paused')})</span>}
    </span>
  );
}

export function StepBanner({ conf, large = false }: { conf: ConferenceState; large?: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { step, currentCase, cases } = conf;
  if (!step) return null;
  return (
    <section
      className={`step-banner ${large ? 'large' : ''}`}
      aria-label={t('conf.title')}
      data-testid="step-banner"
      data-step={step.id}
    >
      <div className="step-head">
        <span className="phase-tag">{t(`conf.phases.${step.phase}`)}</span>
        {currentCase && (
          <span className="case-tag" data-testid="case-of">
            {t('conf.caseOf', {
              n: cases.findIndex((c) => c.id === currentCase.id) + 1,
              total: cases.length,
              title: currentCase.title,
            })}
          </span>
        )}
        <StepTimer timer={conf.timer} />
      </div>
      <h2 className="step-title">{loc(step.title, lang)}</h2>
      <p className="step-purpose">{loc(step.purpose, lang)}</p>
      <div className="step-columns">
        {step.questions.length > 0 && (
          <div>
            <h3>{t('conf.questions')}</h3>
            <ul>
              {step.questions.map((q, i) => (
                <li key={i}>{loc(q, lang)}</li>
              ))}
            </ul>
          </div>
        )}
        {step.rules.length > 0 && (
          <div>
            <h3>{t('conf.rules')}</h3>
            <ul className="rules">
              {step.rules.map((r, i) => (
                <li key={i}>{loc(r, lang)}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </section>
  );
}
