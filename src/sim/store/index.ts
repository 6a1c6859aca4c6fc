export { Store, TooOldResourceVersion, type StoreWatchFilter } from './store';
export { deepFreeze } from './freeze';
