/**
 * Known errors carry a messageId + data; src/messages/{zh,en}.ts render them. Unknown errors are
 * bugs: the CLI prints their stack with the version and a please-report line.
 */
export type ErrorMessageId =
  | 'fileNotFound'
  | 'fileEmpty'
  | 'fileTooLarge'
  | 'fileCorrupt'
  | 'fileEncrypted'
  | 'fileWrongType'
  | 'fileTypeNotRead'
  | 'fileNotYetRead'
  | 'fileBinary'
  | 'fileTimeout'
  | 'fileNoTables'
  | 'fileBogusDimension'
  | 'fileFormulaNoValue'
  | 'fileTooManySheets'
  | 'pdfCorrupt'
  | 'pdfEncrypted'
  | 'pdfNoText'
  | 'pdfTooManyPages'
  | 'readFailed'
  | 'configInvalid'
  | 'configNotFound'
  | 'pluginLoad'
  | 'usage'
  | 'narrativeUnassigned'
  | 'outputInput';

export class BudgetLintError extends Error {
  constructor(
    readonly messageId: ErrorMessageId,
    readonly data: Record<string, string | number> = {},
  ) {
    super(`${messageId}: ${JSON.stringify(data)}`);
    this.name = new.target.name;
  }
}

/** A file could not be read; names the file and, where known, the sheet and cell. */
export class ReadError extends BudgetLintError {
  constructor(
    messageId: ErrorMessageId,
    readonly file: string,
    data: Record<string, string | number> = {},
    readonly sheet?: string,
    readonly cell?: string,
  ) {
    super(messageId, { file, ...data, ...(sheet ? { sheet } : {}), ...(cell ? { cell } : {}) });
  }
}

export class ConfigError extends BudgetLintError {}
export class UsageError extends BudgetLintError {}

export function isKnownError(e: unknown): e is BudgetLintError {
  return e instanceof BudgetLintError;
}
