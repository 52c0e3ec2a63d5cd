import { useState } from 'react';
import type { Result } from '@shared/domain';
import { useFieldIssue } from '../app/fieldIssues';

/**
 * A control bound to a stored value that saves as it changes. While the typed value is
 * invalid it stays on screen with its message (nothing typed is lost, nothing invalid is
 * saved); otherwise the stored value shows through, so Undo and other views are reflected.
 * Given `issue` (the control's id and label), an invalid value also turns the header's "Saved"
 * into "Not saved", linking to the control, until it is fixed.
 */
export const useValidatedField = <V>(
  stored: V,
  save: (value: V) => Result<unknown>,
  field: string,
  issue?: { readonly id: string; readonly label: string },
): {
  value: V;
  error: string | undefined;
  /** `incomplete`: the control holds a half-typed value (e.g. a date box mid-entry): show, don't save. */
  onChange: (value: V, incomplete?: boolean) => void;
} => {
  const [draft, setDraft] = useState<{ value: V; error: string | undefined } | null>(null);
  useFieldIssue(issue?.id, issue?.label ?? '', draft?.error !== undefined);
  return {
    value: draft ? draft.value : stored,
    error: draft?.error,
    onChange: (value, incomplete = false) => {
      if (incomplete) {
        setDraft({ value, error: undefined });
        return;
      }
      const result = save(value);
      if (result.ok) setDraft(null);
      else {
        const error = result.errors.find((e) => e.field === field) ?? result.errors[0];
        setDraft({ value, error: error?.message ?? 'This value is not valid' });
      }
    },
  };
};
