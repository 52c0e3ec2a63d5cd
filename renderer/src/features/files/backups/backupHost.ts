/**
 * A backup snapshot of a workshop: the plan file text plus what the Restore page lists it by,
 * handed to the platform, which keeps it on disk (desktop) or in the browser's own database.
 */
import type { WorkshopContent } from '@shared/domain';
import { serialisePlan } from '@shared/planfile';
import { APP_VERSION } from '@shared/version';
import { getPlatform, type SnapshotOutcome } from '../../../platform';

export const snapshotText = (content: WorkshopContent, now: Date): string =>
  serialisePlan(content, { anonymise: false, now: now.toISOString(), appVersion: APP_VERSION });

export const writeBackup = (
  content: WorkshopContent,
  now: Date = new Date(),
): Promise<SnapshotOutcome> =>
  getPlatform().backups.write({
    workshopId: content.workshop.id,
    title: content.workshop.scope.title,
    organisation: content.workshop.scope.organisation,
    savedAt: now.toISOString(),
    counts: {
      participants: content.participants.length,
      cards: content.cards.length,
      actions: content.actions.length,
    },
    data: snapshotText(content, now),
  });
