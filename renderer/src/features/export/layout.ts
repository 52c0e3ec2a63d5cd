/**
 * Builds the action plan document model from a workshop: which sections appear and in what
 * order, what each says, and which names are withheld. Pure (no jsPDF, no DOM): the renderer
 * only draws what this returns, so privacy rules are enforced and tested here.
 *
 * Names: an anonymised export names nobody (attendees by role and organisation only; the
 * facilitators and sponsor left out). Otherwise only attendees who agreed to be named are
 * named. A withheld attendee's name is also replaced wherever it occurs in free text (card
 * text, action owner…) by their role, using the plan file's anonymiser.
 */
import {
  RAG_LABEL,
  RAG_STATUSES,
  STAR_NAME,
  STAR_ALSO_KNOWN_AS,
  STAR_POINTS,
  workshopSummary,
  type Card,
  type CardKind,
  type StarPointId,
  type WorkshopContent,
} from '@shared/domain';
import { anonymisePlan } from '@shared/planfile/anonymise';
import { formatDate, formatDateTime, plural } from '../../lib/format';
import { buildActionGroups, buildAttendees, buildIdeas, buildReferences } from './layoutItems';
import { buildBoardPicture } from './boardPicture';
import {
  SECTION_IDS,
  SECTION_TITLES,
  type DocumentModel,
  type ExportOptions,
  type IdeaItem,
  type KeyValue,
  type OutlineEntry,
  type Section,
  type SectionId,
} from './model';
import { clean, makeRedactor, splitPeople, truncate, type HiddenName, type Redactor } from './text';

export const DEFAULT_SECTIONS: ReadonlySet<SectionId> = new Set(SECTION_IDS);

/**
 * The content with withheld names replaced in free text, by the plan file's own anonymiser so
 * the PDF and a shared plan file hide names by the same rules. The attendee list itself is
 * kept: `buildAttendees` decides whose name is printed.
 */
const withheldNames = (content: WorkshopContent, anonymise: boolean): WorkshopContent => {
  if (anonymise) return { ...anonymisePlan(content), participants: content.participants };
  const hidden = content.participants.filter((p) => !p.mayBeNamed && p.name.trim());
  if (hidden.length === 0) return content;
  return {
    ...anonymisePlan({ ...content, participants: hidden }),
    participants: content.participants,
  };
};

/** Facilitators and sponsor are not attendees; an anonymised export names them nowhere. */
const staffNames = (content: WorkshopContent, anonymise: boolean): HiddenName[] => {
  if (!anonymise) return [];
  const { facilitators, sponsor } = content.workshop.scope;
  return [
    ...splitPeople(facilitators).map((name) => ({ name, replacement: '[facilitator]' })),
    ...splitPeople(sponsor).map((name) => ({ name, replacement: '[sponsor]' })),
  ];
};

const nonEmpty = (rows: KeyValue[]): KeyValue[] => rows.filter((r) => r.value.trim() !== '');

const cardTexts = (
  cards: readonly Card[],
  point: StarPointId,
  kind: CardKind,
  redact: Redactor,
): string[] =>
  cards
    .filter((c) => c.point === point && c.kind === kind)
    .sort((a, b) => a.order - b.order)
    .map((c) => redact(clean(c.text)));

export const buildDocumentModel = (
  original: WorkshopContent,
  options: ExportOptions,
): DocumentModel => {
  const { anonymise } = options;
  const content = withheldNames(original, anonymise);
  const { workshop } = content;
  const { scope } = workshop;
  const redact = makeRedactor(staffNames(original, anonymise));
  const text = (s: string): string => redact(clean(s));
  const today = options.exportedAt.slice(0, 10);
  const summary = workshopSummary(content, today);
  const { ideas, refByCardId } = buildIdeas(content.cards, redact);
  const groups = buildActionGroups(content.actions, redact, refByCardId);
  const rows = groups.flatMap((g) => g.rows);
  const ideaByCardId = new Map(
    [...refByCardId].map(([id, ref]) => [id, ideas.find((i) => i.ref === ref)]),
  );
  const title = clean(scope.title).trim() || 'Untitled workshop';
  const include = (id: SectionId): boolean => options.sections.has(id);

  const ragLine = [
    ...RAG_STATUSES.map((r) => `${RAG_LABEL[r]} ${summary.actionsByRag[r].length}`),
    `Not set ${summary.actionsByRag['not-set'].length}`,
  ].join(' · ');

  const namesNote = anonymise
    ? 'Anonymised export: attendees are listed by role and organisation only, and nobody is named.'
    : 'Names are shown only for attendees who agreed to be named.';

  const build: Record<SectionId, () => Section> = {
    cover: () => ({
      kind: 'cover',
      title,
      starName: `${STAR_NAME} (${STAR_ALSO_KNOWN_AS}) workshop action plan`,
      challenge: text(scope.challenge).trim(),
      lines: nonEmpty([
        { label: 'Organisation', value: text(scope.organisation) },
        { label: 'Service or pathway', value: text(scope.service) },
        { label: 'System', value: text(scope.system) },
        { label: 'Workshop date', value: scope.date ? formatDate(scope.date) : '' },
        { label: 'Venue', value: text(scope.venue) },
        { label: 'Facilitators', value: anonymise ? '' : text(scope.facilitators) },
        { label: 'Sponsor', value: anonymise ? '' : text(scope.sponsor) },
        { label: 'Attendee names', value: namesNote },
      ]),
    }),
    contents: () => ({
      kind: 'contents',
      title: SECTION_TITLES.contents,
      entries: contentsEntries,
    }),
    summary: () => ({
      kind: 'summary',
      title: SECTION_TITLES.summary,
      scope: nonEmpty([
        { label: 'Challenge', value: text(scope.challenge) },
        { label: 'Population', value: text(scope.population) },
        { label: 'Service or pathway', value: text(scope.service) },
        { label: 'Organisation', value: text(scope.organisation) },
        { label: 'System', value: text(scope.system) },
        { label: 'Sponsor', value: anonymise ? '' : text(scope.sponsor) },
      ]),
      counts: [
        { label: 'Attendees', value: String(summary.totals.participants) },
        { label: 'Current activity', value: plural(summary.totals.byKind.current, 'card') },
        { label: 'Gaps and challenges', value: plural(summary.totals.byKind.gap, 'card') },
        {
          label: 'Ideas',
          value: `${plural(summary.totals.byKind.idea, 'idea')} (${String(summary.totals.ideasPlaced)} placed on the matrix)`,
        },
        { label: 'Votes cast', value: String(summary.totals.votesCast) },
        { label: 'Actions', value: String(summary.totals.actions) },
        { label: 'Actions by RAG status', value: ragLine },
        { label: 'Actions with no owner', value: String(summary.actionsMissingOwner.length) },
        { label: 'Overdue actions', value: String(summary.overdueActions.length) },
      ],
      topIdeas: summary.topIdeas
        .map((r) => ideaByCardId.get(r.card.id))
        .filter((i): i is IdeaItem => i !== undefined),
    }),
    star: () => ({
      kind: 'star',
      title: SECTION_TITLES.star,
      points: STAR_POINTS.map((p) => ({
        id: p.id,
        label: p.label,
        colour: p.colour,
        current: summary.cardCounts[p.id].current,
        gaps: summary.cardCounts[p.id].gap,
        ideas: summary.cardCounts[p.id].idea,
        actions: summary.actionsByPoint[p.id].length,
      })),
      enablers: workshop.enablers.map(clean),
    }),
    board: () => ({
      kind: 'board',
      title: SECTION_TITLES.board,
      board: buildBoardPicture(content, refByCardId, rows, workshop.enablers.map(clean)),
    }),
    points: () => ({
      kind: 'points',
      title: SECTION_TITLES.points,
      detailsInActionPlan: include('actions'),
      points: STAR_POINTS.map((p) => ({
        id: p.id,
        label: p.label,
        colour: p.colour,
        description: p.description,
        current: cardTexts(content.cards, p.id, 'current', redact),
        gaps: cardTexts(content.cards, p.id, 'gap', redact),
        ideas: ideas.filter((i) => i.pointId === p.id),
        actions: rows.filter((r) => r.pointIds.includes(p.id)),
      })),
    }),
    matrix: () => ({
      kind: 'matrix',
      title: SECTION_TITLES.matrix,
      plotted: ideas.filter((i) => i.quadrant !== 'unplaced'),
      unplaced: ideas.filter((i) => i.quadrant === 'unplaced'),
    }),
    actions: () => ({
      kind: 'actions',
      title: SECTION_TITLES.actions,
      landscape: options.landscapeActions,
      groups: groups
        .filter((g) => g.rows.length > 0)
        .map((g) => {
          const p = STAR_POINTS.find((sp) => sp.id === g.pointId);
          return {
            pointId: g.pointId,
            label: p?.label ?? g.pointId,
            colour: p?.colour ?? '#005eb8',
            rows: g.rows,
          };
        }),
    }),
    attendees: () => ({
      kind: 'attendees',
      title: SECTION_TITLES.attendees,
      anonymised: anonymise,
      note: namesNote,
      lines: buildAttendees(content.participants, anonymise),
    }),
    appendix: () => ({
      kind: 'appendix',
      title: SECTION_TITLES.appendix,
      ...buildReferences(workshop.enablers, ideas, rows),
    }),
  };

  const outline: OutlineEntry[] = SECTION_IDS.filter(include).flatMap((section): OutlineEntry[] => {
    const top: OutlineEntry = { label: SECTION_TITLES[section], section, pointId: null, level: 0 };
    if (section === 'points') {
      return [
        top,
        ...STAR_POINTS.map((p) => ({ label: p.label, section, pointId: p.id, level: 1 as const })),
      ];
    }
    if (section === 'actions') {
      const withRows = groups.filter((g) => g.rows.length > 0);
      return [
        top,
        ...withRows.map((g) => ({
          label: `Actions: ${STAR_POINTS.find((p) => p.id === g.pointId)?.label ?? g.pointId}`,
          section,
          pointId: g.pointId,
          level: 1 as const,
        })),
        ...(withRows.length > 0
          ? [
              {
                label: 'Action details',
                section,
                pointId: null,
                level: 1 as const,
                anchor: 'actions:details',
              },
            ]
          : []),
      ];
    }
    return [top];
  });
  const contentsEntries = outline.filter((e) => e.section !== 'cover' && e.section !== 'contents');

  const author = anonymise ? '' : text(scope.facilitators).trim();
  return {
    meta: {
      title: `${title}: action plan`,
      subject: truncate(text(scope.challenge).trim(), 300) || `${STAR_NAME} workshop action plan`,
      author: author || text(scope.organisation).trim() || 'Star Workshop',
      keywords: [
        STAR_NAME,
        STAR_ALSO_KNOWN_AS,
        'workforce',
        'action plan',
        text(scope.organisation),
        text(scope.service),
        text(scope.system),
      ]
        .map((k) => k.trim())
        .filter(Boolean),
      creator: `Star Workshop ${options.appVersion}`,
      language: 'en-GB',
    },
    running: {
      title,
      planId: clean(options.planId),
      formatVersion: String(options.formatVersion),
      exportedLabel: `Exported ${formatDateTime(options.exportedAt)}`,
    },
    outline,
    sections: SECTION_IDS.filter(include).map((id) => build[id]()),
  };
};
