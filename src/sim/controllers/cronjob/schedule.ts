/**
 * When a CronJob should run (cronjob/utils.go): its schedule in its time zone, the most recent
 * activation it has missed, and the next one to wake up for.
 */
import type { CronJob } from 'kubernetes-types/batch/v1';
import { parseTime } from '../../../common/time';
import { nextWallTime, parseCronSchedule, type CronSchedule } from './cronSchedule';
import { fromWall, toWall } from './timeZone';

export interface ZonedSchedule {
  schedule: CronSchedule;
  timeZone?: string;
}

/** `CRON_TZ=Europe/Paris 0 9 * * *` or `TZ=…` in the schedule, else `spec.timeZone`. */
export function parseZonedSchedule(cj: CronJob): ZonedSchedule {
  let spec = cj.spec?.schedule ?? '';
  let timeZone = cj.spec?.timeZone ?? undefined;
  const prefix = /^\s*(?:CRON_TZ|TZ)=(\S+)\s+/.exec(spec);
  if (prefix) {
    timeZone = prefix[1];
    spec = spec.slice(prefix[0].length);
  }
  return { schedule: parseCronSchedule(spec), timeZone };
}

export function nextScheduleTime(z: ZonedSchedule, afterMs: number): number | undefined {
  const wall = nextWallTime(z.schedule, toWall(afterMs, z.timeZone));
  return wall === undefined ? undefined : fromWall(wall, z.timeZone);
}

export interface MostRecent {
  /** The latest activation at or before now that has not run, if any. */
  time?: number;
  /** How many activations were missed (the controller warns past 100). */
  missed: number;
}

/** mostRecentScheduleTime: activations since the last scheduled run (or creation), up to now. */
export function mostRecentScheduleTime(cj: CronJob, z: ZonedSchedule, nowMs: number): MostRecent {
  const earliest = parseTime(cj.status?.lastScheduleTime ?? undefined) ?? parseTime(cj.metadata?.creationTimestamp) ?? nowMs;
  let t = nextScheduleTime(z, earliest);
  let time: number | undefined;
  let missed = 0;
  while (t !== undefined && t <= nowMs) {
    time = t;
    missed++;
    t = nextScheduleTime(z, t);
  }
  return { time, missed };
}

/** getTimeHashInMinutes: the job name's suffix, the scheduled time in minutes since the epoch. */
export const timeHashInMinutes = (ms: number) => Math.floor(ms / 60_000);
