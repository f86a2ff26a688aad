import type { StoredActivity } from './schemas.js';

/** One conversation as the endpoint keeps it in memory. */
export interface Conversation {
  readonly id: string;
  readonly userId: string;
  /** The last locale the client used, so events the endpoint sends on the user's behalf carry it too. */
  locale: string | undefined;
  /** The most recent activities, oldest first, each with its sequence number (the watermark is the last one seen). */
  readonly activities: Array<{ readonly seq: number; readonly activity: StoredActivity }>;
  /** Sequence number of the last activity appended (0 when none). */
  lastSeq: number;
  lastActiveAt: number;
}

/** Limits that keep memory bounded however many people chat or however long they talk. */
export interface ConversationLimits {
  /** Activities kept per conversation; older ones are dropped (a reloaded page then shows the latest ones). */
  readonly maxActivities: number;
  /** Conversations kept at once; the least recently active is forgotten first. */
  readonly maxConversations: number;
  /** A conversation idle this long is forgotten. */
  readonly idleMs: number;
}

/** Default limits: 200 activities, 5,000 conversations, 6 hours idle. */
export const DEFAULT_CONVERSATION_LIMITS: ConversationLimits = {
  maxActivities: 200,
  maxConversations: 5_000,
  idleMs: 6 * 60 * 60 * 1000,
};

/** A page of activities after a watermark, as `GET …/activities` answers. */
export interface ActivitySet {
  readonly activities: StoredActivity[];
  /** Never empty: DirectLineJS keeps its old watermark when it gets an empty one and would re-fetch forever. */
  readonly watermark: string;
}

/**
 * The in-memory list of conversations. A Map keeps insertion order, and every touch re-inserts, so the first key is
 * always the least recently active: eviction and the idle sweep are cheap.
 */
export class ConversationStore {
  private readonly conversations = new Map<string, Conversation>();
  private lastSweepAt = 0;

  constructor(
    private readonly limits: ConversationLimits,
    private readonly now: () => number,
  ) {}

  /** Number of conversations held (for tests and health figures). */
  get size(): number {
    return this.conversations.size;
  }

  /** The conversation, marked as active, or undefined when unknown or forgotten. */
  get(id: string): Conversation | undefined {
    this.sweep();
    const conversation = this.conversations.get(id);
    if (conversation === undefined) return undefined;
    this.touch(conversation);
    return conversation;
  }

  /** Creates an empty conversation (also used to recreate one the server forgot across a restart). */
  create(id: string, userId: string, locale: string | undefined): Conversation {
    this.sweep();
    const conversation: Conversation = { id, userId, locale, activities: [], lastSeq: 0, lastActiveAt: this.now() };
    this.conversations.set(id, conversation);
    while (this.conversations.size > this.limits.maxConversations) {
      const oldest = this.conversations.keys().next();
      if (oldest.done === true) break;
      this.conversations.delete(oldest.value);
    }
    return conversation;
  }

  /** Appends an activity, giving it the next id; drops the oldest beyond the cap. Returns the stored activity. */
  append(conversation: Conversation, build: (id: string) => StoredActivity): StoredActivity {
    const seq = conversation.lastSeq + 1;
    const activity = build(`${conversation.id}|${String(seq).padStart(7, '0')}`);
    conversation.lastSeq = seq;
    conversation.activities.push({ seq, activity });
    if (conversation.activities.length > this.limits.maxActivities) {
      conversation.activities.splice(0, conversation.activities.length - this.limits.maxActivities);
    }
    this.touch(conversation);
    return activity;
  }

  /** Removes one activity (a user message the bot never received, so Web Chat can offer to resend it). */
  remove(conversation: Conversation, activityId: string): void {
    const index = conversation.activities.findIndex((entry) => entry.activity.id === activityId);
    if (index >= 0) conversation.activities.splice(index, 1);
  }

  /**
   * Activities after `watermark`. A watermark beyond the end belongs to an earlier life of this conversation (the
   * server restarted and recreated it), so the client gets everything there is now instead of waiting forever.
   */
  after(conversation: Conversation, watermark: number): ActivitySet {
    const from = watermark > conversation.lastSeq ? 0 : watermark;
    return {
      activities: conversation.activities.filter((entry) => entry.seq > from).map((entry) => entry.activity),
      watermark: String(conversation.lastSeq),
    };
  }

  private touch(conversation: Conversation): void {
    conversation.lastActiveAt = this.now();
    this.conversations.delete(conversation.id);
    this.conversations.set(conversation.id, conversation);
  }

  /** Forgets idle conversations, at most once a minute so a busy endpoint does not walk the map on every poll. */
  private sweep(): void {
    const now = this.now();
    if (now - this.lastSweepAt < 60_000) return;
    this.lastSweepAt = now;
    for (const [id, conversation] of this.conversations) {
      // Oldest first: stop at the first conversation still in use.
      if (now - conversation.lastActiveAt < this.limits.idleMs) break;
      this.conversations.delete(id);
    }
  }
}
