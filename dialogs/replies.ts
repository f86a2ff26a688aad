import { ActionTypes, CardFactory, MessageFactory, type Activity, type CardAction } from 'botbuilder';
import type { CrisisMessage } from './conversationServices.js';

/** A message with tappable answers. Tapping sends the label as text, so typing the same words works the same way. */
export function messageWithButtons(text: string, labels: readonly string[]): Partial<Activity> {
  return labels.length === 0 ? MessageFactory.text(text) : MessageFactory.suggestedActions([...labels], text);
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
