import { randomUUID } from 'node:crypto';
import {
  ActivityTypes,
  BotAdapter,
  TurnContext,
  type Activity,
  type ConversationReference,
  type ResourceResponse,
} from 'botbuilder';

/**
 * A Bot Framework adapter for the terminal (as in BotBuilder-Samples' console echo bot): each typed line is a message
 * activity, each reply is printed. The same bot and dialogs as the web run behind it.
 */
export class ConsoleAdapter extends BotAdapter {
  private readonly reference: ConversationReference;

  constructor(private readonly print: (text: string) => void, locale?: string) {
    super();
    this.reference = {
      channelId: 'console',
      serviceUrl: '',
      conversation: { id: `console-${randomUUID()}`, isGroup: false, name: 'console', conversationType: 'personal' },
      bot: { id: 'care-navigator', name: 'Care Navigator' },
      user: { id: 'console-user', name: 'You' },
      locale,
    };
  }

  /** Runs one turn for a typed line (or a join when `text` is undefined). */
  async say(text: string | undefined, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const activity: Partial<Activity> = TurnContext.applyConversationReference(
      text === undefined
        ? { type: ActivityTypes.ConversationUpdate, membersAdded: [{ id: 'console-user', name: 'You' }] }
        : { type: ActivityTypes.Message, text },
      this.reference,
      true,
    );
    activity.id = randomUUID();
    activity.timestamp = new Date();
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }

  override async sendActivities(_context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    for (const activity of activities) {
      if (activity.type === ActivityTypes.Message || activity.type === undefined) {
        const buttons = activity.suggestedActions?.actions.map((action, index) => `  ${index + 1}. ${action.title}`) ?? [];
        this.print([activity.text ?? '', ...buttons].filter((line) => line.length > 0).join('\n'));
      }
    }
    return activities.map(() => ({ id: randomUUID() }));
  }

  override updateActivity(): Promise<ResourceResponse | void> {
    return Promise.reject(new Error('The terminal cannot update a message.'));
  }

  override deleteActivity(): Promise<void> {
    return Promise.reject(new Error('The terminal cannot delete a message.'));
  }

  override continueConversation(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const activity = TurnContext.applyConversationReference({ type: ActivityTypes.Event, name: 'continueConversation' }, reference, true);
    return this.runMiddleware(new TurnContext(this, activity), logic);
  }
}
