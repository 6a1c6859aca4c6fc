/** layoutContainerCells: the CONTAINERS and IMAGES cells of workload `-o wide` tables. */
import type { Container } from 'kubernetes-types/core/v1';

export function layoutContainerCells(containers: Container[] | undefined): [names: string, images: string] {
  const list = containers ?? [];
  return [list.map((c) => c.name).join(','), list.map((c) => c.image ?? '').join(',')];
}
