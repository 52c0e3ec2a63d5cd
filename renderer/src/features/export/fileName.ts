/** The name offered in the save dialog for the PDF: the plan file's rule, with `.pdf`. */
import type { Workshop } from '@shared/domain';
import { todayLocal } from '../../lib/today';
import { workshopFileName } from '../../lib/workshopFileName';

/**
 * `<organisation> <title> <YYYY-MM-DD>[ (anonymised)].pdf`: the workshop's date when it has
 * one, otherwise the day of the export (`exportedAt`, read on this computer's calendar).
 */
export const suggestedPdfName = (
  workshop: Pick<Workshop, 'scope'>,
  exportedAt: Date,
  options: { anonymised?: boolean } = {},
): string =>
  workshopFileName(workshop.scope, '.pdf', {
    today: todayLocal(exportedAt),
    anonymised: options.anonymised ?? false,
  });
