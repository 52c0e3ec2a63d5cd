/** The text-led sections: cover, summary, the five points, attendees and the appendix. */
import { QUADRANT_LABEL } from '@shared/domain';
import type { ActionRow, IdeaItem, PointBlock, Section } from './model';
import { drawTable } from './pdfTable';
import { COLOURS, anchorKey, type PdfWriter } from './pdfWriter';
import type { Scheduler } from './schedule';

type Of<K extends Section['kind']> = Extract<Section, { kind: K }>;

export const drawCover = (w: PdfWriter, s: Of<'cover'>): void => {
  const { doc } = w;
  const size = 24;
  const lines = w.split(s.title, w.width - 16, size, 'bold').slice(0, 8);
  const bandHeight = 16 + lines.length * w.lineHeight(size);
  doc.setFillColor(COLOURS.blue);
  doc.rect(0, 35, w.pageWidth, bandHeight, 'F');
  w.font(size, 'bold', COLOURS.white);
  lines.forEach((line, i) =>
    doc.text(line, w.left + 8, 43 + i * w.lineHeight(size), { baseline: 'top' }),
  );
  w.y = 35 + bandHeight + 10;
  w.paragraph(s.starName, { size: 14, style: 'bold', colour: COLOURS.blue, gapAfter: 8 });
  w.keyValues(s.lines, 48, 11);
};

const ideaLine = (i: IdeaItem): string => {
  const votes = `${i.votes} ${i.votes === 1 ? 'vote' : 'votes'}`;
  return `${i.text}\n${votes} · ${QUADRANT_LABEL[i.quadrant]}${i.tags.length ? ` · Tags: ${i.tags.join(', ')}` : ''}`;
};

export const drawSummary = (w: PdfWriter, s: Of<'summary'>): void => {
  w.heading('Scope', 2);
  if (s.scope.length) w.keyValues(s.scope);
  else w.paragraph('The scope has not been recorded.');
  w.heading('At a glance', 2);
  w.keyValues(s.counts, 55);
  w.heading('Top ideas', 2);
  if (s.topIdeas.length === 0)
    w.paragraph('No ideas have been voted on or placed on the matrix yet.');
  for (const idea of s.topIdeas) {
    w.item(idea.ref, `${idea.shortText}\n${idea.votes} votes · ${QUADRANT_LABEL[idea.quadrant]}`, {
      markerWidth: 10,
    });
  }
};

const list = async (
  w: PdfWriter,
  title: string,
  items: readonly string[],
  s: Scheduler,
): Promise<void> => {
  w.heading(title, 3);
  if (items.length === 0) w.paragraph('None recorded.', { colour: COLOURS.secondary });
  for (const item of items) {
    w.item('•', item);
    await s.maybeYield();
  }
};

const actionBlock = (w: PdfWriter, a: ActionRow): void => {
  w.item(a.ref, a.title, { markerWidth: 10, style: 'bold', gapAfter: 0.5 });
  if (a.description) w.paragraph(a.description, { indent: 10, gapAfter: 1 });
  w.paragraph(
    [
      `Owner: ${a.owner}`,
      `Lead organisation: ${a.leadOrganisation}`,
      `When: ${a.when}`,
      `Priority: ${a.priority}`,
      `RAG status: ${a.ragLabel}`,
    ].join(' · '),
    { indent: 10, size: 9, colour: COLOURS.secondary, gapAfter: 0.5 },
  );
  if (a.successMeasure) {
    w.paragraph(`Success measure: ${a.successMeasure}`, {
      indent: 10,
      size: 9,
      colour: COLOURS.secondary,
      gapAfter: 0.5,
    });
  }
  w.y += 1.5;
};

const pointBand = (w: PdfWriter, p: PointBlock, n: number): void => {
  w.ensure(40);
  w.doc.setFillColor(p.colour);
  w.doc.rect(w.left, w.y, w.width, 10, 'F');
  w.font(14, 'bold', COLOURS.white);
  w.doc.text(`${n}. ${p.label}`, w.left + 3, w.y + 5, { baseline: 'middle' });
  w.y += 13;
  w.paragraph(p.description, { style: 'italic', colour: COLOURS.secondary, gapAfter: 2 });
};

export const drawPoints = async (w: PdfWriter, s: Of<'points'>, sch: Scheduler): Promise<void> => {
  for (const [i, p] of s.points.entries()) {
    if (i > 0) w.newPage(w.orientation);
    w.anchor(anchorKey('points', p.id));
    pointBand(w, p, i + 1);
    await list(w, 'Current activity', p.current, sch);
    await list(w, 'Gaps and challenges', p.gaps, sch);
    w.heading('Ideas', 3);
    if (p.ideas.length === 0) w.paragraph('None recorded.', { colour: COLOURS.secondary });
    for (const idea of p.ideas) {
      w.item(idea.ref, ideaLine(idea), { markerWidth: 10 });
      await sch.maybeYield();
    }
    w.heading('Actions', 3);
    if (p.actions.length === 0)
      w.paragraph('No actions for this point yet.', { colour: COLOURS.secondary });
    for (const a of p.actions) {
      actionBlock(w, a);
      await sch.maybeYield();
    }
  }
};

export const drawAttendees = async (
  w: PdfWriter,
  s: Of<'attendees'>,
  sch: Scheduler,
): Promise<void> => {
  w.paragraph(s.note, { colour: COLOURS.secondary });
  if (s.lines.length === 0) {
    w.paragraph('No attendees were recorded.');
    return;
  }
  const role = (l: Of<'attendees'>['lines'][number]): string[] => [
    l.role || 'Not recorded',
    l.organisation || 'Not recorded',
    l.staffGroup || 'Not recorded',
  ];
  await drawTable(
    w,
    s.anonymised
      ? { head: ['Role', 'Organisation', 'Staff group'], body: s.lines.map(role) }
      : {
          head: ['Name', 'Role', 'Organisation', 'Staff group'],
          body: s.lines.map((l) => [l.name ?? 'Name withheld', ...role(l)]),
          columnStyles: { 0: { cellWidth: 38 } },
        },
    sch,
  );
};

export const drawAppendix = async (
  w: PdfWriter,
  s: Of<'appendix'>,
  sch: Scheduler,
): Promise<void> => {
  w.paragraph(
    'References: I = idea (see The five points and the matrix key), A = action (see Action plan).',
    {
      colour: COLOURS.secondary,
    },
  );
  const refs = (r: readonly string[]): string => (r.length ? r.join(', ') : 'Not referenced');
  w.heading('Enablers', 2);
  if (s.enablers.length === 0) w.paragraph('No enablers recorded.');
  else {
    const body = s.enablers.map((e) => [e.name, refs(e.refs)]);
    await drawTable(
      w,
      { head: ['Enabler', 'Referenced by'], body, columnStyles: { 0: { cellWidth: 60 } } },
      sch,
    );
  }
  w.heading('Tags', 2);
  if (s.tags.length === 0) w.paragraph('No tags used.');
  else {
    const body = s.tags.map((t) => [t.name, refs(t.refs)]);
    await drawTable(
      w,
      { head: ['Tag', 'Referenced by'], body, columnStyles: { 0: { cellWidth: 60 } } },
      sch,
    );
  }
};
