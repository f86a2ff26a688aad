import { z } from 'zod';

/** A reply as a channel receives it in an expectReplies response. */
export const Reply = z.looseObject({ type: z.string(), text: z.string().optional() });
export type Reply = z.infer<typeof Reply>;

const ExpectedReplies = z.object({ activities: z.array(Reply).default([]) });

/**
 * Posts one activity to the bot's real `/api/messages` as a channel would, with `deliveryMode: "expectReplies"`,
 * and returns the status and the replies from the response body.
 */
export async function postActivity(
  baseUrl: string,
  conversationId: string,
  activity: Record<string, unknown>,
): Promise<{ status: number; replies: Reply[] }> {
  const response = await fetch(`${baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      channelId: 'test-http',
      serviceUrl: 'http://127.0.0.1:1',
      conversation: { id: conversationId },
      from: { id: `user-${conversationId}` },
      recipient: { id: 'bot' },
      deliveryMode: 'expectReplies',
      ...activity,
    }),
  });
  const parsed = ExpectedReplies.safeParse(await response.json().catch(() => ({})));
  return { status: response.status, replies: parsed.success ? parsed.data.activities : [] };
}

/** The texts of the replies to one typed message. */
export async function sayOverHttp(baseUrl: string, conversationId: string, text: string): Promise<string[]> {
  const { replies } = await postActivity(baseUrl, conversationId, { text });
  return replies.map((reply) => reply.text ?? '');
}
