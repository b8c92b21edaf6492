import type { ErrorMessageId } from '../errors';

export const zh: Record<ErrorMessageId, string> = {
  fileNotFound: '找不到文件 {{file}}。请检查路径是否正确。',
  fileEmpty: '文件 {{file}} 是空文件（0 字节）。请确认导出是否完整后重试。',
  fileTooLarge: '文件 {{file}} 大小 {{size}} 超过上限 {{limit}}。如确需检查，请用 --max-file-size 调高上限。',
  fileCorrupt: '文件 {{file}} 已损坏，无法读取：{{reason}}。请在 Excel 中打开并另存为 .xlsx 后重试。',
  fileEncrypted: '文件 {{file}} 设有打开密码，无法读取。请去除密码后另存一份再检查。',
  fileWrongType: '文件 {{file}} 的内容不是 {{expected}}（{{reason}}）。请确认文件类型，或另存为正确格式后重试。',
  fileBinary: '文件 {{file}} 不是文本 CSV（含二进制内容）。请在 Excel 中另存为“CSV（逗号分隔）”后重试。',
  fileTimeout: '读取文件 {{file}} 超过时限 {{seconds}} 秒，已放弃。可用 --timeout 调整。',
  fileNoTables: '文件 {{file}} 中没有任何可识别的表格或文字。',
  fileBogusDimension: '文件 {{file}} 的工作表 {{sheet}} 声明范围 {{declared}}，但实际内容只有 {{actual}}；文件可能由有缺陷的程序生成或已损坏。请在 Excel 中打开并另存为 .xlsx 后重试。',
  fileFormulaNoValue: '文件 {{file}} 工作表 {{sheet}} 单元格 {{cell}} 是公式，但没有保存计算结果，无法核对。请在 Excel 中打开、重新计算并保存后重试。',
  fileTooManySheets: '文件 {{file}} 有 {{count}} 个工作表，超过上限 {{limit}}；这不像一份预决算公开文件。如确需检查，请用 --max-sheets 调高上限。',
  readFailed: '读取文件 {{file}} 失败：{{reason}}',
  configInvalid: '配置文件 {{file}} 有误：{{path}} {{reason}}',
  configNotFound: '找不到配置文件 {{file}}。',
  pluginLoad: '无法加载插件 {{plugin}}（配置 {{file}}）：{{reason}}',
  usage: '{{reason}}',
  narrativeUnassigned: '情况说明文件 {{file}} 无法归入任何文档（没有同名的表格文件，且本次检查了多个文档）。请用 --narrative 指定。',
  outputInput: '输出文件 {{file}} 是输入文件之一，拒绝覆盖。',
};
