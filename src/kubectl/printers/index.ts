/** kubectl's output side: tables, YAML, JSON, names and ages. */
export { humanDuration, shortHumanDuration, translateTimestampSince } from './age';
export { tabwrite, TABLE_TABWRITER, DESCRIBE_TABWRITER, type TabwriterOptions } from './tabwriter';
export { printTable, printYaml, printJson, asList } from './print';
export { renderTable, type TableObject, type TableOptions } from './table';
export { printName } from './name';
export { toYaml } from './yaml/emitter';
export { toJson, type JsonOptions } from './json';
export { formatLabels, formatLabelSelector, labelSelectorString } from './labels';
export { groupKindOf, groupOf } from './groupKind';
export { registerTableConvertor, tableConvertorFor } from './columns/registry';
export { podSummary, type PodSummary } from './columns/pod';
export { findNodeRoles, nodeStatus } from './columns/node';
export { formatEndpoints, joinHostPort } from './columns/endpoints';
export { makePortString, serviceExternalIP } from './columns/service';
export { layoutContainerCells } from './columns/containers';
export { col, nameColumn, ageColumn, type Cell, type ColumnDefinition, type TableConvertor } from './columns/types';
export { escapeTerminal } from './terminal';
