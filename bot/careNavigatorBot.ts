import { ActivityHandler, ActivityTypes, type BotState, type TurnContext } from 'botbuilder';
import { runDialog, type Dialog, type DialogState } from 'botbuilder-dialogs';
import type { StatePropertyAccessor } from 'botbuilder';
import type { TurnQueue } from './turnQueue.js';
import { cardAnswerText } from '../dialogs/replies.js';

/**
 * The activity handler: every message, event and join runs the one conversation dialog; state is saved once at the
 * end of a turn. Turns of one conversation are serialised. If a turn fails, nothing is saved, so the conversation
 * stays as it was before the message (the adapter's error handler tells the person).
 */
export class CareNavigatorBot extends ActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;

  constructor(
    private readonly conversationState: BotState,
    private readonly dialog: Dialog,
    private readonly turns: TurnQueue,
    private readonly onBusy: (context: TurnContext) => Promise<void>,
  ) {
    super();
    this.dialogState = conversationState.createProperty<DialogState>('dialogState');
    const converse = async (context: TurnContext, next: () => Promise<void>): Promise<void> => {
      // A card of tick boxes answers in its value; the dialogs read every answer as text, typed or tapped.
      const fromCard = cardAnswerText(context.activity.value);
      if (fromCard !== undefined && !context.activity.text) context.activity.text = fromCard;
      await runDialog(this.dialog, context, this.dialogState);
      await next();
    };
    this.onMessage(converse);
    this.onEvent(converse);
    this.onMembersAdded(async (context, next) => {
      const someoneJoined = (context.activity.membersAdded ?? []).some((member) => member.id !== context.activity.recipient.id);
      if (someoneJoined) await runDialog(this.dialog, context, this.dialogState);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    // botbuilder's runDialog sends a "Bot State" trace holding the turn's activity and dialog memory. Only the
    // Emulator shows traces; to any other channel it would be the person's words sent back for nothing.
    context.onSendActivities(async (_context, activities, next) => {
      if (context.activity.channelId !== 'emulator') {
        for (let index = activities.length - 1; index >= 0; index -= 1) {
          if (activities[index]?.type === ActivityTypes.Trace) activities.splice(index, 1);
        }
        // Adapters refuse an empty batch: when only traces were sent, nothing goes out.
        if (activities.length === 0) return [];
      }
      return next();
    });
    const key = `${context.activity.channelId}/${context.activity.conversation.id}`;
    const ran = await this.turns.run(key, async () => {
      await super.run(context);
      await this.conversationState.saveChanges(context, false);
    });
    if (!ran) await this.onBusy(context);
  }
}
