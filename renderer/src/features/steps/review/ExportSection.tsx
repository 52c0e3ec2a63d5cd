/** Export entry points: the PDF action plan and the shareable plan file. */
export function ExportSection() {
  return (
    <section aria-labelledby="export-title">
      <h2 className="nhsuk-heading-m" id="export-title">
        Export
      </h2>
      <p className="nhsuk-body">Export the action plan as a PDF, or save a plan file to share.</p>
    </section>
  );
}
