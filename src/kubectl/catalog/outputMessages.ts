/** Wording of the template printers (cli-runtime's printers, v1.32). Spread into ../messages. */
export const outputMessages = {
  goTemplateParse: (template: string, why: string) => `error parsing template ${template}, ${why}`,
  goTemplateExecute: (quotedTemplate: string, why: string) => `error executing template ${quotedTemplate}: ${why}`,
  templateFileNotFound: (path: string) => `error reading --template ${path}, open ${path}: no such file or directory`,
  customColumnsFileMismatch: (headers: number, specs: number) => `mismatched number of columns and headers: ${headers} vs ${specs}`,
  sortByMissingField: (path: string) => `couldn't find any field with path "${path}" in the list of objects`,
} as const;
