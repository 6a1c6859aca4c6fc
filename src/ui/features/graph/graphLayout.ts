/** Sizes of the graph's boxes, shared by the projection (positions) and the components (styles). */
export const POD_W = 168;
export const POD_H = 46;
export const GAP = 10;
export const POD_COLUMNS = 2;
export const GROUP_HEADER = 44;
export const GROUP_PAD = 12;
export const GROUP_W = POD_COLUMNS * POD_W + (POD_COLUMNS - 1) * GAP + 2 * GROUP_PAD;
export const WORKLOAD_W = 190;
export const PENDING_EMPTY_W = 190;
export const WORKLOAD_H = 52;
/** Rows of the picture: Ingresses and autoscalers, owners, then the nodes with their pods. */
export const ABOVE_Y = -90;
export const DEPLOYMENT_Y = 0;
export const REPLICASET_Y = 90;
export const NODES_Y = 200;

export function groupHeight(pods: number): number {
  const rows = Math.max(1, Math.ceil(pods / POD_COLUMNS));
  return GROUP_HEADER + rows * POD_H + (rows - 1) * GAP + GROUP_PAD;
}

/** Where the i-th pod sits inside its group. */
export function podSlot(i: number): { x: number; y: number } {
  return { x: GROUP_PAD + (i % POD_COLUMNS) * (POD_W + GAP), y: GROUP_HEADER + Math.floor(i / POD_COLUMNS) * (POD_H + GAP) };
}

/** Above this many pods a group shows counts per STATUS instead of one box per pod. */
export const AGGREGATE_OVER = 40;
const SUMMARY_ROW = 22;

export function summaryHeight(rows: number): number {
  return GROUP_HEADER + Math.max(1, rows) * SUMMARY_ROW + GROUP_PAD;
}
