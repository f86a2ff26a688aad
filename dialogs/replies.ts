import { ActionTypes, CardFactory, MessageFactory, type Activity, type CardAction } from 'botbuilder';
import { z } from 'zod';
import type { CrisisMessage } from './conversationServices.js';

/** A message with tappable answers. Tapping sends the label as text, so typing the same words works the same way. */
export function messageWithButtons(text: string, labels: readonly string[]): Partial<Activity> {
  return labels.length === 0 ? MessageFactory.text(text) : MessageFactory.suggestedActions([...labels], text);
}

/** The id of the value a multiple-choice card submits: the ticked choices' numbers, comma-separated ("2,5"). */
export const CARD_ANSWER = 'answer';
/** The id of the question a card was sent for, submitted with it. */
export const CARD_QUESTION = 'questionId';

/**
 * A multiple-choice question as a card of tick boxes (where the channel shows cards), so several answers can be
 * chosen at once. It submits the choices' numbers, which read the same as typing "2, 5".
 */
export function multipleChoiceActivity(text: string, labels: readonly string[], submitLabel: string, questionId: string): Partial<Activity> {
  const activity = MessageFactory.text(text);
  activity.attachments = [
    CardFactory.adaptiveCard({
      type: 'AdaptiveCard',
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      version: '1.3',
      body: [
        {
          type: 'Input.ChoiceSet',
          id: CARD_ANSWER,
          isMultiSelect: true,
          style: 'expanded',
          choices: labels.map((label, index) => ({ title: label, value: String(index + 1) })),
        },
      ],
      // The card says which question it answers: an old card in the transcript must not answer a later question.
      actions: [{ type: 'Action.Submit', title: submitLabel, data: { [CARD_QUESTION]: questionId } }],
    }),
  ];
  return activity;
}

/**
 * What a card submit answered, as text the prompts read like typing: the ticked numbers. Undefined for a message
 * that is not a card submit.
 */
export function cardAnswerText(value: unknown): string | undefined {
  const submitted = CardSubmit.safeParse(value);
  if (!submitted.success || submitted.data[CARD_ANSWER] === undefined) return undefined;
  return typeof submitted.data[CARD_ANSWER] === 'string' ? submitted.data[CARD_ANSWER] : '';
}

/** What a multiple-choice card submits (anything else a channel adds is ignored). */
const CardSubmit = z.looseObject({ [CARD_ANSWER]: z.unknown().optional(), [CARD_QUESTION]: z.string().optional() });

/** The question a card submit was for, if it says. */
export function cardQuestionId(value: unknown): string | undefined {
  const submitted = CardSubmit.safeParse(value);
  return submitted.success ? submitted.data[CARD_QUESTION] : undefined;
}

/**
 * A crisis message: the whole text for every channel (screen readers, SMS-like channels, the terminal), plus a card
 * of tap-to-call and tap-to-text buttons where the channel can show one.
 */
export function crisisActivity(message: CrisisMessage, channelShowsCards: boolean): Partial<Activity> {
  const activity = MessageFactory.text(message.text);
  const buttons: CardAction[] = message.routes.flatMap((route): CardAction[] => {
    if (route.tel) return [{ type: ActionTypes.Call, title: route.label, value: route.tel }];
    if (route.sms) return [{ type: ActionTypes.OpenUrl, title: route.label, value: route.sms }];
    return [];
  });
  if (channelShowsCards && buttons.length > 0) {
    activity.attachments = [CardFactory.heroCard('', undefined, buttons)];
  }
  // Crisis messages are important: ask channels that support it to alert the reader.
  activity.importance = 'high';
  return activity;
}

/** Channels that render hero cards with call buttons. Others get the text alone, which holds every number. */
export function channelShowsCards(channelId: string): boolean {
  return ['webchat', 'directline', 'emulator', 'msteams'].includes(channelId);
}
