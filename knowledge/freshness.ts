import type { Service } from './directorySchema.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** How long a record may go without being assured before people are told it may be out of date. */
export const STALE_AFTER_DAYS = 365;

/**
 * Whether the service's assured date is over a year before `now`. A record never assured is not "stale" here; it is
 * reported separately, because the fix (assure it for the first time) differs.
 */
export function isStale(service: Pick<Service, 'assuredDate'>, now: Date): boolean {
  if (service.assuredDate === undefined) return false;
  const assured = Date.parse(`${service.assuredDate}T00:00:00Z`);
  return Number.isFinite(assured) && now.getTime() - assured > STALE_AFTER_DAYS * DAY_MS;
}
