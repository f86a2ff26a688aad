/**
 * Runs async tasks one after another per key, while tasks for different keys run independently. The storage uses it
 * so that an eTag check and the write that follows it cannot interleave with another write of the same key.
 */
export class KeyedQueue {
  /** The last queued task per key, settled either way; the entry goes once the key's queue drains. */
  readonly #tails = new Map<string, Promise<void>>();

  /** Runs `task` after every task already queued for `key`, and settles as `task` does. */
  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(key) ?? Promise.resolve();
    const result = previous.then(task);
    const tail = result.then(ignore, ignore);
    this.#tails.set(key, tail);
    // Forget drained keys, so a long-running bot does not keep one entry per conversation it ever saw.
    void tail.then(() => {
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    });
    return result;
  }

  /** How many keys have work queued or running (for diagnostics). */
  get busyKeys(): number {
    return this.#tails.size;
  }
}

function ignore(): void {}
