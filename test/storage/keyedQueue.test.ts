import { describe, expect, it } from 'vitest';
import { KeyedQueue } from '../../bot/storage/keyedQueue.js';

/** A promise the test settles by hand, so ordering is proven without timers. */
function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = (): void => {};
  const promise = new Promise<void>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}

describe('KeyedQueue', () => {
  it('runs tasks for one key in order, the second only after the first finishes', async () => {
    const queue = new KeyedQueue();
    const gate = deferred();
    const events: string[] = [];
    const first = queue.run('conversation-1', async () => {
      events.push('first starts');
      await gate.promise;
      events.push('first ends');
    });
    const second = queue.run('conversation-1', async () => {
      events.push('second runs');
    });
    await Promise.resolve();
    gate.resolve();
    await Promise.all([first, second]);
    expect(events).toEqual(['first starts', 'first ends', 'second runs']);
  });

  it('lets another key run while one key is busy', async () => {
    const queue = new KeyedQueue();
    const gate = deferred();
    const blocked = queue.run('conversation-1', () => gate.promise);
    await expect(queue.run('conversation-2', async () => 'done')).resolves.toBe('done');
    gate.resolve();
    await blocked;
  });

  it('keeps going after a task fails, and passes the failure only to its caller', async () => {
    const queue = new KeyedQueue();
    const failing = queue.run('conversation-1', async () => {
      throw new Error('disk full');
    });
    const next = queue.run('conversation-1', async () => 'saved');
    await expect(failing).rejects.toThrow('disk full');
    await expect(next).resolves.toBe('saved');
  });

  it('forgets keys once their work is done', async () => {
    const queue = new KeyedQueue();
    await Promise.all([queue.run('a', async () => 1), queue.run('b', async () => 2)]);
    // Let the queue's own clean-up callbacks run.
    await new Promise((resolve) => setImmediate(resolve));
    expect(queue.busyKeys).toBe(0);
  });
});
