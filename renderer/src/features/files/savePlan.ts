/** Saving the open workshop as a `.heestar` plan file, in full or with names removed. */
import { serialisePlan } from '@shared/planfile';
import { APP_VERSION } from '@shared/version';
import { todayLocal } from '../../lib/today';
import { getPlatform } from '../../platform';
import { flushedCurrentContent } from './currentContent';
import { planFileName } from './planFileName';

export type SavePlanOutcome =
  | { status: 'saved'; message: string }
  | { status: 'cancelled'; message: string }
  | { status: 'failed'; message: string };

export const savePlanFile = async (anonymise: boolean): Promise<SavePlanOutcome> => {
  const content = await flushedCurrentContent();
  if (!content) {
    return { status: 'failed', message: 'No workshop is open, so there is nothing to save.' };
  }
  let data: string;
  try {
    data = serialisePlan(content, {
      anonymise,
      now: new Date().toISOString(),
      appVersion: APP_VERSION,
    });
  } catch {
    return {
      status: 'failed',
      message: 'The plan could not be prepared for saving. Try again; nothing was saved.',
    };
  }
  const suggestedName = planFileName(content.workshop, todayLocal(), { anonymised: anonymise });
  const what = anonymise ? 'Anonymised copy' : 'Plan file';
  const result = await getPlatform().saveFile({ suggestedName, kind: 'plan', data });
  switch (result.status) {
    case 'saved':
      return { status: 'saved', message: `${what} saved as ${result.name}` };
    case 'downloaded':
      return { status: 'saved', message: `${what} saved to your downloads as ${result.name}` };
    case 'cancelled':
      return { status: 'cancelled', message: 'Saving was cancelled. Nothing was saved.' };
    case 'failed':
      return { status: 'failed', message: `${what} not saved. ${result.reason}` };
  }
};
