export { ReplicaSetController } from './replicaset/replicaSetController';
export { DeploymentController } from './deployment/deploymentController';
export type { ControllerContext } from './util/controllerContext';
