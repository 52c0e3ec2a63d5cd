// Every guide topic, in the order of the contents page.
import { accessibility, troubleshooting } from './support';
import { planFiles, privacy } from './files';
import { actionPlans, exporting, prioritising } from './planning';
import type { HelpTopic } from './types';
import { gettingStarted, runningTheRoom, starBoard } from './workshop';

export const HELP_TOPICS: readonly HelpTopic[] = [
  gettingStarted,
  runningTheRoom,
  starBoard,
  prioritising,
  actionPlans,
  exporting,
  planFiles,
  privacy,
  accessibility,
  troubleshooting,
];

export const findTopic = (slug: string): HelpTopic | undefined =>
  HELP_TOPICS.find((topic) => topic.slug === slug);
