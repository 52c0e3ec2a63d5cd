/** The text-led sections: cover, summary, the five points, attendees and the appendix. */
import { QUADRANT_LABEL } from '@shared/domain';
import { plural } from '../../lib/format';
import { drawActionBlock, markerWidth } from './drawActionDetails';
import { BULLET_WIDTH, drawList, type ListItem } from './drawList';
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
  if (s.challenge) drawChallenge(w, s.challenge);
  w.keyValues(s.lines, 48, 11);
};

/** The workforce challenge, set off in a pale panel with a blue rule as the paper's purpose. */
const drawChallenge = (w: PdfWriter, challenge: string): void => {
  const size = 12;
  const pad = 4;
  const lines = w.split(challenge, w.width - 2 * pad - 3, size).slice(0, 12);
  const labelHeight = w.lineHeight(10) + 1;
  const height = 2 * pad + labelHeight + lines.length * w.lineHeight(size);
  w.doc.setFillColor(COLOURS.paleBlue);
  w.doc.rect(w.left, w.y, w.width, height, 'F');
  w.doc.setFillColor(COLOURS.blue);
  w.doc.rect(w.left, w.y, 1.5, height, 'F');
  w.font(10, 'bold', COLOURS.blue);
  w.doc.text('The workforce challenge', w.left + pad + 3, w.y + pad, { baseline: 'top' });
  w.font(size, 'normal', COLOURS.text);
  lines.forEach((line, i) =>
    w.doc.text(line, w.left + pad + 3, w.y + pad + labelHeight + i * w.lineHeight(size), {
      baseline: 'top',
    }),
  );
  w.y += height + 8;
};

const votesAndQuadrant = (i: IdeaItem): string =>
  `${plural(i.votes, 'vote')} · ${QUADRANT_LABEL[i.quadrant]}`;

const ideaLine = (i: IdeaItem): string =>
  `${i.text}\n${votesAndQuadrant(i)}${i.tags.length ? ` · Tags: ${i.tags.join(', ')}` : ''}`;

export const drawSummary = async (
  w: PdfWriter,
  s: Of<'summary'>,
  sch: Scheduler,
): Promise<void> => {
  w.heading('Scope', 2);
  if (s.scope.length) w.keyValues(s.scope);
  else w.paragraph('The scope has not been recorded.');
  w.heading('At a glance', 2);
  w.keyValues(s.counts, 55);
  await drawList(
    w,
    { text: 'Top ideas', level: 2 },
    s.topIdeas.map((idea) => ({
      marker: idea.ref,
      text: `${idea.shortText}\n${votesAndQuadrant(idea)}`,
    })),
    'No ideas have been voted on or placed on the matrix yet.',
    sch,
  );
};

/** In the five points, an action is one line when the action plan prints it in full. */
const actionSummary = (a: ActionRow): ListItem => ({
  marker: a.ref,
  text: `${a.title}\nOwner: ${a.owner} · When: ${a.when} · RAG status: ${a.ragLabel}`,
});

const POINT_BAND = 13;

const band = (w: PdfWriter, p: PointBlock, label: string, height: number, size: number): void => {
  w.doc.setFillColor(p.colour);
  w.doc.rect(w.left, w.y, w.width, height, 'F');
  w.font(size, 'bold', COLOURS.white);
  w.doc.text(label, w.left + 3, w.y + height / 2, { baseline: 'middle' });
};

const pointBand = (w: PdfWriter, p: PointBlock, n: number, keepWith: number): void => {
  const description = w.textHeight(p.description, w.width, 10, 'italic') + 2;
  w.continuation = null;
  w.ensure(POINT_BAND + description + keepWith);
  band(w, p, `${String(n)}. ${p.label}`, 10, 14);
  w.y += POINT_BAND;
  w.paragraph(p.description, { style: 'italic', colour: COLOURS.secondary, gapAfter: 2 });
  // A page this point runs on to opens with a slimmer band naming it again.
  w.continuation = (next) => {
    band(next, p, `${String(n)}. ${p.label} (continued)`, 7, 11);
    next.y += 10;
  };
};

const bullets = (texts: readonly string[]): ListItem[] =>
  texts.map((text) => ({ marker: '•', text }));

/**
 * The five points one after another, each under a band in its colour. A point starts on the
 * same page as the one before when its band, its first heading and first items fit there.
 */
export const drawPoints = async (w: PdfWriter, s: Of<'points'>, sch: Scheduler): Promise<void> => {
  for (const [i, p] of s.points.entries()) {
    if (i > 0) w.y += 6;
    const firstItems = bullets(p.current.slice(0, 2)).reduce(
      (sum, item) => sum + w.itemHeight(item.text, { markerWidth: BULLET_WIDTH }),
      0,
    );
    pointBand(w, p, i + 1, w.headingHeight('Current activity', 3) + Math.max(firstItems, 10));
    w.anchor(anchorKey('points', p.id));
    if (!p.current.length && !p.gaps.length && !p.ideas.length && !p.actions.length) {
      // One line, not four empty headings, for a point the workshop did not reach.
      w.paragraph('Nothing was recorded for this point.', { colour: COLOURS.secondary });
      continue;
    }
    await drawList(
      w,
      { text: 'Current activity', level: 3 },
      bullets(p.current),
      'None recorded.',
      sch,
      BULLET_WIDTH,
    );
    await drawList(
      w,
      { text: 'Gaps and challenges', level: 3 },
      bullets(p.gaps),
      'None recorded.',
      sch,
      BULLET_WIDTH,
    );
    await drawList(
      w,
      { text: 'Ideas', level: 3 },
      p.ideas.map((idea) => ({ marker: idea.ref, text: ideaLine(idea) })),
      'None recorded.',
      sch,
    );
    if (s.detailsInActionPlan) {
      await drawList(
        w,
        { text: 'Actions', level: 3 },
        p.actions.map(actionSummary),
        'No actions for this point yet.',
        sch,
      );
    } else {
      w.heading('Actions', 3);
      if (p.actions.length === 0)
        w.paragraph('No actions for this point yet.', { colour: COLOURS.secondary });
      const marker = markerWidth(w, p.actions);
      for (const a of p.actions) {
        drawActionBlock(w, a, marker);
        await sch.maybeYield();
      }
    }
  }
  w.continuation = null;
};

const CONTINUED_ATTENDEES = { text: 'Attendees', level: 2, repeatOnly: true } as const;

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
      ? {
          title: CONTINUED_ATTENDEES,
          head: ['Role', 'Organisation', 'Staff group'],
          body: s.lines.map(role),
        }
      : {
          title: CONTINUED_ATTENDEES,
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
  if (s.enablers.length === 0) {
    w.heading('Enablers', 2);
    w.paragraph('No enablers recorded.');
  } else {
    const body = s.enablers.map((e) => [e.name, refs(e.refs)]);
    await drawTable(
      w,
      {
        title: { text: 'Enablers', level: 2 },
        head: ['Enabler', 'Referenced by'],
        body,
        columnStyles: { 0: { cellWidth: 60 } },
      },
      sch,
    );
  }
  if (s.tags.length === 0) {
    w.heading('Tags', 2);
    w.paragraph('No tags used.');
  } else {
    const body = s.tags.map((t) => [t.name, refs(t.refs)]);
    await drawTable(
      w,
      {
        title: { text: 'Tags', level: 2 },
        head: ['Tag', 'Referenced by'],
        body,
        columnStyles: { 0: { cellWidth: 60 } },
      },
      sch,
    );
  }
};
