import { STEP_STATUS_LABEL, type StepStatus } from '@shared/domain';

const TAG_CLASS: Record<StepStatus, string> = {
  'not-started': 'nhsuk-tag nhsuk-tag--grey',
  'in-progress': 'nhsuk-tag nhsuk-tag--blue',
  completed: '',
};

/** NHS task list convention: completed is plain text, the others are tags. */
export function StatusTag({ status }: { status: StepStatus }) {
  const label = STEP_STATUS_LABEL[status];
  return status === 'completed' ? (
    <>{label}</>
  ) : (
    <strong className={TAG_CLASS[status]}>{label}</strong>
  );
}
