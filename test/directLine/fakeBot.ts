import http from 'node:http';
import { z } from 'zod';
import { portOf } from './routeServer.js';

/** What the fake bot reads from each forwarded activity. */
export const ForwardedActivity = z.looseObject({
  type: z.string(),
  id: z.string(),
  name: z.string().optional(),
  text: z.string().optional(),
  locale: z.string().optional(),
  channelId: z.string(),
  serviceUrl: z.string(),
  from: z.looseObject({ id: z.string(), role: z.string().optional() }),
  recipient: z.looseObject({ id: z.string() }),
  conversation: z.looseObject({ id: z.string() }),
  membersAdded: z.array(z.looseObject({ id: z.string() })).optional(),
  channelData: z.record(z.string(), z.unknown()).optional(),
});
export type ForwardedActivity = z.infer<typeof ForwardedActivity>;

/** A running fake bot: what it received, and a switch to make it fail. */
export interface FakeBot {
  readonly messagesUrl: string;
  readonly received: ForwardedActivity[];
  /** When true, `/api/messages` answers 500 (a bot that is down). */
  failing: boolean;
  /** When true, the bot takes activities but never finishes its turn (a bot stuck on a slow lookup). */
  stuck: boolean;
  close(): Promise<void>;
}

/** The reply text the fake bot sends for an activity: derived from the activity so tests can predict it. */
export function replyTextFor(activity: ForwardedActivity): string {
  if (activity.type === 'conversationUpdate') return 'greeting';
  if (activity.type === 'event') return `event:${activity.name ?? ''}`;
  return `reply:${activity.text ?? ''}`;
}

/**
 * A tiny bot on node:http: for each forwarded activity it POSTs one reply to the activity's serviceUrl through the
 * Bot Connector API, then acknowledges, as a CloudAdapter bot does within its turn.
 */
export async function startFakeBot(): Promise<FakeBot> {
  const received: ForwardedActivity[] = [];
  const state = { failing: false, stuck: false };
  const server = http.createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      void (async () => {
        if (state.failing) {
          outgoing.writeHead(500).end();
          return;
        }
        if (state.stuck) return; // never answers; the test server's close ends the socket
        const activity = ForwardedActivity.parse(JSON.parse(Buffer.concat(chunks).toString('utf8')));
        received.push(activity);
        const conversationId = encodeURIComponent(activity.conversation.id);
        const activityId = encodeURIComponent(activity.id);
        // A test may end while a reply is on its way; the endpoint being gone then is not a failure.
        await fetch(`${activity.serviceUrl}/v3/conversations/${conversationId}/activities/${activityId}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            type: 'message',
            text: replyTextFor(activity),
            from: activity.recipient,
            recipient: activity.from,
            conversation: activity.conversation,
            serviceUrl: activity.serviceUrl,
            ...(activity.locale === undefined ? {} : { locale: activity.locale }),
          }),
        }).catch(() => undefined);
        outgoing.writeHead(200).end();
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    messagesUrl: `http://127.0.0.1:${portOf(server.address())}/api/messages`,
    received,
    get failing() {
      return state.failing;
    },
    set failing(value: boolean) {
      state.failing = value;
    },
    get stuck() {
      return state.stuck;
    },
    set stuck(value: boolean) {
      state.stuck = value;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive sockets from fetch would otherwise hold the close open for seconds.
        server.closeAllConnections();
      }),
  };
}
