/** What other features may use from PDF export: the export panel (the PDF code loads on use). */
export { ExportPanel, type ExportPanelProps, type SaveResult } from './ExportPanel';
