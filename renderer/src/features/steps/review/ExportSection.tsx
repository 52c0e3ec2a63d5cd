import { useShallow } from 'zustand/react/shallow';
import { getPlatform } from '../../../platform';
import { useApp } from '../../../store';
import { ExportPanel, type SaveResult } from '../../export';
import { useCurrentWorkshop } from '../../workshop';
import { SavePlanSection } from '../../files';

/** Export entry points: the PDF action plan and the shareable plan file. */
export function ExportSection() {
  const workshop = useCurrentWorkshop();
  const { participants, cards, actions } = useApp(
    useShallow((s) => ({ participants: s.participants, cards: s.cards, actions: s.actions })),
  );
  const flushSaves = useApp((s) => s.flushSaves);

  const savePdf = async (bytes: Uint8Array, suggestedName: string): Promise<SaveResult> => {
    await flushSaves();
    const result = await getPlatform().saveFile({
      suggestedName,
      kind: 'pdf',
      data: bytes,
    });
    switch (result.status) {
      case 'saved':
        return { status: 'saved', message: `Saved as ${result.name}` };
      case 'downloaded':
        return { status: 'saved', message: `Saved to your downloads as ${result.name}` };
      case 'cancelled':
        return { status: 'cancelled' };
      case 'failed':
        return { status: 'failed', message: result.reason };
    }
  };

  return (
    <section aria-labelledby="export-title">
      <h2 className="nhsuk-heading-m" id="export-title">
        Export
      </h2>
      <h3 className="nhsuk-heading-s">Action plan PDF</h3>
      <ExportPanel content={{ workshop, participants, cards, actions }} onSave={savePdf} />
      {/* Plan file: full and anonymised saves (issue 5). */}
      <SavePlanSection />
    </section>
  );
}
