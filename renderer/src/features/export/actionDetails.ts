/**
 * Every field of an action the facilitator filled in, labelled, for the PDF's action details:
 * the table can only show a summary, and a board reads the cost, baseline, risks and latest
 * progress before it agrees a plan. Empty fields are left out, except the owner and RAG status,
 * whose absence a board should see.
 */
import { RAG_LABEL, TIMESCALE_LABEL, starPoint, type Action, type Priority } from '@shared/domain';
import { formatDate, plural } from '../../lib/format';
import type { KeyValue } from './model';
import { clean } from './text';

export const PRIORITY_LABEL: Readonly<Record<Priority, string>> = {
  high: 'High',
  medium: 'Medium',
  low: 'Low',
};

/** The newest note by date; of notes on the same day, the one added last. */
const latestNote = (a: Action): Action['progressNotes'][number] | undefined =>
  a.progressNotes.reduce<Action['progressNotes'][number] | undefined>(
    (latest, n) => (!latest || n.date >= latest.date ? n : latest),
    undefined,
  );

export const actionDetails = (a: Action, text: (s: string) => string): KeyValue[] => {
  const note = latestNote(a);
  const earlier = a.progressNotes.length - 1;
  const rows: KeyValue[] = [
    { label: 'Star points', value: a.points.map((p) => starPoint(p).label).join(', ') },
    { label: 'Owner', value: text(a.owner).trim() || 'Not set' },
    { label: 'Lead organisation', value: text(a.leadOrganisation) },
    { label: 'Start date', value: a.startDate ? formatDate(a.startDate) : '' },
    { label: 'Due date', value: a.dueDate ? formatDate(a.dueDate) : '' },
    { label: 'Timescale', value: a.timescale ? TIMESCALE_LABEL[a.timescale] : '' },
    { label: 'Priority', value: a.priority ? PRIORITY_LABEL[a.priority] : '' },
    { label: 'RAG status', value: a.rag ? RAG_LABEL[a.rag] : 'Not set' },
    { label: 'Resources or cost', value: text(a.resources) },
    { label: 'Baseline', value: text(a.baseline) },
    { label: 'Success measure', value: text(a.successMeasure) },
    { label: 'Dependencies', value: text(a.dependencies) },
    { label: 'Risks', value: text(a.risks) },
    {
      label: 'Latest progress',
      value: note
        ? `${formatDate(note.date)}: ${text(note.text)}${earlier > 0 ? ` (${plural(earlier, 'earlier note')} in the plan file)` : ''}`
        : '',
    },
    { label: 'Evidence', value: a.evidenceLinks.map(clean).join('\n') },
    { label: 'Tags', value: a.tags.map(clean).join(', ') },
  ];
  return rows.filter((r) => r.value.trim() !== '');
};
