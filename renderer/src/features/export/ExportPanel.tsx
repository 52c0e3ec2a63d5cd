/**
 * Export the action plan as a PDF: choose sections and options, watch progress, cancel, and
 * hear the outcome. The PDF code (jsPDF, fonts) is loaded with import() on the first export.
 * Saving is the caller's: `onSave` gets the bytes and a suggested file name.
 */
import { useEffect, useId, useRef, useState, type SyntheticEvent } from 'react';
import type { WorkshopContent } from '@shared/domain';
import { CURRENT_FORMAT_VERSION } from '@shared/planfile/constants';
import { APP_VERSION } from '@shared/version';
import { Checkbox, Checkboxes } from '../../components/Checkbox';
import { SECTION_IDS, SECTION_TITLES, type ExportOptions, type SectionId } from './model';
import type * as RenderModule from './renderPdf';

export type SaveResult = { status: 'saved' | 'cancelled' | 'failed'; message?: string };

type RendererModule = Pick<typeof RenderModule, 'exportActionPlanPdf' | 'suggestedPdfName'>;

export interface ExportPanelProps {
  readonly content: WorkshopContent;
  readonly onSave: (bytes: Uint8Array, suggestedName: string) => Promise<SaveResult>;
  /** Tests may pass the renderer in; the app loads it lazily. */
  readonly loadRenderer?: () => Promise<RendererModule>;
  readonly now?: () => Date;
}

const SECTION_HINTS: Readonly<Record<SectionId, string>> = {
  cover: 'Title, the workforce challenge, organisation, date and venue.',
  contents: 'Page numbers with links to each section.',
  summary: 'Scope, key figures and the top ideas.',
  star: 'The Star diagram with counts for each point.',
  board: 'The Star board as the room left it: every card and action in its place.',
  points: 'Current activity, gaps, ideas and actions for each point.',
  matrix: 'The impact and effort matrix with every placed idea.',
  actions: 'The action plan table, grouped by Star point, then every detail of each action.',
  attendees: 'Roles and organisations; names only where allowed.',
  appendix: 'Enablers and tags, and where they are used.',
};

type Phase = 'idle' | 'rendering' | 'saving';
type Status = { kind: 'success' | 'info' | 'error'; text: string } | null;

const isAbort = (e: unknown): boolean => e instanceof Error && e.name === 'AbortError';
const defaultLoad = (): Promise<RendererModule> => import('./renderPdf');

export function ExportPanel({
  content,
  onSave,
  loadRenderer = defaultLoad,
  now = () => new Date(),
}: ExportPanelProps) {
  const id = useId();
  const [sections, setSections] = useState<ReadonlySet<SectionId>>(() => new Set(SECTION_IDS));
  const [anonymise, setAnonymise] = useState(false);
  const [landscape, setLandscape] = useState(false);
  const [phase, setPhase] = useState<Phase>('idle');
  const [progress, setProgress] = useState({ fraction: 0, label: '' });
  const [status, setStatus] = useState<Status>(null);
  const [sectionError, setSectionError] = useState<string | null>(null);
  const controller = useRef<AbortController | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const firstSectionRef = useRef<HTMLInputElement>(null);

  // Leaving the page mid-export stops the render.
  useEffect(() => () => controller.current?.abort(), []);
  useEffect(() => {
    if (phase === 'rendering') cancelRef.current?.focus();
  }, [phase]);

  const toggle = (section: SectionId, on: boolean): void => {
    setSections((prev) => {
      const next = new Set(prev);
      if (on) next.add(section);
      else next.delete(section);
      return next;
    });
    if (on) setSectionError(null);
  };

  const finish = (next: Status): void => {
    controller.current = null;
    setPhase('idle');
    setStatus(next);
    // The Cancel button disappears: put focus on the outcome so it is read and not lost.
    queueMicrotask(() => statusRef.current?.focus());
  };

  const exportPdf = async (event: SyntheticEvent): Promise<void> => {
    event.preventDefault();
    if (phase !== 'idle') return;
    if (sections.size === 0) {
      setSectionError('Select at least one section to include in the PDF');
      firstSectionRef.current?.focus();
      return;
    }
    const abort = new AbortController();
    controller.current = abort;
    setStatus(null);
    setProgress({ fraction: 0, label: 'Loading the PDF tools' });
    setPhase('rendering');
    const exportedAt = now();
    const options: ExportOptions = {
      sections,
      anonymise,
      landscapeActions: landscape,
      exportedAt: exportedAt.toISOString(),
      planId: content.workshop.id,
      formatVersion: CURRENT_FORMAT_VERSION,
      appVersion: APP_VERSION,
    };
    try {
      const renderer = await loadRenderer();
      abort.signal.throwIfAborted();
      const bytes = await renderer.exportActionPlanPdf(content, options, {
        signal: abort.signal,
        onProgress: (fraction, label) => {
          setProgress({ fraction, label });
        },
      });
      setPhase('saving');
      const name = renderer.suggestedPdfName(content.workshop, exportedAt, {
        anonymised: anonymise,
      });
      const result = await onSave(bytes, name);
      if (result.status === 'saved')
        finish({ kind: 'success', text: `Action plan saved as ${name}` });
      else if (result.status === 'cancelled')
        finish({ kind: 'info', text: 'The PDF was not saved.' });
      else
        finish({
          kind: 'error',
          text:
            result.message ?? 'The PDF could not be saved. Try again, or choose another folder.',
        });
    } catch (e) {
      if (isAbort(e)) finish({ kind: 'info', text: 'Export cancelled. No PDF was saved.' });
      else
        finish({
          kind: 'error',
          text: `The PDF could not be created: ${e instanceof Error ? e.message : String(e)}`,
        });
    }
  };

  const busy = phase !== 'idle';
  const percent = Math.round(progress.fraction * 100);
  const errorId = `${id}-sections-error`;
  return (
    <form
      className="app-export-panel"
      onSubmit={(e) => void exportPdf(e)}
      noValidate
      aria-busy={busy}
    >
      <div className={`nhsuk-form-group${sectionError ? ' nhsuk-form-group--error' : ''}`}>
        <fieldset
          className="nhsuk-fieldset"
          aria-describedby={`${id}-sections-hint${sectionError ? ` ${errorId}` : ''}`}
        >
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
            <h2 className="nhsuk-fieldset__heading">What to include</h2>
          </legend>
          <div className="nhsuk-hint" id={`${id}-sections-hint`}>
            Select all the sections the PDF should have.
          </div>
          {sectionError && (
            <span className="nhsuk-error-message" id={errorId}>
              <span className="nhsuk-u-visually-hidden">Error:</span> {sectionError}
            </span>
          )}
          <Checkboxes small={false}>
            {SECTION_IDS.map((section, i) => (
              <Checkbox
                key={section}
                id={`${id}-${section}`}
                inputRef={i === 0 ? firstSectionRef : undefined}
                label={SECTION_TITLES[section]}
                hint={SECTION_HINTS[section]}
                checked={sections.has(section)}
                disabled={busy}
                onChange={(checked) => {
                  toggle(section, checked);
                }}
              />
            ))}
          </Checkboxes>
        </fieldset>
      </div>

      <div className="nhsuk-form-group">
        <fieldset className="nhsuk-fieldset">
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Options</legend>
          <Checkboxes>
            <Checkbox
              id={`${id}-anonymise`}
              label="Anonymise: leave out everyone's name"
              hint="Attendees are listed by role and organisation only, and names in notes and owners are replaced by roles. Use this for a PDF shared beyond the room."
              checked={anonymise}
              disabled={busy}
              onChange={setAnonymise}
            />
            <Checkbox
              id={`${id}-landscape`}
              label="Print the action plan table in landscape"
              checked={landscape}
              disabled={busy}
              onChange={setLandscape}
            />
          </Checkboxes>
        </fieldset>
      </div>

      {busy && (
        <div className="nhsuk-form-group">
          <div
            role="progressbar"
            aria-label="PDF export progress"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={phase === 'saving' ? 100 : percent}
            aria-valuetext={
              phase === 'saving' ? 'Saving the PDF' : `${percent}%: ${progress.label}`
            }
            style={{
              border: '2px solid #212b32',
              height: '1.5rem',
              maxWidth: '30rem',
              background: '#ffffff',
            }}
          >
            <div
              style={{
                width: `${phase === 'saving' ? 100 : percent}%`,
                height: '100%',
                background: '#005eb8',
              }}
            />
          </div>
          <p className="nhsuk-body-s nhsuk-u-margin-top-2">
            {phase === 'saving' ? 'Choose where to save the PDF…' : progress.label}
          </p>
        </div>
      )}

      <div className="nhsuk-button-group">
        <button className="nhsuk-button" type="submit" disabled={busy} aria-disabled={busy}>
          Export PDF
        </button>
        {phase === 'rendering' && (
          <button
            ref={cancelRef}
            className="nhsuk-button nhsuk-button--secondary"
            type="button"
            onClick={() => controller.current?.abort()}
          >
            Cancel export
          </button>
        )}
      </div>

      <div
        role="status"
        ref={statusRef}
        tabIndex={-1}
        className={status?.kind === 'error' ? 'nhsuk-error-message' : 'nhsuk-body'}
      >
        {status?.text}
      </div>
    </form>
  );
}
