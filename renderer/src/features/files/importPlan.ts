/**
 * Importing a plan always makes a NEW workshop: fresh ids for the workshop and every item in
 * it, links remapped (the same rule as Duplicate: shared/domain/copyWorkshop.ts). It is
 * written through the store like any edit (importWorkshop.ts), in one transaction, so nothing
 * already in the library is overwritten and importing the same file twice gives two workshops.
 */
import type { WorkshopContent } from '@shared/domain';
import { copyWorkshopContent, type WorkshopCopy } from '@shared/domain/copyWorkshop';

export type ImportedContent = WorkshopCopy;

/** A copy of `content` under new ids, live (not in the Trash), stamped as created now. Pure. */
export const remapForImport = (
  content: WorkshopContent,
  newId: () => string,
  now: string,
  title?: string,
): ImportedContent => copyWorkshopContent(content, { newId, now, ...(title ? { title } : {}) });
