import { describe, expect, it } from 'vitest';
import { CRISIS_CORPUS } from './crisisCorpus.js';
import { startConversation, texts, type Conversation } from '../harness/conversationHarness.js';

/**
 * The labelled corpus through the real dialog stack, at different points of a conversation: before anything is
 * answered, while a free-text question waits, and while a multiple-choice question waits (where the message would
 * otherwise be read as an answer). Every positive must get its route; nothing answered may be lost.
 */
type Point = 'start' | 'story' | 'multiChoice';

async function conversationAt(point: Point, language: 'en' | 'cy', sharedBot = true): Promise<Conversation> {
  // Hundreds of conversations: one shared bot, so each costs its turns and not a directory load.
  const person = await startConversation({ sharedBot });
  await person.join();
  if (point === 'start') return person;
  await person.say(language === 'cy' ? 'Cymraeg' : 'English');
  await person.say('1');
  if (point === 'story') return person;
  await person.say('Things have got hard at home');
  await person.say('2');
  await person.say('82');
  await person.say('AT3');
  await person.say('1');
  return person; // now waiting on the multiple-choice communication question
}

/** Hundreds of conversations on a shared 2-core machine: room to finish, not a speed check. */
const CORPUS_TIMEOUT_MS = 180_000;

const positives = CRISIS_CORPUS.filter((entry) => entry.expected !== null);
const points: Point[] = ['start', 'story', 'multiChoice'];

describe('the safety net inside the conversation', () => {
  it.each(points)('gives every corpus positive its route, at once, when the conversation is at %s', async (point) => {
    const missed: string[] = [];
    for (const entry of positives) {
      const person = await conversationAt(point, entry.language);
      const said = texts(await person.say(entry.text)).join('\n');
      const expected = entry.expected!;
      const key = expected.certainty === 'clear' ? `safety:${expected.kind}.intro` : 'safety:isItHappeningNow';
      const wanted = person.t(entry.language, key, { emergency: '999', nhs111: '111', option: '2' }).slice(0, 30);
      if (!said.includes(wanted)) missed.push(`${entry.text} (${key})`);
      person.close();
    }
    expect(missed).toEqual([]);
  }, CORPUS_TIMEOUT_MS);

  it('keeps every answer and asks the waiting question again after a crisis message', async () => {
    const person = await conversationAt('multiChoice', 'en');
    const replies = texts(await person.say("my wife wont wake up"));
    expect(replies.join('\n')).toContain(person.t('en', 'safety:medical.intro', { emergency: '999' }).slice(0, 30));
    expect(replies).toContain(person.t('en', 'safety:carryOn'));
    expect(replies.at(-1)).toContain(person.t('en', 'questions:communication.prompt'));
    // Carry on: the earlier answers are still there, so the next question follows on.
    const next = texts(await person.say('nothing needed'));
    expect(next.join('\n')).toContain(person.t('en', 'questions:health.prompt'));
    person.close();
  });

  it('asks "is this happening now?" once when unclear, and shows the routes on yes', async () => {
    const unclear = CRISIS_CORPUS.find((entry) => entry.expected?.certainty === 'unclear' && entry.language === 'en');
    expect(unclear).toBeDefined();
    const person = await conversationAt('story', 'en');
    const asked = texts(await person.say(unclear!.text));
    expect(asked).toContain(person.t('en', 'safety:isItHappeningNow'));
    const answered = texts(await person.say(person.t('en', 'safety:happeningNowChoices.yes')));
    expect(answered.join('\n')).toContain(person.t('en', `safety:${unclear!.expected!.kind}.intro`, { emergency: '999' }).slice(0, 30));
    // What they said was their story: it is kept, and the conversation moves on rather than asking for it again.
    expect(answered.at(-1)).toContain(person.t('en', 'questions:pace.prompt').slice(0, 30));
    person.close();
  });

  it('shows the routes when the answer to "is this happening now?" is anything but a clear no', async () => {
    const unclear = CRISIS_CORPUS.find((entry) => entry.expected?.certainty === 'unclear' && entry.language === 'en');
    const person = await conversationAt('story', 'en');
    await person.say(unclear!.text);
    const answered = texts(await person.say("I don't really know"));
    expect(answered.join('\n')).toContain(person.t('en', `safety:${unclear!.expected!.kind}.intro`, { emergency: '999' }).slice(0, 30));
    person.close();
  });

  it('reads a crisis typed into a card submit, which has values but no text', async () => {
    const person = await conversationAt('story', 'en');
    const said = texts(await person.submit({ comment: 'I took an overdose an hour ago' })).join('\n');
    expect(said).toContain(person.t('en', 'safety:suicide.intro', { emergency: '999' }).slice(0, 30));
    person.close();
  });

  it('raises no alarm for look-alikes while a question waits', async () => {
    const falseAlarms: string[] = [];
    for (const entry of CRISIS_CORPUS.filter((candidate) => candidate.expected === null)) {
      const person = await conversationAt('story', entry.language);
      const said = texts(await person.say(entry.text)).join('\n');
      const alarm = ['safety:medical.intro', 'safety:suicide.intro', 'safety:abuse.intro', 'safety:isItHappeningNow'].find((key) =>
        said.includes(person.t(entry.language, key, { emergency: '999', nhs111: '111', option: '2' }).slice(0, 30)),
      );
      if (alarm) falseAlarms.push(`${entry.text} (${alarm})`);
      person.close();
    }
    expect(falseAlarms).toEqual([]);
  }, CORPUS_TIMEOUT_MS);

  it('says thank you and carries on when it is not happening now', async () => {
    const unclear = CRISIS_CORPUS.find((entry) => entry.expected?.certainty === 'unclear' && entry.language === 'en');
    const person = await conversationAt('story', 'en');
    await person.say(unclear!.text);
    const answered = texts(await person.say('no'));
    expect(answered).toContain(person.t('en', 'safety:notNowThanks'));
    expect(answered.at(-1)).toContain(person.t('en', 'questions:pace.prompt').slice(0, 30));
    person.close();
  });

  it('records the risk in the referral and marks it urgent', async () => {
    const person = await conversationAt('story', 'en', false);
    const marker = 'he hits me and takes my pension';
    await person.say(marker);
    await person.say('see services now');
    await person.say('AT3');
    await person.say('yes all of them');
    await person.say('no');
    await person.say('yes');
    await person.say('phone');
    await person.say('07700 900456');
    await person.say('skip');
    const page = await person.composed.services.referrals.list({ page: 1, pageSize: 5 });
    const referral = await person.composed.services.referrals.get(page.items[0]!.reference);
    expect(referral?.needsProfile.urgent).toBe(true);
    expect(referral?.needsProfile.risks.map((risk) => risk.kind)).toContain('abuse');
    // The words that raised the alarm are the person's story, kept verbatim: they need not tell it twice.
    expect(referral?.ownWords).toBe(marker);
    person.close();
  });

  it('fails safe: if the check throws, the crisis routes are shown', async () => {
    const person = await startConversation();
    await person.join();
    const services = person.composed.services.conversation as { checkForCrisis: (text: string) => unknown };
    services.checkForCrisis = () => {
      throw new Error('detector broke');
    };
    const said = texts(await person.say('hello')).join('\n');
    expect(said).toContain(person.t('en', 'safety:medical.intro', { emergency: '999' }).slice(0, 30));
    person.close();
  });
});
