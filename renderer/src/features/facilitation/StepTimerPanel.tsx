import { useEffect, useState } from 'react';
import {
  describeRemaining,
  formatRemaining,
  isFinished,
  isRunning,
  remainingMs,
  type StepId,
} from '@shared/domain';
import { useShallow } from 'zustand/react/shallow';
import { useApp } from '../../store';
import { Checkbox, Checkboxes } from '../../components/Checkbox';

const MINUTE = 60_000;

/**
 * A visible countdown for the step. The end is signalled gently (the timer turns and says
 * "Time is up"); no sound unless the facilitator asks for a chime.
 */
export function StepTimerPanel({ stepId }: { stepId: StepId }) {
  const timer = useApp((s) => s.timers[stepId]);
  const { setTimer, startTimer, pauseTimer, addMinute, resetTimer } = useApp(
    useShallow((s) => ({
      setTimer: s.setTimer,
      startTimer: s.startTimer,
      pauseTimer: s.pauseTimer,
      addMinute: s.addMinute,
      resetTimer: s.resetTimer,
    })),
  );
  const [minutes, setMinutes] = useState('10');
  const [error, setError] = useState<string | undefined>();
  const [chime, setChime] = useState(false);
  const [now, setNow] = useState(() => Date.now());
  const running = timer ? isRunning(timer, now) : false;
  const finished = timer ? isFinished(timer, now) : false;

  useEffect(() => {
    if (!running) return;
    const id = window.setInterval(() => {
      setNow(Date.now());
    }, 250);
    return () => {
      window.clearInterval(id);
    };
  }, [running]);

  useEffect(() => {
    if (finished && chime) playChime();
  }, [finished, chime]);

  const left = timer ? remainingMs(timer, now) : 0;
  return (
    <section
      className={`app-timer${finished ? ' app-timer--finished' : ''}${timer ? '' : ' app-timer--unset'}`}
      aria-label="Step timer"
    >
      {timer ? (
        <>
          {/* Readable on demand; not a live region, so the seconds are never spoken. */}
          <p className="app-timer__time">{finished ? 'Time is up' : formatRemaining(left)}</p>
          {/* Spoken politely: while running only when the whole minutes left change (at most
              once a minute), on pause the exact time, and at the end. */}
          <p className="nhsuk-u-visually-hidden" role="status">
            {finished
              ? 'Time is up'
              : describeRemaining(running ? Math.ceil(left / MINUTE) * MINUTE : left)}
          </p>
          <div className="app-inline-actions">
            {running ? (
              <button
                type="button"
                className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0"
                onClick={() => {
                  pauseTimer(stepId);
                  setNow(Date.now());
                }}
              >
                Pause timer
              </button>
            ) : (
              <button
                type="button"
                className="nhsuk-button nhsuk-button--small nhsuk-u-margin-bottom-0"
                disabled={finished}
                onClick={() => {
                  startTimer(stepId);
                  setNow(Date.now());
                }}
              >
                Start timer
              </button>
            )}
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0"
              onClick={() => {
                addMinute(stepId);
                setNow(Date.now());
              }}
            >
              Add a minute
            </button>
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0"
              onClick={() => {
                resetTimer(stepId);
                setNow(Date.now());
              }}
            >
              Reset
            </button>
          </div>
        </>
      ) : null}
      <form
        className="app-timer__set"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const n = Number(minutes);
          if (!Number.isFinite(n) || n <= 0 || n > 180) {
            setError('Enter a number of minutes from 1 to 180');
            return;
          }
          setError(undefined);
          setTimer(stepId, n);
          setNow(Date.now());
        }}
      >
        <label className="nhsuk-label nhsuk-u-font-size-16" htmlFor={`timer-minutes-${stepId}`}>
          Timer length in minutes
        </label>
        {error && (
          <span
            className="nhsuk-error-message nhsuk-u-font-size-16"
            id={`timer-error-${stepId}`}
            role="alert"
          >
            <span className="nhsuk-u-visually-hidden">Error:</span> {error}
          </span>
        )}
        <div className="app-inline-actions">
          <input
            id={`timer-minutes-${stepId}`}
            className={`nhsuk-input nhsuk-input--width-3${error ? ' nhsuk-input--error' : ''}`}
            inputMode="decimal"
            value={minutes}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `timer-error-${stepId}` : undefined}
            onChange={(e) => {
              setMinutes(e.target.value);
            }}
          />
          <button
            type="submit"
            className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0"
          >
            Set timer
          </button>
          <Checkboxes>
            <Checkbox
              id={`timer-chime-${stepId}`}
              label="Chime at the end"
              labelClassName="nhsuk-u-font-size-16"
              checked={chime}
              onChange={setChime}
            />
          </Checkboxes>
        </div>
      </form>
    </section>
  );
}

/** A soft two-note chime made on the device (no audio files, no network). */
function playChime(): void {
  try {
    const audio = new AudioContext();
    [660, 880].forEach((hz, i) => {
      const osc = audio.createOscillator();
      const gain = audio.createGain();
      osc.frequency.value = hz;
      gain.gain.setValueAtTime(0.0001, audio.currentTime + i * 0.35);
      gain.gain.exponentialRampToValueAtTime(0.15, audio.currentTime + i * 0.35 + 0.05);
      gain.gain.exponentialRampToValueAtTime(0.0001, audio.currentTime + i * 0.35 + 0.6);
      osc.connect(gain).connect(audio.destination);
      osc.start(audio.currentTime + i * 0.35);
      osc.stop(audio.currentTime + i * 0.35 + 0.65);
    });
  } catch {
    // No audio device: the visual signal is enough.
  }
}
