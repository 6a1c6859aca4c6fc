import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ApiSchema } from '../sim';
import { ENUMS_FILE, generateEnums } from './genEnums';

const CORE = `package v1

// PullPolicy describes a policy for if/when to pull a container image
// +enum
type PullPolicy string

const (
	// PullAlways means that kubelet always attempts to pull the latest image.
	// Container will fail If the pull fails.
	PullAlways PullPolicy = "Always"
	// PullNever means that kubelet never pulls an image.
	PullNever PullPolicy = "Never"
)

// NotAnEnum has no +enum tag.
type NotAnEnum string

const Plain NotAnEnum = "plain"

type ContainerCommon struct {
	// Image pull policy.
	ImagePullPolicy PullPolicy \`json:"imagePullPolicy,omitempty"\`
	Other NotAnEnum \`json:"other,omitempty"\`
}

type EphemeralContainer struct {
	ContainerCommon \`json:",inline"\`
}
`;
const APPS = `package v1

import (
	corev1 "k8s.io/api/core/v1"
)

type Spec struct {
	Policy *corev1.PullPolicy \`json:"policy,omitempty"\`
	Missing corev1.PullPolicy \`json:"missing,omitempty"\`
}
`;

const str = { t: 'string' };
const schema: ApiSchema = {
  kinds: {},
  definitions: {
    'io.k8s.api.core.v1.ContainerCommon': { p: { imagePullPolicy: str, other: str } },
    'io.k8s.api.core.v1.EphemeralContainer': { p: { imagePullPolicy: str } },
    'io.k8s.api.apps.v1.Spec': { p: { policy: str } },
  },
};

describe('generateEnums', () => {
  const enums = generateEnums(
    [
      { pkg: 'core/v1', text: CORE },
      { pkg: 'apps/v1', text: APPS },
    ],
    schema,
  );
  it('reads +enum types: sorted values, comments without the constant name, joined on one line', () => {
    expect(enums.types['core/v1.PullPolicy']).toEqual({
      values: ['Always', 'Never'],
      descriptionSuffix:
        '\n\nPossible enum values:\n - `"Always"` means that kubelet always attempts to pull the latest image. Container will fail If the pull fails.\n - `"Never"` means that kubelet never pulls an image.',
    });
  });
  it('maps the schema fields typed with them: inline structs, pointers, other packages; skips fields the schema lacks', () => {
    expect(enums.fields).toEqual({
      'io.k8s.api.apps.v1.Spec.policy': 'core/v1.PullPolicy',
      'io.k8s.api.core.v1.ContainerCommon.imagePullPolicy': 'core/v1.PullPolicy',
      'io.k8s.api.core.v1.EphemeralContainer.imagePullPolicy': 'core/v1.PullPolicy',
    });
  });
  it('the committed overlay has the v1.32 Deployment strategy enum', () => {
    const committed = JSON.parse(readFileSync(ENUMS_FILE, 'utf8')) as { fields: Record<string, string> };
    expect(committed.fields['io.k8s.api.apps.v1.DeploymentStrategy.type']).toBe('apps/v1.DeploymentStrategyType');
  });
});
