import type { AuditLog } from './auditLog.js';
import type { ReferralStore } from './referralStore.js';

/** Purges referrals older than `retentionDays` and records the result in the audit log. */
export async function purgeAndAudit(
  store: ReferralStore,
  audit: AuditLog,
  now: Date,
  retentionDays: number,
): Promise<readonly string[]> {
  const { purged } = await store.purgeExpired(now, retentionDays);
  await audit.record({
    at: now.toISOString(),
    actor: 'system',
    action: 'purge',
    outcome: 'ok',
    count: purged.length,
    references: [...purged],
  });
  return purged;
}

/**
 * Purges at once and then daily (`REFERRAL_RETENTION_DAYS`). Returns a stop function for shutdown. The timer is
 * unref'd so it never keeps the process alive on its own. Failures go to `onError` without any referral content.
 */
export function startRetention(options: {
  readonly store: ReferralStore;
  readonly audit: AuditLog;
  readonly retentionDays: number;
  readonly now: () => Date;
  readonly onError: (error: unknown) => void;
  readonly intervalMs?: number;
}): () => void {
  const run = (): void => {
    purgeAndAudit(options.store, options.audit, options.now(), options.retentionDays).catch(options.onError);
  };
  run();
  const timer = setInterval(run, options.intervalMs ?? 24 * 60 * 60 * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
