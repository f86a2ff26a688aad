import { describe, expect, it } from 'vitest';
import { TurnQueue } from '../../bot/turnQueue.js';

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = (): void => undefined;
  const promise = new Promise<void>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}

describe('turns of one conversation', () => {
  it('run one after another, in the order they came', async () => {
    const queue = new TurnQueue();
    const order: string[] = [];
    const gate = deferred();
    const first = queue.run('c', async () => {
      await gate.promise;
      order.push('first');
    });
    const second = queue.run('c', async () => {
      order.push('second');
    });
    gate.resolve();
    await Promise.all([first, second]);
    expect(order).toEqual(['first', 'second']);
  });

  it('refuse to queue more than the limit, and accept again once the queue drains', async () => {
    const queue = new TurnQueue(2);
    const gate = deferred();
    const running = [queue.run('c', () => gate.promise), queue.run('c', () => gate.promise)];
    expect(await queue.run('c', async () => undefined)).toBe(false);
    gate.resolve();
    await Promise.all(running);
    expect(await queue.run('c', async () => undefined)).toBe(true);
  });

  it('never hold one conversation up behind another', async () => {
    const queue = new TurnQueue();
    const gate = deferred();
    const slow = queue.run('a', () => gate.promise);
    let otherRan = false;
    await queue.run('b', async () => {
      otherRan = true;
    });
    expect(otherRan).toBe(true);
    gate.resolve();
    await slow;
  });
});
