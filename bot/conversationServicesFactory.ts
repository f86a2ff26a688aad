import type { ConversationState } from 'botbuilder';
import type { i18n } from 'i18next';
import type { AppConfig } from './config.js';
import type { Route } from './http.js';
import type { ConversationServices } from '../dialogs/conversationServices.js';
import type { IntakeState } from '../dialogs/catalogue/intakeState.js';
import { catalogue } from '../dialogs/catalogue/questions.js';
import type { Service } from '../knowledge/directorySchema.js';
import { createMatcher } from '../knowledge/matcher.js';
import { describeMatch } from '../knowledge/describeMatch.js';
import { detectTopics } from '../knowledge/needsVocabulary.js';
import { isProbablyWelsh } from '../knowledge/welshGuess.js';
import { checkForCrisis } from '../safety/crisisCheck.js';
import { buildCrisisMessage } from '../safety/crisisMessage.js';
import { crisisRoutesConfigFromEnv } from '../safety/crisisRoutes.js';
import { ReferralStore } from '../referral/referralStore.js';
import { buildCarerReferrals, buildReferral } from '../referral/buildReferral.js';
import { AuditLog } from '../referral/auditLog.js';
import { createStaffApiRoutes } from '../referral/staffApi.js';

/** How many services a conversation shows: enough to choose from, few enough to read on a phone. */
export const MATCHES_SHOWN = 5;

/** What the factory needs. */
export interface ServiceSources {
  readonly config: AppConfig;
  readonly localiser: i18n;
  readonly directory: readonly Service[];
  readonly conversationState: ConversationState;
  readonly now?: () => Date;
  readonly newReference?: () => Promise<string>;
}

/** The conversation's services and the staff API's routes, built once at start. */
export interface BuiltServices {
  readonly conversation: ConversationServices;
  readonly referrals: ReferralStore;
  readonly audit: AuditLog;
  readonly staffRoutes: Route[];
}

/**
 * Joins the plain-TypeScript domain (directory matching, safety net, referrals) to the dialogs. Built once at start;
 * the dialogs get everything through this one object.
 */
export async function createConversationServices(sources: ServiceSources): Promise<BuiltServices> {
  const { config, localiser } = sources;
  const now = sources.now ?? (() => new Date());
  const matcher = createMatcher(sources.directory, { now: now() });
  const crisisConfig = crisisRoutesConfigFromEnv(config);
  const referrals = new ReferralStore(config.dataDir);
  const audit = new AuditLog(config.dataDir);
  const staffRoutes = createStaffApiRoutes({ store: referrals, audit, tokenDigests: config.STAFF_TOKEN_SHA256, now });
  const conversation: ConversationServices = {
    localiser,
    catalogue,
    intakeState: sources.conversationState.createProperty<IntakeState | undefined>('intake'),
    council: { councilName: config.COUNCIL_NAME, contactPhone: config.COUNCIL_CONTACT_PHONE, contactUrl: config.COUNCIL_CONTACT_URL },
    findServices: (search) => {
      const t = localiser.getFixedT(search.language, 'knowledge');
      return matcher
        .match({ text: search.text, topics: [...search.topics], age: search.age, postcode: search.postcode, audience: search.audience, limit: MATCHES_SHOWN })
        .map((match) => ({ serviceId: match.service.id, name: match.service.name, ...describeMatch(match, t) }));
    },
    detectTopics,
    looksWelsh: isProbablyWelsh,
    checkForCrisis: (text) => checkForCrisis(text).signals,
    crisisMessage: (kind, language, audience) => buildCrisisMessage(kind, crisisConfig, localiser.getFixedT(language, 'safety'), audience),
    completeReferral: async (input) => {
      const newReference = sources.newReference ?? (() => referrals.newReference());
      const created = now();
      const built =
        input.audience === 'carer'
          ? Object.values(buildCarerReferrals(input, { now: created, personReference: await newReference(), carerReference: await newReference() }))
          : [buildReferral(input, { now: created, reference: await newReference() })];
      const saved = await Promise.all(built.map((referral) => referrals.save(referral)));
      return { referrals: built, shared: saved.some((result) => result.stored) };
    },
    eraseConversation: (context) => sources.conversationState.delete(context),
    forgetReferral: async (reference) => {
      await referrals.erase(reference);
    },
    now,
  };
  return { conversation, referrals, audit, staffRoutes };
}
