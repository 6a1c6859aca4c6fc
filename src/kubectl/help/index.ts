/**
 * The words of kubectl's help pages, written for the playground: one table per command group.
 * cmdutil/help.ts lays them out with the flags of the command tree.
 */
import type { HelpTable } from './types';
import { ADVANCED_HELP } from './advanced';
import { BASIC_HELP } from './basic';
import { CLUSTER_HELP } from './cluster';
import { CREATE_HELP } from './create';
import { DEBUGGING_HELP } from './debugging';
import { DEPLOY_HELP } from './deploy';
import { ROOT_HELP } from './root';
import { SETTINGS_HELP } from './settings';

export { ROOT_GROUPS } from './root';
export { GLOBAL_FLAG_TEXT } from './globalOptions';

export const HELP: HelpTable = {
  '': ROOT_HELP,
  ...CREATE_HELP,
  ...BASIC_HELP,
  ...DEPLOY_HELP,
  ...CLUSTER_HELP,
  ...DEBUGGING_HELP,
  ...ADVANCED_HELP,
  ...SETTINGS_HELP,
};
