import type { TurnContext } from 'botbuilder';
import { buildNeedsProfile } from './catalogue/buildNeedsProfile.js';
import type { IntakeState } from './catalogue/intakeState.js';
import type { ConversationServices } from './conversationServices.js';
import { voiceFor } from './questionText.js';

/** The words the person used, joined, for matching and topic detection. */
function ownWords(state: IntakeState): string {
  return [state.answers.story, state.answers.whatMatters].filter((value) => typeof value === 'string').join('\n');
}

/**
 * Shows the matched services, each with why it fits, then a short summary with a reference number. Updates `state`
 * with the matches and the reference; the caller saves it.
 */
export async function showResults(context: TurnContext, services: ConversationServices, state: IntakeState): Promise<void> {
  const voice = voiceFor(services.localiser, state);
  const council = { council: services.council.councilName, phone: services.council.contactPhone };
  const words = ownWords(state);
  const profile = buildNeedsProfile(services.catalogue, state, services.detectTopics(words));
  const matches = services.findServices({
    text: words,
    topics: profile.topics,
    age: profile.age,
    postcode: profile.postcode,
    audience: profile.audience,
    language: state.language,
  });
  state.matches = matches;
  if (matches.length === 0) {
    await context.sendActivity(voice.t('noMatches', council));
  } else {
    const lines = matches.flatMap((match, index) => [
      voice.t('matchLine', { position: index + 1, name: match.name, why: match.why }),
      ...match.warnings.map((warning) => voice.t('matchWarning', { warning })),
    ]);
    await context.sendActivity([voice.t('matchesIntro', voice.options), ...lines].join('\n\n'));
  }
  state.reference = await services.newReference();
  await context.sendActivity(
    [
      voice.t('summaryTitle', voice.options),
      voice.t('summaryReference', { ...voice.options, reference: state.reference }),
      voice.t('summaryNotDecision'),
    ].join('\n\n'),
  );
}
