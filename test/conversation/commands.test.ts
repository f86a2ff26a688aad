import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LowdbStorage } from '../../bot/storage/lowdbStorage.js';
import { startConversation, texts, type Conversation } from '../harness/conversationHarness.js';
import { filesHolding, filesUnder } from '../harness/files.js';

let conversation: Conversation | undefined;
afterEach(() => conversation?.close());

/** A conversation waiting on the age question, with a story told. */
async function atAge(options: Parameters<typeof startConversation>[0] = {}): Promise<Conversation> {
  conversation = await startConversation(options);
  await conversation.join();
  await conversation.say('English');
  await conversation.say('Someone I care for');
  await conversation.say('mum');
  await conversation.say('Mum forgets to eat and gets lost');
  await conversation.say('A few more questions');
  return conversation;
}

describe('commands that work at any point', () => {
  it('help explains the commands and the current question, then asks it again', async () => {
    const person = await atAge();
    const replies = texts(await person.say('help'));
    expect(replies[0]).toBe(person.t('en', 'help'));
    expect(replies).toContain(person.t('en', 'questions:age.help'));
    expect(replies.at(-1)).toBe(person.t('en', 'questions:age.prompt', { context: 'carer', person: person.t('en', 'questions:caredFor.person.mum') }));
  });

  it('back changes the last answer: the question before is asked again', async () => {
    const person = await atAge();
    const replies = texts(await person.say('back'));
    expect(replies[0]).toBe(person.t('en', 'goingBack'));
    expect(replies.at(-1)).toBe(person.t('en', 'questions:pace.prompt'));
  });

  it('skip moves past a question that can be skipped, and never past who the help is for', async () => {
    const person = await atAge();
    const skipped = texts(await person.say('skip'));
    expect(skipped[0]).toBe(person.t('en', 'skipped'));
    expect(skipped.at(-1)).toContain(person.t('en', 'questions:postcode.prompt', { context: 'carer', person: person.t('en', 'questions:caredFor.person.mum') }));
    const fresh = await startConversation();
    await fresh.join();
    await fresh.say('English');
    const refused = texts(await fresh.say('skip'));
    expect(refused[0]).toBe(fresh.t('en', 'cannotSkip'));
    expect(refused.at(-1)).toBe(fresh.t('en', 'questions:about.prompt'));
    fresh.close();
  });

  it('start again clears the answers and begins with who the help is for', async () => {
    const person = await atAge();
    const replies = texts(await person.say('start again'));
    expect(replies[0]).toBe(person.t('en', 'startingAgain'));
    expect(replies.at(-1)).toBe(person.t('en', 'questions:about.prompt'));
  });

  it('talk to a person gives the council contact and keeps the place', async () => {
    const person = await atAge();
    const replies = texts(await person.say('talk to a person'));
    expect(replies[0]).toBe(
      person.t('en', 'talkToPerson', { council: 'Anytown Council', phone: '01632 960000', url: 'https://www.anytown.example/contact-adult-social-care' }),
    );
    expect(replies.at(-1)).toContain(person.t('en', 'questions:age.prompt', { context: 'carer', person: person.t('en', 'questions:caredFor.person.mum') }));
  });

  it('changing language keeps every answer and asks the same question in Welsh', async () => {
    const person = await atAge();
    const replies = texts(await person.say('Cymraeg'));
    expect(replies[0]).toBe(person.t('cy', 'languageChanged'));
    expect(replies.at(-1)).toBe(person.t('cy', 'questions:age.prompt', { context: 'carer', person: person.t('cy', 'questions:caredFor.person.mum') }));
    const back = texts(await person.say('English'));
    expect(back.at(-1)).toBe(person.t('en', 'questions:age.prompt', { context: 'carer', person: person.t('en', 'questions:caredFor.person.mum') }));
  });

  it('commands are whole messages: "I need help with washing" is an answer, not the help command', async () => {
    conversation = await startConversation();
    await conversation.join();
    await conversation.say('English');
    await conversation.say('me');
    const replies = texts(await conversation.say('I need help with washing'));
    expect(replies).not.toContain(conversation.t('en', 'help'));
    expect(replies.at(-1)).toBe(conversation.t('en', 'questions:pace.prompt'));
  });

  it('delete my answers erases them from disk: no file under the data folder still holds them', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'care-navigator-erase-'));
    const storage = new LowdbStorage({ directory: path.join(dataDir, 'state') });
    const person = await atAge({ storage, env: { DATA_DIR: dataDir } });
    await person.say('84');
    await person.say('AT3');
    await person.say('1');
    await person.say('1');
    await person.say('1');
    expect(filesUnder(dataDir).length).toBeGreaterThan(0);
    const replies = texts(await person.say('delete my answers'));
    expect(replies[0]).toBe(person.t('en', 'deleted', { referralNote: '' }));
    const holding = filesHolding(dataDir, 'Mum forgets');
    expect(holding).toEqual([]);
    // The next message starts afresh.
    const after = texts(await person.say('hello'));
    expect(after.at(-1)).toBe(person.t('en', 'questions:language.prompt'));
    rmSync(dataDir, { recursive: true, force: true });
  });
});
