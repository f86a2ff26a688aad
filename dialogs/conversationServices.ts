import type { i18n } from 'i18next';
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { TopicId } from '../knowledge/topics.js';
import type { Audience } from './catalogue/needsProfile.js';
import type { Question } from './catalogue/questionSchema.js';
import type { IntakeState, KeptMatch, Language } from './catalogue/intakeState.js';
import type { Referral, ReferralInput } from '../referral/referralSchema.js';

/** What the conversation asks the directory: the person's words, the topics found, and the hard-rule facts. */
export interface ServiceSearch {
  readonly text: string;
  readonly topics: readonly TopicId[];
  readonly age?: number;
  readonly postcode?: string;
  readonly audience: Audience;
  readonly language: Language;
}

/** The council's own routes, from configuration. */
export interface CouncilSettings {
  readonly councilName: string;
  readonly contactPhone: string;
  readonly contactUrl: string;
}

/** One crisis kind the safety net recognises. */
export type CrisisKind = 'medical' | 'suicide' | 'abuse';

/** What the safety net says about one message. */
export interface CrisisSignal {
  readonly kind: CrisisKind;
  readonly certainty: 'clear' | 'unclear';
}

/** A crisis message, channel-neutral: text for every channel, and links a channel that can may show as buttons. */
export interface CrisisMessage {
  readonly text: string;
  readonly routes: ReadonlyArray<{ readonly label: string; readonly tel?: string; readonly sms?: string }>;
}

/**
 * Everything the dialogs use, passed in through the constructor: no module-level singletons, and tests can give
 * their own clock and reference numbers.
 */
export interface ConversationServices {
  readonly localiser: i18n;
  readonly catalogue: readonly Question[];
  readonly intakeState: StatePropertyAccessor<IntakeState | undefined>;
  readonly council: CouncilSettings;
  readonly findServices: (search: ServiceSearch) => KeptMatch[];
  readonly detectTopics: (text: string) => TopicId[];
  readonly checkForCrisis: (text: string) => readonly CrisisSignal[];
  /** Whether a message is in Welsh, so a crisis message is answered in the language it was written in. */
  readonly looksWelsh: (text: string) => boolean;
  readonly crisisMessage: (kind: CrisisKind, language: Language, audience: Audience) => CrisisMessage;
  /**
   * Builds the referral (two linked ones for a carer), stores what was consented for sharing, and returns them with
   * whether anything was stored for sharing.
   */
  readonly completeReferral: (input: ReferralInput) => Promise<{ readonly referrals: Referral[]; readonly shared: boolean }>;
  /** Deletes the whole stored conversation (answers and dialog stack), so nothing of it is written back this turn. */
  readonly eraseConversation: (context: TurnContext) => Promise<void>;
  /** Erases a referral that was never shared (the person asked to delete their answers). */
  readonly forgetReferral: (reference: string) => Promise<void>;
  readonly now: () => Date;
}
