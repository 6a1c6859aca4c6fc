/** Wording of the template printers (cli-runtime's printers) and `kubectl logs` streams, v1.32. Spread into ../messages. */
export const outputMessages = {
  goTemplateParse: (template: string, why: string) => `error parsing template ${template}, ${why}`,
  goTemplateExecute: (quotedTemplate: string, why: string) => `error executing template ${quotedTemplate}: ${why}`,
  templateFileNotFound: (path: string) => `error reading --template ${path}, open ${path}: no such file or directory`,
  customColumnsFileMismatch: (headers: number, specs: number) => `mismatched number of columns and headers: ${headers} vs ${specs}`,
  sortByMissingField: (path: string) => `couldn't find any field with path "${path}" in the list of objects`,
  logsMaxRequests: (streams: number, max: number) =>
    `you are attempting to follow ${streams} log streams, but maximum allowed concurrency is ${max}, use --max-log-requests to increase the limit`,
  logsAllContainersWithName: (container: string) => `--all-containers=true should not be specified with container name ${container}`,
} as const;
