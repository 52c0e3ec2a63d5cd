import { STAR_POINTS } from '@shared/domain';

/**
 * The five Star points as `<option>`s for a select, in Star order, optionally after a first
 * empty choice ("All points", "Choose a point"). One list, so every menu of points agrees.
 */
export function StarPointOptions({ emptyLabel }: { readonly emptyLabel?: string }) {
  return (
    <>
      {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
      {STAR_POINTS.map((p) => (
        <option key={p.id} value={p.id}>
          {p.label}
        </option>
      ))}
    </>
  );
}
