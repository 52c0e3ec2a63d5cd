import { RAG_LABEL, RAG_STATUSES, type RagStatus } from '@shared/domain';

interface Props {
  readonly id: string;
  readonly value: RagStatus | null;
  readonly onChange: (rag: RagStatus | null) => void;
  readonly className?: string;
  readonly describedBy?: string;
}

/** RAG status shown as colour and word, never colour alone. */
export function RagSelect({ id, value, onChange, className, describedBy }: Props) {
  return (
    <select
      id={id}
      className={`nhsuk-select app-rag app-rag--${value ?? 'none'} ${className ?? ''}`}
      value={value ?? ''}
      aria-describedby={describedBy}
      onChange={(e) => {
        onChange(e.target.value === '' ? null : (e.target.value as RagStatus));
      }}
    >
      <option value="">Not set</option>
      {RAG_STATUSES.map((r) => (
        <option key={r} value={r}>
          {RAG_LABEL[r]}
        </option>
      ))}
    </select>
  );
}
