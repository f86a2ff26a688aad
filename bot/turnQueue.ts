import { KeyedQueue } from './storage/keyedQueue.js';

/**
 * Runs one conversation's turns one at a time. Two messages of one conversation arriving together would otherwise
 * both read the same state, and the later save would overwrite the earlier (botbuilder saves state with eTag `*`).
 * Different conversations never wait on each other. A conversation with too many turns waiting is told to slow down,
 * so one client cannot queue unbounded work.
 */
export class TurnQueue {
  private readonly queue = new KeyedQueue();
  private readonly waiting = new Map<string, number>();

  constructor(private readonly maxWaiting: number = 5) {}

  /** Runs `turn` after the conversation's earlier turns. Returns false, without running it, when too many wait. */
  async run(key: string, turn: () => Promise<void>): Promise<boolean> {
    const count = this.waiting.get(key) ?? 0;
    if (count >= this.maxWaiting) return false;
    this.waiting.set(key, count + 1);
    try {
      await this.queue.run(key, turn);
      return true;
    } finally {
      const left = (this.waiting.get(key) ?? 1) - 1;
      if (left === 0) this.waiting.delete(key);
      else this.waiting.set(key, left);
    }
  }
}
