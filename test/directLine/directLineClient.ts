import { z } from 'zod';

/** What a Direct Line answer about a conversation holds. */
export const ConversationAnswer = z.object({ conversationId: z.string(), token: z.string(), expires_in: z.number() });
export type ConversationAnswer = z.infer<typeof ConversationAnswer>;

/** One activity as the endpoint serves it. */
export const ServedActivity = z.looseObject({
  type: z.string(),
  id: z.string().min(1),
  timestamp: z.string().min(1),
  text: z.string().optional(),
  from: z.looseObject({ id: z.string(), role: z.string().optional() }),
  conversation: z.looseObject({ id: z.string() }),
  channelData: z.record(z.string(), z.unknown()).optional(),
});
export type ServedActivity = z.infer<typeof ServedActivity>;

/** A page of activities. */
export const ActivitySet = z.object({ activities: z.array(ServedActivity), watermark: z.string() });
export type ActivitySet = z.infer<typeof ActivitySet>;

/** A JSON error answer. */
export const ErrorAnswer = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

/** A raw answer: status and parsed JSON. */
export interface Answer {
  readonly status: number;
  readonly json: unknown;
}

/** Calls the endpoint as DirectLineJS does (same paths, headers and bodies), without a browser. */
export class DirectLineTestClient {
  constructor(readonly baseUrl: string) {}

  async call(method: string, path: string, token: string | undefined, body?: unknown): Promise<Answer> {
    const response = await fetch(`${this.baseUrl}/v3/directline${path}`, {
      method,
      headers: {
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, json: text === '' ? undefined : JSON.parse(text) };
  }

  /** Token, then conversation start: what the page and DirectLineJS do for a new visitor. */
  async start(userId: string, locale = 'en-GB'): Promise<ConversationAnswer> {
    const generated = ConversationAnswer.parse((await this.call('POST', '/tokens/generate', undefined, { user: { id: userId } })).json);
    const started = await this.call('POST', '/conversations', generated.token, { user: { id: userId }, locale });
    return ConversationAnswer.parse(started.json);
  }

  async poll(conversation: ConversationAnswer, watermark = ''): Promise<ActivitySet> {
    const answer = await this.call('GET', `/conversations/${conversation.conversationId}/activities?watermark=${watermark}`, conversation.token);
    return ActivitySet.parse(answer.json);
  }

  /**
   * Polls until `done` holds for the activities seen so far (the bot answers asynchronously, as with Azure). Gives
   * up after a bounded number of polls so a broken endpoint fails the test instead of hanging it.
   */
  async pollUntil(conversation: ConversationAnswer, done: (activities: ServedActivity[]) => boolean, watermark = ''): Promise<ActivitySet> {
    const seen: ServedActivity[] = [];
    let mark = watermark;
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const page = await this.poll(conversation, mark);
      seen.push(...page.activities);
      mark = page.watermark;
      if (done(seen)) return { activities: seen, watermark: mark };
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`activities never matched; saw ${seen.map((activity) => `${activity.type}:${activity.text ?? ''}`).join(', ')}`);
  }

  async say(conversation: ConversationAnswer, text: string, clientActivityID: string): Promise<Answer> {
    return this.call('POST', `/conversations/${conversation.conversationId}/activities`, conversation.token, {
      type: 'message',
      text,
      locale: 'en-GB',
      from: { id: 'someone-else', role: 'user' },
      channelData: { clientActivityID },
    });
  }
}
