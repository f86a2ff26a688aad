/**
 * Runs one conversation's turns one at a time. Two messages of one conversation arriving together would otherwise
 * both read the same state and the later write would be refused by the storage's eTag check. Different
 * conversations never wait on each other. A conversation with too many turns waiting is told to slow down.
 */
export class TurnQueue {
  private readonly tails = new Map<string, { tail: Promise<void>; waiting: number }>();

  constructor(private readonly maxWaiting: number = 5) {}

  /**
   * Runs `turn` after the conversation's earlier turns. Returns false, without running it, when too many wait.
   */
  async run(key: string, turn: () => Promise<void>): Promise<boolean> {
    const entry = this.tails.get(key) ?? { tail: Promise.resolve(), waiting: 0 };
    if (entry.waiting >= this.maxWaiting) return false;
    entry.waiting += 1;
    const result = entry.tail.then(turn);
    // The next turn waits for this one whether it succeeds or fails; the failure still reaches this caller.
    entry.tail = result.catch(() => undefined).finally(() => {
      entry.waiting -= 1;
      if (entry.waiting === 0 && this.tails.get(key) === entry) this.tails.delete(key);
    });
    this.tails.set(key, entry);
    await result;
    return true;
  }

  /** Conversations with turns in flight (for tests and health). */
  get size(): number {
    return this.tails.size;
  }
}
