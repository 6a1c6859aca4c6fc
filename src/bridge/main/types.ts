/** The shapes the page receives from the simulation, re-exported so the UI imports only bridge/main. */
export type { ClockState, SessionInfo, SimApi } from '../worker/simApi';
export type { ExecResult } from '../worker/simHost';
export type { AutoscalerView, ClaimView, IngressPathView, IngressView, JobView, VolumeView } from '../worker/clusterViews';
export type { EventView, FeedDiff, FeedMessage, NamespaceView, NodeView, ObjectView, OwnerView, PodView, ServiceView, ViewKind, WorkloadView } from '../worker/clusterViews';
export type { Completion } from '../worker/completeCommand';
export type { EditorRequest } from '../worker/editorBridge';
export type { ActivityReport, ControlPlaneComponent } from '../worker/controlPlaneActivity';
export type { Language, LessonCommand, LessonProgress, LessonSummary, Level, LocalizedLesson, LocalizedStep, ProseBlock, StepStatus } from '../../lessons';
export type { LessonStatus, OfferedHint } from '../worker/lessonRunner/lessonStatus';
export type { Workspace, WorkspaceExtras } from '../worker/workspace/workspace';
export type { JournalState } from '../worker/workspace/journal';
export type { ImportResult } from '../worker/workspace/workspaceApi';
