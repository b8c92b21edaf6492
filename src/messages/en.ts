import type { ErrorMessageId } from '../errors';

export const en: Record<ErrorMessageId, string> = {
  fileNotFound: 'File not found: {{file}}. Check the path.',
  fileEmpty: 'File {{file}} is empty (0 bytes). Check that the export completed and try again.',
  fileTooLarge: 'File {{file}} is {{size}}, over the limit of {{limit}}. Raise it with --max-file-size if you must check it.',
  fileCorrupt: 'File {{file}} is corrupt and cannot be read: {{reason}}. Open it in Excel, save as .xlsx and try again.',
  fileEncrypted: 'File {{file}} is password-protected. Remove the password, save a copy and check that.',
  fileWrongType: 'File {{file}} is not {{expected}} ({{reason}}). Check the file type or save it in the right format.',
  fileBinary: 'File {{file}} is not a text CSV (binary content). Save it from Excel as "CSV (Comma delimited)".',
  fileTimeout: 'Reading {{file}} took longer than {{seconds}} s and was abandoned. Adjust with --timeout.',
  fileNoTables: 'File {{file}} holds no recognisable table or text.',
  fileBogusDimension: 'File {{file}}, sheet {{sheet}}, declares the range {{declared}} but holds only {{actual}}; it was written by a faulty tool or is damaged. Open it in Excel, save as .xlsx and try again.',
  fileFormulaNoValue: 'File {{file}}, sheet {{sheet}}, cell {{cell}} holds a formula without a saved result, so it cannot be checked. Open it in Excel, recalculate, save and try again.',
  fileTooManySheets: 'File {{file}} has {{count}} sheets, over the limit of {{limit}}; that does not look like a budget disclosure. Raise it with --max-sheets if you must check it.',
  readFailed: 'Could not read {{file}}: {{reason}}',
  configInvalid: 'Config file {{file}} is invalid: {{path}} {{reason}}',
  configNotFound: 'Config file not found: {{file}}.',
  pluginLoad: 'Cannot load plugin {{plugin}} (config {{file}}): {{reason}}',
  usage: '{{reason}}',
  narrativeUnassigned: 'Narrative file {{file}} belongs to no document (no workbook of the same name, and several documents in this run). Name it with --narrative.',
  outputInput: 'Output file {{file}} is one of the inputs; refusing to overwrite it.',
};
