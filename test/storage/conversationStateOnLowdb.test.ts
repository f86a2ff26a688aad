import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ConversationState, TestAdapter, type TurnContext } from 'botbuilder';
import { afterEach, beforeEach, describe, it } from 'vitest';
import { LowdbStorage, type StorageLogger } from '../../bot/storage/lowdbStorage.js';

const silent: StorageLogger = { log: () => {} };

/** A bot that counts its turns in conversation state and answers with the count. */
function countingBot(storage: LowdbStorage): TestAdapter {
  const state = new ConversationState(storage);
  const turns = state.createProperty<number>('turns');
  return new TestAdapter(async (context: TurnContext) => {
    const count = (await turns.get(context, 0)) + 1;
    await turns.set(context, count);
    await state.saveChanges(context);
    await context.sendActivity(String(count));
  });
}

let directory: string;

beforeEach(async () => {
  directory = await mkdtemp(path.join(os.tmpdir(), 'care-navigator-state-'));
});

afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('botbuilder ConversationState on LowdbStorage', () => {
  it('keeps a conversation’s state between turns and across a restart of the bot', async () => {
    await countingBot(new LowdbStorage({ directory, logger: silent }))
      .send('hello')
      .assertReply('1')
      .send('still here')
      .assertReply('2');
    // A new process: new storage, state and adapter on the same folder, same conversation.
    await countingBot(new LowdbStorage({ directory, logger: silent })).send('back again').assertReply('3');
  });
});
