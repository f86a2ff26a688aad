import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MemoryStorage } from 'botbuilder';
import { LowdbStorage } from '../../bot/storage/lowdbStorage.js';
import { startConversation, texts } from '../harness/conversationHarness.js';
import { filesHolding } from '../harness/files.js';

describe('a conversation survives what goes wrong', () => {
  it('continues where it was after a restart: a new bot on the same storage', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'care-navigator-restart-'));
    const storage = () => new LowdbStorage({ directory: path.join(dataDir, 'state') });
    const before = await startConversation({ storage: storage(), conversationId: 'kept', env: { DATA_DIR: dataDir } });
    await before.join();
    await before.say('English');
    await before.say('me');
    await before.say('My husband has dementia and I am exhausted');
    const after = await startConversation({ storage: storage(), conversationId: 'kept', env: { DATA_DIR: dataDir } });
    const resumed = texts(await after.event('careNavigator/resume'));
    expect(resumed[0]).toBe(after.t('en', 'resumed'));
    expect(resumed.at(-1)).toBe(after.t('en', 'questions:pace.prompt'));
    const next = texts(await after.say('more questions'));
    expect(next.at(-1)).toBe(after.t('en', 'questions:age.prompt'));
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('tells the person kindly when a turn fails, and keeps their answers so sending again works', async () => {
    const person = await startConversation();
    await person.join();
    await person.say('English');
    await person.say('me');
    await person.say('I keep falling. I live in AT4');
    const services = person.composed.services.conversation as { findServices: (...args: never[]) => unknown };
    const working = services.findServices;
    services.findServices = () => {
      throw new Error('directory index broke');
    };
    const failed = texts(await person.say('see services now'));
    expect(failed).toEqual([person.t('en', 'turnError')]);
    services.findServices = working;
    const retried = texts(await person.say('see services now'));
    expect(retried.join('\n')).toContain(person.t('en', 'matchesIntro'));
    person.close();
  });

  it('follows the channel locale: a Welsh channel gets Welsh, with no need to offer it', async () => {
    const person = await startConversation({ locale: 'cy-GB' });
    const replies = texts(await person.join());
    expect(replies[0]).toBe(person.t('cy', 'welcome', { council: 'Anytown Council' }));
    expect(replies.at(-1)).toBe(person.t('cy', 'questions:about.prompt'));
    person.close();
  });

  it('keeps only what resuming needs once the referral is made', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'care-navigator-minimal-'));
    const person = await startConversation({ storage: new LowdbStorage({ directory: path.join(dataDir, 'state') }), env: { DATA_DIR: dataDir } });
    await person.join();
    await person.say('English');
    await person.say('me');
    await person.say('Marigold-Teasdale needs help with shopping. I live in AT2');
    await person.say('see services now');
    await person.say('no');
    await person.say('no');
    await person.say('no');
    expect(filesHolding(dataDir, 'Marigold-Teasdale')).toEqual([]);
    const after = texts(await person.say('hello'));
    expect(after).toContain(person.t('en', 'finished'));
    rmSync(dataDir, { recursive: true, force: true });
  });
});

describe('a conversation stored by an older version of the dialogs', () => {
  it('is picked up on purpose: the person is told, nothing is lost, and the current question is asked again', async () => {
    const memory: Record<string, string> = {};
    const storage = new MemoryStorage(memory);
    const person = await startConversation({ storage, conversationId: 'old-shape' });
    await person.join();
    await person.say('English');
    await person.say('me');
    // Make the stored stack look as if older dialogs (another shape) wrote it.
    const key = Object.keys(memory).find((candidate) => candidate.includes('old-shape'))!;
    const stored = (await storage.read([key]))[key] as { dialogState: { dialogStack: Array<{ version?: string }> } };
    stored.dialogState.dialogStack[0]!.version = 'an-older-shape';
    await storage.write({ [key]: { ...stored, eTag: '*' } });
    const replies = texts(await person.say('It is hard to cope at home'));
    expect(replies[0]).toBe(person.t('en', 'updated'));
    expect(replies.at(-1)).toBe(person.t('en', 'questions:story.prompt'));
    const next = texts(await person.say('It is hard to cope at home'));
    expect(next.at(-1)).toBe(person.t('en', 'questions:pace.prompt'));
    person.close();
  });
});
