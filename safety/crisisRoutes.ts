import { z } from 'zod';
import { CRISIS_NUMBERS } from './crisisNumbers.js';
import type { CrisisKind } from './crisisKind.js';

const ukPhone = z.string().trim().regex(/^[0-9 ]{3,16}$/, 'must be a phone number of digits and spaces');

/** The council's crisis routes, parsed from configuration at start. National numbers are constants, not config. */
export const CrisisRoutesConfig = z.object({
  /** England and Wales both reach mental health crisis support through NHS 111 option 2. */
  nation: z.enum(['england', 'wales']),
  /** The council's safeguarding adults contact. */
  safeguardingPhone: ukPhone,
  /** A local mental health crisis line, shown after NHS 111 option 2 when set. */
  localCrisisLine: ukPhone.optional(),
  /** The council's name as residents know it, used in the safeguarding label. */
  councilName: z.string().trim().min(1).max(120),
});
/** Parsed crisis routes configuration. */
export type CrisisRoutesConfig = z.infer<typeof CrisisRoutesConfig>;

/** One way to get help, in priority order; `labelKey` is a key in the `safety` namespace. */
export const CrisisRoute = z.object({
  id: z.string(),
  labelKey: z.string(),
  phone: z.string().optional(),
  sms: z.object({ number: z.string(), body: z.string() }).optional(),
});
/** One crisis route. */
export type CrisisRoute = z.infer<typeof CrisisRoute>;

/** The environment names the bot's `AppConfig` already parses (see `bot/config.ts`). */
export interface CrisisRoutesEnv {
  readonly NATION: 'england' | 'wales';
  readonly SAFEGUARDING_PHONE: string;
  readonly LOCAL_CRISIS_LINE?: string | undefined;
  readonly COUNCIL_NAME: string;
}

/**
 * Builds the crisis routes config from the app's parsed environment, checking it again with zod so a bad value stops
 * the bot at start rather than in a crisis.
 */
export function crisisRoutesConfigFromEnv(env: CrisisRoutesEnv): CrisisRoutesConfig {
  return CrisisRoutesConfig.parse({
    nation: env.NATION,
    safeguardingPhone: env.SAFEGUARDING_PHONE,
    localCrisisLine: env.LOCAL_CRISIS_LINE,
    councilName: env.COUNCIL_NAME,
  });
}

// Factories rather than shared objects, so a caller that edits a route cannot change the next person's.
const call999 = (labelKey: string): CrisisRoute => ({ id: 'call999', labelKey, phone: CRISIS_NUMBERS.emergency });
const samaritans = (): CrisisRoute => ({ id: 'samaritans', labelKey: 'routes.samaritans', phone: CRISIS_NUMBERS.samaritans });
const shout = (): CrisisRoute => ({
  id: 'shout',
  labelKey: 'routes.shout',
  sms: { number: CRISIS_NUMBERS.shoutSms, body: CRISIS_NUMBERS.shoutKeyword },
});

/**
 * The routes to show for one kind of risk, most urgent first. Medical: 999 now. Suicide or self-harm: 999 when in
 * danger or after an overdose, NHS 111 option 2, the local crisis line if configured, Samaritans, Shout. Abuse: 999 when
 * in danger now, then the council's safeguarding adults contact.
 */
export function crisisRoutesFor(kind: CrisisKind, config: CrisisRoutesConfig): CrisisRoute[] {
  switch (kind) {
    case 'medical':
      return [call999('routes.call999Now')];
    case 'suicide': {
      const nhs111: CrisisRoute = {
        id: 'nhs111option2',
        labelKey: config.nation === 'wales' ? 'routes.nhs111Option2Wales' : 'routes.nhs111Option2',
        phone: CRISIS_NUMBERS.nhs111,
      };
      const local: CrisisRoute[] = config.localCrisisLine
        ? [{ id: 'localCrisisLine', labelKey: 'routes.localCrisisLine', phone: config.localCrisisLine }]
        : [];
      return [call999('routes.call999IfDangerOrOverdose'), nhs111, ...local, samaritans(), shout()];
    }
    case 'abuse':
      return [
        call999('routes.call999IfDanger'),
        { id: 'safeguarding', labelKey: 'routes.safeguarding', phone: config.safeguardingPhone },
      ];
  }
}
