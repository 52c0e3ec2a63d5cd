// The user guide is data that people will edit: every topic must reach its page (unique, safe
// slugs), have something under each heading, mark keys with balanced backticks, and keep to
// UK spelling, as the rest of the app does.
import { describe, expect, it } from 'vitest';
import { HELP_TOPICS, findTopic } from '../../../renderer/src/features/help/content';
import { SHORTCUT_GROUPS } from '../../../renderer/src/features/help/content/shortcuts';
import type { HelpBlock } from '../../../renderer/src/features/help/content/types';

const textsOf = (block: HelpBlock): readonly string[] =>
  typeof block === 'string'
    ? [block]
    : 'inset' in block
      ? [block.inset]
      : 'list' in block
        ? block.list
        : block.steps;

const allText = (): string[] =>
  HELP_TOPICS.flatMap((topic) => [
    topic.title,
    topic.summary,
    topic.intro ?? '',
    ...topic.sections.flatMap((s) => [s.heading, ...s.blocks.flatMap(textsOf)]),
  ]);

describe('user guide content', () => {
  it('has the topics a facilitator needs, each at its own address', () => {
    const slugs = HELP_TOPICS.map((topic) => topic.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) {
      expect(slug).toMatch(/^[a-z]+(-[a-z]+)*$/);
      // Taken by other help pages.
      expect(['shortcuts', 'about']).not.toContain(slug);
      expect(findTopic(slug)?.slug).toBe(slug);
    }
    expect(slugs).toEqual(
      expect.arrayContaining([
        'getting-started',
        'running-the-room',
        'star-board',
        'prioritising',
        'action-plans',
        'exporting',
        'plan-files',
        'privacy',
        'accessibility',
        'troubleshooting',
      ]),
    );
  });

  it('has text under every heading and balanced key marks', () => {
    for (const topic of HELP_TOPICS) {
      expect(topic.sections.length, topic.slug).toBeGreaterThan(0);
      for (const section of topic.sections) {
        const texts = section.blocks.flatMap(textsOf);
        expect(texts.length, section.heading).toBeGreaterThan(0);
        for (const text of texts) {
          expect(text.trim(), section.heading).not.toBe('');
          expect(text.split('`').length % 2, text).toBe(1);
        }
      }
    }
  });

  it('keeps to UK spelling', () => {
    const us =
      /\b(organiz\w*|prioritiz\w*|color\w*|center\w*|licens(e|es)\b|program\b|anonymiz\w*)/i;
    for (const text of [
      ...allText(),
      ...SHORTCUT_GROUPS.flatMap((g) => [g.heading, ...g.rows.map((r) => r.action)]),
    ]) {
      expect(text).not.toMatch(us);
    }
  });
});
