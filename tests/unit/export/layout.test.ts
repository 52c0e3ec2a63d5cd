import { beforeEach, describe, expect, it } from 'vitest';
import { STAR_POINT_IDS, type WorkshopContent } from '@shared/domain';
import { buildDocumentModel, DEFAULT_SECTIONS } from '../../../renderer/src/features/export/layout';
import {
  SECTION_IDS,
  type DocumentModel,
  type ExportOptions,
  type Section,
  type SectionId,
} from '../../../renderer/src/features/export/model';
import {
  makeAction,
  makeCard,
  makeContent,
  makeParticipant,
  makeRealisticWorkshop,
  makeWorkshop,
  resetFactories,
} from '../../helpers/factories';

const OPTIONS: ExportOptions = {
  sections: DEFAULT_SECTIONS,
  anonymise: false,
  landscapeActions: false,
  exportedAt: '2027-02-15T10:30:00.000Z',
  planId: 'plan-42',
  formatVersion: 1,
  appVersion: '9.8.7',
};

const build = (content: WorkshopContent, options: Partial<ExportOptions> = {}): DocumentModel =>
  buildDocumentModel(content, { ...OPTIONS, ...options });

const section = <K extends Section['kind']>(
  m: DocumentModel,
  kind: K,
): Extract<Section, { kind: K }> => {
  const found = m.sections.find((s): s is Extract<Section, { kind: K }> => s.kind === kind);
  if (!found) throw new Error(`no ${kind} section`);
  return found;
};

beforeEach(resetFactories);

describe('sections and order', () => {
  it('includes every section by default, in the fixed document order', () => {
    const m = build(makeRealisticWorkshop());
    expect(m.sections.map((s) => s.kind)).toEqual([...SECTION_IDS]);
  });

  it('includes only the chosen sections, in document order whatever order they were picked in', () => {
    const picked = new Set<SectionId>(['appendix', 'actions', 'cover']);
    const m = build(makeRealisticWorkshop(), { sections: picked });
    expect(m.sections.map((s) => s.kind)).toEqual(['cover', 'actions', 'appendix']);
    expect(m.outline.map((e) => e.section)).not.toContain('points');
  });

  it('bookmarks each section, and each Star point under the points section', () => {
    const m = build(makeRealisticWorkshop());
    const top = m.outline.filter((e) => e.level === 0).map((e) => e.section);
    expect(top).toEqual([...SECTION_IDS]);
    const points = m.outline.filter((e) => e.section === 'points' && e.level === 1);
    expect(points.map((e) => e.pointId)).toEqual([...STAR_POINT_IDS]);
    expect(points.map((e) => e.label)).toEqual([
      'Supply',
      'Upskilling',
      'New roles',
      'New ways of working',
      'Leadership',
    ]);
  });

  it('lists the contents without the cover and contents page themselves', () => {
    const m = build(makeRealisticWorkshop());
    const entries = section(m, 'contents').entries.map((e) => e.section);
    expect(entries).not.toContain('cover');
    expect(entries).not.toContain('contents');
    expect(entries).toContain('appendix');
  });

  it('sets document properties for the PDF', () => {
    const content = makeRealisticWorkshop();
    const m = build(content);
    expect(m.meta.title).toBe('Emergency department medical workforce: action plan');
    expect(m.meta.author).toBe('Workforce transformation team');
    expect(m.meta.creator).toBe('Star Workshop 9.8.7');
    expect(m.meta.language).toBe('en-GB');
    expect(m.meta.keywords).toEqual(
      expect.arrayContaining(['HEE Star', 'NHS England STAR', content.workshop.scope.organisation]),
    );
    expect(m.running).toMatchObject({ planId: 'plan-42', formatVersion: '1' });
  });
});

describe('names', () => {
  const realistic = makeRealisticWorkshop();
  const named = realistic.participants.filter((p) => p.mayBeNamed && p.name);
  const withheld = realistic.participants.filter((p) => !p.mayBeNamed && p.name);

  it('has attendees of both kinds to test with', () => {
    expect(named.length).toBeGreaterThan(2);
    expect(withheld.length).toBeGreaterThan(1);
  });

  it('an anonymised model contains no attendee name anywhere, in any case', () => {
    const json = JSON.stringify(build(realistic, { anonymise: true }));
    for (const p of realistic.participants.filter((x) => x.name)) {
      expect(json.toLocaleLowerCase('en-GB')).not.toContain(p.name.toLocaleLowerCase('en-GB'));
      // A first or family name on its own, as written in notes ("ask Siân").
      for (const part of p.name.split(' ')) {
        expect(json).not.toMatch(new RegExp(`(?<!\\p{L})${part}(?!\\p{L})`, 'u'));
      }
    }
  });

  it('an anonymised attendee list keeps roles and organisations but no names', () => {
    const a = section(build(realistic, { anonymise: true }), 'attendees');
    expect(a.anonymised).toBe(true);
    expect(a.lines).toHaveLength(realistic.participants.length);
    expect(a.lines.every((l) => l.name === null)).toBe(true);
    expect(a.lines.map((l) => l.role)).toContain('Matron, emergency department');
  });

  it('an anonymised model leaves out the facilitators and sponsor, even as author', () => {
    const content = makeContent({
      workshop: makeWorkshop({
        facilitators: 'Sam Okafor and Jo Patel',
        sponsor: 'Dr Rhiannon Evans',
      }),
    });
    const m = build(content, { anonymise: true });
    const json = JSON.stringify(m);
    expect(json).not.toContain('Sam Okafor');
    expect(json).not.toContain('Jo Patel');
    expect(json).not.toContain('Rhiannon Evans');
    expect(m.meta.author).not.toContain('Okafor');
  });

  it('otherwise names only attendees who agreed to be named', () => {
    const m = build(realistic);
    const lines = section(m, 'attendees').lines;
    expect(lines.filter((l) => l.name !== null).map((l) => l.name)).toEqual(
      named.map((p) => p.name),
    );
    const json = JSON.stringify(m);
    for (const p of withheld) expect(json).not.toContain(p.name);
  });

  it('replaces a withheld attendee named as an owner by their role', () => {
    const ww = withheld.find((p) => realistic.actions.some((a) => a.owner === p.name));
    if (!ww) throw new Error('the realistic workshop should have a withheld owner');
    const rows = section(build(realistic), 'actions').groups.flatMap((g) => g.rows);
    expect(rows.map((r) => r.owner)).toContain(ww.role);
  });
});

describe('grouping and numbering', () => {
  const content = makeRealisticWorkshop();
  const m = build(content);

  it('groups actions under their first point, in Star order, each action once', () => {
    const { groups } = section(m, 'actions');
    const order = groups.map((g) => STAR_POINT_IDS.indexOf(g.pointId));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const rows = groups.flatMap((g) => g.rows);
    expect(rows).toHaveLength(content.actions.length);
    for (const g of groups) for (const r of g.rows) expect(r.pointIds[0]).toBe(g.pointId);
  });

  it('numbers actions A1… from the top of the table down', () => {
    const refs = section(m, 'actions').groups.flatMap((g) => g.rows.map((r) => r.ref));
    expect(refs).toEqual(refs.map((_, i) => `A${i + 1}`));
  });

  it('notes the other points an action supports, and lists it under each in the point sections', () => {
    const multi = section(m, 'actions')
      .groups.flatMap((g) => g.rows)
      .find((r) => r.pointIds.length > 1);
    if (!multi) throw new Error('the realistic workshop should have a multi-point action');
    expect(multi.alsoSupports).not.toBe('');
    const points = section(m, 'points').points.filter((p) =>
      p.actions.some((a) => a.ref === multi.ref),
    );
    expect(points.map((p) => p.id).sort()).toEqual([...multi.pointIds].sort());
  });

  it('numbers ideas by their stored number, links actions to their ideas, and plots only placed ideas', () => {
    const pts = section(m, 'points').points;
    const refs = pts.flatMap((p) => p.ideas.map((i) => i.ref));
    expect(new Set(refs).size).toBe(refs.length);
    expect(refs).toEqual(refs.map((_, i) => `I${String(i + 1)}`)); // captured point by point
    const matrix = section(m, 'matrix');
    expect(matrix.plotted.every((i) => i.impact !== null && i.effort !== null)).toBe(true);
    expect(matrix.unplaced.every((i) => i.quadrant === 'unplaced')).toBe(true);
    expect(matrix.plotted.length + matrix.unplaced.length).toBe(refs.length);
    const rows = section(m, 'actions').groups.flatMap((g) => g.rows);
    const fromIdea = rows.find((r) => r.ideaRefs.length > 0);
    expect(refs).toEqual(expect.arrayContaining([...(fromIdea?.ideaRefs ?? ['none'])]));
  });

  it('lists the workshop enablers with the ideas and actions tagged with them', () => {
    const w = makeWorkshop({ id: 'w-tags' });
    const c = makeContent({
      workshop: w,
      cards: [makeCard({ kind: 'idea', number: 1, tags: ['funding', 'Quick fix'] })],
      actions: [makeAction({ tags: ['Funding'] })],
    });
    const appendix = section(build(c), 'appendix');
    expect(appendix.enablers.find((e) => e.name === 'Funding')?.refs).toEqual(['I1', 'A1']);
    expect(appendix.enablers.find((e) => e.name === 'Estates')?.refs).toEqual([]);
    expect(appendix.tags).toEqual([{ name: 'Quick fix', refs: ['I1'] }]);
  });
});

describe('an empty workshop', () => {
  it('still produces every section, with empty lists rather than errors', () => {
    const m = build(makeContent());
    expect(m.sections.map((s) => s.kind)).toEqual([...SECTION_IDS]);
    expect(section(m, 'actions').groups).toEqual([]);
    expect(section(m, 'attendees').lines).toEqual([]);
    expect(section(m, 'summary').topIdeas).toEqual([]);
    for (const p of section(m, 'points').points) {
      expect([p.current, p.gaps, p.ideas, p.actions]).toEqual([[], [], [], []]);
    }
    expect(m.meta.author).toBe('Star Workshop');
  });
});

describe('hostile text', () => {
  const HTML = '<script>alert("pwned")</script><img src=x onerror=alert(1)>';
  const content = (): WorkshopContent =>
    makeContent({
      workshop: makeWorkshop({ title: 'javascript:alert(1)' }),
      participants: [makeParticipant({ name: 'Eve\u202Emallory', mayBeNamed: true })],
      cards: [makeCard({ kind: 'gap', text: `${HTML} a\u0000b\u0007c\u202Ed` })],
      actions: [makeAction({ title: ') Tj ET BT (\\', description: 'word '.repeat(2000) })],
    });

  it('keeps markup and script-like text as literal characters', () => {
    const m = build(content());
    expect(m.meta.title).toBe('javascript:alert(1): action plan');
    expect(section(m, 'points').points[0]?.gaps[0]).toContain(HTML);
    expect(section(m, 'actions').groups[0]?.rows[0]?.title).toBe(') Tj ET BT (\\');
  });

  it('drops control and bidi-override characters that could hide or reorder text', () => {
    const m = build(content());
    expect(section(m, 'points').points[0]?.gaps[0]).toMatch(/ abcd$/);
    expect(section(m, 'attendees').lines[0]?.name).toBe('Evemallory');
  });

  it('keeps a 10,000-character description whole for the point pages but short in the table', () => {
    const row = section(build(content()), 'actions').groups[0]?.rows[0];
    expect(row?.description).toBe('word '.repeat(2000));
    expect(row?.tableDescription.length).toBeLessThanOrEqual(300);
    expect(row?.tableDescription.endsWith('…')).toBe(true);
  });
});

describe('the board paper', () => {
  it('puts the workforce challenge on the cover', () => {
    const m = build(makeRealisticWorkshop());
    expect(section(m, 'cover').challenge).toBe(
      'Too few senior decision makers overnight and at weekends.',
    );
  });

  it('details every filled action field, leaves out empty ones, and shows the newest note', () => {
    const action = makeAction({
      title: 'Weekend rota',
      owner: '',
      resources: '£40,000',
      risks: 'Locum rates rise',
      progressNotes: [
        { id: 'n2', date: '2027-01-12', text: 'Approved.' },
        { id: 'n1', date: '2026-12-05', text: 'Drafted.' },
      ],
    });
    const m = build(makeContent({ actions: [action] }));
    const row = section(m, 'actions').groups[0]?.rows[0];
    const details = Object.fromEntries((row?.details ?? []).map((d) => [d.label, d.value]));
    expect(details['Resources or cost']).toBe('£40,000');
    expect(details.Risks).toBe('Locum rates rise');
    expect(details['Latest progress']).toBe(
      '12 Jan 2027: Approved. (1 earlier note in the plan file)',
    );
    expect(details.Owner).toBe('Not set');
    expect(details['RAG status']).toBe('Not set');
    expect(details).not.toHaveProperty('Baseline');
    expect(details).not.toHaveProperty('Dependencies');
  });

  it('bookmarks the action details under the action plan', () => {
    const m = build(makeRealisticWorkshop());
    expect(m.outline.find((e) => e.label === 'Action details')).toMatchObject({
      section: 'actions',
      level: 1,
      anchor: 'actions:details',
    });
  });
});
