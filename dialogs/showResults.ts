import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import { buildNeedsProfile } from './catalogue/buildNeedsProfile.js';
import { newIntakeState, type IntakeState } from './catalogue/intakeState.js';
import type { NeedsProfile } from './catalogue/needsProfile.js';
import { toReferralInput } from './catalogue/toReferralInput.js';
import type { ConversationServices } from './conversationServices.js';
import { voiceFor } from './questionText.js';
import { channelShowsCards } from './replies.js';
import { summaryCard } from '../referral/summaryCard.js';
import { summaryText } from '../referral/summaryText.js';

/** The words the person used, joined, for matching and topic detection. */
function ownWords(state: IntakeState): string {
  return [state.answers.story, state.answers.whatMatters].filter((value) => typeof value === 'string').join('\n');
}

/** The needs profile from the answers so far and the person's own words. */
export function profileOf(services: ConversationServices, state: IntakeState): NeedsProfile {
  return buildNeedsProfile(services.catalogue, state, services.detectTopics(ownWords(state)));
}

/** Finds and shows the matched services, each with why it fits. Sets `state.matches`; the caller saves the state. */
export async function showMatches(context: TurnContext, services: ConversationServices, state: IntakeState): Promise<void> {
  const voice = voiceFor(services.localiser, state);
  const profile = profileOf(services, state);
  const matches = services.findServices({
    text: ownWords(state),
    topics: profile.topics,
    age: profile.age,
    postcode: profile.postcode,
    audience: profile.audience,
    language: state.language,
  });
  state.matches = matches;
  if (matches.length === 0) {
    await context.sendActivity(voice.t('noMatches', { council: services.council.councilName, phone: services.council.contactPhone }));
    return;
  }
  const lines = matches.flatMap((match, index) => [
    voice.t('matchLine', { position: index + 1, name: match.name, why: match.why }),
    ...match.warnings.map((warning) => voice.t('matchWarning', { warning })),
  ]);
  await context.sendActivity([voice.t('matchesIntro', voice.options), ...lines].join('\n\n'));
}

/**
 * Builds and stores the referral (only what was consented), shows the summary with its reference number as a card
 * where the channel can show one and as text where not, then keeps only what resuming needs.
 */
export async function completeReferral(context: TurnContext, services: ConversationServices, state: IntakeState): Promise<IntakeState> {
  const voice = voiceFor(services.localiser, state);
  const { referrals, shared } = await services.completeReferral(toReferralInput(state, profileOf(services, state)));
  const t = services.localiser.getFixedT(state.language, 'referral');
  const view = voice.options.context === 'staff' ? 'staff' : 'person';
  for (const referral of referrals) {
    if (channelShowsCards(context.activity.channelId)) {
      const card = MessageFactory.attachment(CardFactory.adaptiveCard(summaryCard(referral, t, view)));
      card.text = voice.t('summaryReference', { ...voice.options, reference: referral.reference });
      await context.sendActivity(card);
    } else {
      await context.sendActivity(summaryText(referral, t, view));
    }
  }
  await context.sendActivity(voice.t('summaryNotDecision'));
  // Data minimisation: the referral holds what was shared; the conversation keeps only what resuming needs.
  const finished = newIntakeState(state.language, true);
  return { ...finished, greeted: true, answers: { language: state.language }, reference: referrals[0]?.reference, shared };
}
