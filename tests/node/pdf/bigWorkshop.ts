/**
 * A large workshop (default 200 actions, 300 cards) for the PDF export's speed and size budgets,
 * and a measuring wrapper a benchmark script can call: total time, the longest synchronous
 * chunk between event-loop yields, and the file size.
 */
import { STAR_POINT_IDS, type CardKind, type WorkshopContent } from '@shared/domain';
import { buildDocumentModel, DEFAULT_SECTIONS } from '../../../renderer/src/features/export/layout';
import { renderPdf } from '../../../renderer/src/features/export/renderPdf';
import type { ExportOptions } from '../../../renderer/src/features/export/model';
import { makeAction, makeCard, makeParticipant, makeWorkshop } from '../../helpers/factories';

const KINDS: readonly CardKind[] = ['current', 'gap', 'idea'];
const RAGS = ['red', 'amber', 'green', 'blue', null] as const;
const SENTENCE =
  'Work with the education team and the integrated care board to agree funding, backfill and supervision so that staff can take this up within the year.';

export const makeBigWorkshop = (actionCount = 200, cardCount = 300): WorkshopContent => {
  const workshop = makeWorkshop({
    id: 'big-1',
    title: 'Acute medicine workforce redesign across three sites',
    organisation: 'Riverside University Hospitals NHS Trust',
    facilitators: 'Workforce transformation team',
  });
  const participants = Array.from({ length: 40 }, (_, i) =>
    makeParticipant({
      workshopId: 'big-1',
      name: `Attendee Number${i + 1}`,
      mayBeNamed: i % 2 === 0,
    }),
  );
  const cards = Array.from({ length: cardCount }, (_, i) => {
    const kind = KINDS[i % 3] ?? 'idea';
    return makeCard({
      workshopId: 'big-1',
      kind,
      point: STAR_POINT_IDS[Math.floor(i / 3) % 5] ?? 'supply',
      text: `${kind === 'idea' ? 'Idea' : 'Note'} ${i + 1}: ${SENTENCE.slice(0, 60 + (i % 90))}`,
      ...(kind === 'idea'
        ? {
            votes: i % 7,
            impact: (i * 37) % 101,
            effort: (i * 53) % 101,
            tags: i % 4 ? [] : ['Funding'],
          }
        : {}),
    });
  });
  const actions = Array.from({ length: actionCount }, (_, i) =>
    makeAction({
      workshopId: 'big-1',
      title: `Action ${i + 1}: agree and start the change`,
      points: [
        STAR_POINT_IDS[i % 5] ?? 'supply',
        ...(i % 3 === 0 && i % 5 !== 4 ? (['leadership'] as const) : []),
      ],
      description: `${SENTENCE} ${SENTENCE}`.slice(0, 80 + ((i * 13) % 220)),
      owner: `Attendee Number${(i % 40) + 1}`,
      leadOrganisation: 'Riverside University Hospitals NHS Trust',
      dueDate: `2027-${String((i % 12) + 1).padStart(2, '0')}-15`,
      priority: (['high', 'medium', 'low'] as const)[i % 3] ?? null,
      rag: RAGS[i % 5] ?? null,
      successMeasure: 'Vacancy rate below 5% for six months running',
      tags: i % 5 === 0 ? ['Digital and technology'] : [],
    }),
  );
  return { workshop, participants, cards, actions };
};

export const BENCH_OPTIONS: ExportOptions = {
  sections: DEFAULT_SECTIONS,
  anonymise: false,
  landscapeActions: false,
  exportedAt: '2027-02-15T10:30:00.000Z',
  planId: 'bench-plan',
  formatVersion: 1,
  appVersion: '0.0.0-bench',
};

export interface PdfExportMeasurement {
  readonly totalMs: number;
  readonly longestChunkMs: number;
  readonly longestChunkLabel: string;
  readonly chunks: number;
  readonly bytes: number;
  readonly pdf: Uint8Array;
}

export const measurePdfExport = async (
  content: WorkshopContent,
  options: ExportOptions = BENCH_OPTIONS,
): Promise<PdfExportMeasurement> => {
  let longest = 0;
  let longestLabel = '';
  let chunks = 0;
  const start = performance.now();
  // Building the model runs synchronously right before the render's first chunk, so it
  // counts towards that chunk.
  const model = buildDocumentModel(content, options);
  const modelMs = performance.now() - start;
  const pdf = await renderPdf(model, {
    onChunk: (chunkMs, label) => {
      const ms = chunks === 0 ? chunkMs + modelMs : chunkMs;
      chunks += 1;
      if (ms > longest) {
        longest = ms;
        longestLabel = label;
      }
    },
  });
  return {
    totalMs: performance.now() - start,
    longestChunkMs: longest,
    longestChunkLabel: longestLabel,
    chunks,
    bytes: pdf.length,
    pdf,
  };
};
