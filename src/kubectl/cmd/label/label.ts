/** `kubectl label` and `kubectl annotate`. */
import { messages } from '../../messages';
import { metadataCommand } from './metadataUpdate';

export const labelCommand = metadataCommand(
  'label',
  'Add, change or remove labels',
  {
    verb: 'label',
    field: 'labels',
    // label.go's updateDataChangeMsg: a shrinking label set without --overwrite reads "unlabeled".
    outcome: (changed, shrank, overwrite) => (!changed ? 'not labeled' : shrank && !overwrite ? 'unlabeled' : 'labeled'),
    noChanges: messages.noLabelChanges,
    invalidSpec: messages.invalidLabelSpec,
  },
  [{ name: 'list', type: 'bool', unavailable: true }],
);

export const annotateCommand = metadataCommand(
  'annotate',
  'Add, change or remove annotations',
  {
    verb: 'annotate',
    field: 'annotations',
    outcome: () => 'annotated',
    noChanges: messages.noAnnotationChanges,
    invalidSpec: messages.invalidAnnotationSpec,
  },
  [{ name: 'list', type: 'bool', unavailable: true }],
);
