/** A human-readable problem with one field, shown inline next to that field. */
export interface FieldError {
  /** Dotted path of the field, e.g. `scope.title` or `dueDate`. */
  readonly field: string;
  /** UK English sentence a facilitator understands. */
  readonly message: string;
}

export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly errors: readonly FieldError[] };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(...errors: FieldError[]): Result<T> => ({ ok: false, errors });

/** The message for one field, if any: what an inline error next to an input shows. */
export const errorFor = (errors: readonly FieldError[], field: string): string | undefined =>
  errors.find((e) => e.field === field)?.message;

/** Who creates or changes an entity, and when: injected so domain functions stay pure. */
export interface Stamp {
  readonly id: string;
  readonly now: string;
}
