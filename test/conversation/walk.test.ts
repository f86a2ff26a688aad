import { afterEach, describe, expect, it } from 'vitest';
import { buttons, startConversation, texts, type Conversation } from '../harness/conversationHarness.js';

let conversation: Conversation | undefined;
afterEach(() => conversation?.close());

/** One step of a transcript: what the person types, and the locale keys the bot's replies must include, in order. */
type Step = readonly [says: string, expectKeys: readonly string[]];

async function walk(steps: readonly Step[], options: Parameters<typeof startConversation>[0] = {}): Promise<Conversation> {
  conversation = await startConversation(options);
  const person = conversation;
  for (const [says, keys] of steps) {
    const replies = says === '<join>' ? await person.join() : await person.say(says);
    const said = texts(replies).join('\n');
    for (const key of keys) {
      const [language, localeKey] = key.split('|') as [('en' | 'cy'), string];
      expect(said, `after "${says}" the bot should say ${key}`).toContain(person.t(language, localeKey).split('{{')[0]?.slice(0, 40));
    }
  }
  return person;
}

describe('the walking conversation', () => {
  it('greets, makes the Welsh Active Offer first, and asks who the help is for', async () => {
    conversation = await startConversation();
    const replies = await conversation.join();
    const said = texts(replies);
    expect(said[0]).toBe(conversation.t('en', 'welcome', { council: 'Anytown Council', phone: '01632 960000', url: '' }));
    expect(said.at(-1)).toBe(conversation.t('en', 'questions:language.prompt'));
    expect(buttons(replies)).toEqual([conversation.t('en', 'questions:language.choices.cy'), conversation.t('en', 'questions:language.choices.en')]);
  });

  it('reaches matches with why, asks consent, and gives a summary with a reference, typing only', async () => {
    const person = await walk([
      ['<join>', ['en|questions:language.prompt']],
      ['english', ['en|questions:about.prompt']],
      ['1', ['en|questions:story.prompt']],
      ["I'm 82 and live alone in AT3. I keep falling and I'm scared to go upstairs", ['en|questions:pace.prompt']],
      ['see services now', ['en|matchesIntro', 'en|questions:shareServices.prompt']],
      ['yes all of them', ['en|questions:shareGp.prompt']],
      ['no', ['en|questions:shareSocialCare.prompt']],
      ['yes', ['en|questions:contactMethod.prompt']],
      ['ring me', ['en|questions:contactDetails.prompt']],
      ['07700 900123', ['en|questions:name.prompt']],
      ['skip', ['en|referral:title.person', 'en|referral:next.servicesWillContact', 'en|summaryNotDecision']],
    ]);
    const stored = await person.composed.services.referrals.list({ page: 1, pageSize: 10 });
    expect(stored.items).toHaveLength(1);
    const referral = await person.composed.services.referrals.get(stored.items[0]!.reference);
    expect(referral?.person.contact).toEqual({ method: 'phone', details: '07700 900123' });
    expect(referral?.consent.gp).toBe(false);
    expect(referral?.consent.adultSocialCare).toBe(true);
    expect(Object.values(referral?.consent.services ?? {}).every((agreed) => agreed)).toBe(true);
    expect(referral?.needsProfile.topics).toContain('falls');
  });

  it('shares nothing and stores nothing when the person says no to every recipient', async () => {
    const person = await walk([
      ['<join>', []],
      ['English', []],
      ['me', []],
      ['I get very lonely since my wife died. I live in AT2', []],
      ['see services now', ['en|matchesIntro', 'en|questions:shareServices.prompt']],
      ["no, don't share", ['en|questions:shareGp.prompt']],
      ['no', ['en|questions:shareSocialCare.prompt']],
      ['no', ['en|referral:sharedNone', 'en|referral:next.nothingShared']],
    ]);
    const stored = await person.composed.services.referrals.list({ page: 1, pageSize: 10 });
    expect(stored.items).toHaveLength(0);
  });

  it('gives a call handler the script, and the carer questions when a carer is on the phone', async () => {
    conversation = await startConversation();
    await conversation.join();
    await conversation.say('English');
    const script = texts(await conversation.say("I'm taking a call"));
    expect(script[0]).toBe(conversation.t('en', 'callScriptIntro', { council: 'Anytown Council' }));
    expect(script.at(-1)).toContain(conversation.t('en', 'questions:callerIs.prompt', { context: 'staff' }));
    const carerOnPhone = texts(await conversation.say('their carer'));
    expect(carerOnPhone.at(-1)).toBe(conversation.t('en', 'questions:caredFor.prompt', { context: 'staff' }));
  });

  it('confirms what it heard instead of asking again (ask once)', async () => {
    conversation = await startConversation();
    await conversation.join();
    await conversation.say('English');
    await conversation.say('me');
    const replies = texts(await conversation.say("I'm 82 and live alone in AT3 and I can't manage the stairs"));
    const noted = replies.find((text) => text.startsWith(conversation!.t('en', 'noted').split('{{')[0]!));
    expect(noted).toContain(conversation.t('en', 'fact.age', { value: 82 }));
    expect(noted).toContain(conversation.t('en', 'fact.postcode', { value: 'AT3' }));
    expect(noted).toContain(conversation.t('en', 'fact.livesWith'));
    const afterPace = texts(await conversation.say('a few more questions'));
    // Age was said already: the next question is about communication, not age, postcode or who they live with.
    const asked = afterPace.join('\n');
    expect(asked).not.toContain(conversation.t('en', 'questions:age.prompt'));
    expect(asked).not.toContain(conversation.t('en', 'questions:postcode.prompt'));
    expect(asked).not.toContain(conversation.t('en', 'questions:livesWith.prompt'));
    expect(asked).toContain(conversation.t('en', 'questions:communication.prompt'));
  });

  it('re-prompts a wrong answer specifically, at most twice, then moves on', async () => {
    conversation = await startConversation();
    await conversation.join();
    await conversation.say('English');
    await conversation.say('me');
    await conversation.say('Things are hard since my wife died');
    await conversation.say('more questions');
    const first = texts(await conversation.say('a hundred and fifty'));
    expect(first).toContain(conversation.t('en', 'reprompt.ageNotUnderstood'));
    const second = texts(await conversation.say('old'));
    expect(second).toContain(conversation.t('en', 'reprompt.ageNotUnderstood'));
    const third = texts(await conversation.say('very old'));
    expect(third).toContain(conversation.t('en', 'gaveUp'));
    expect(third.join('\n')).toContain(conversation.t('en', 'questions:postcode.prompt'));
  });
});

describe('several answers at once, where the channel shows cards', () => {
  /** A Web Chat conversation waiting on the first multiple-choice question (communication needs). */
  async function atFirstMultipleChoice(): Promise<Conversation> {
    conversation = await startConversation({ channelId: 'webchat' });
    for (const says of ['English', 'me', 'I struggle at home. I live in AT3', 'more questions', '80', 'alone']) await conversation.say(says);
    return conversation;
  }

  it('offers tick boxes for a multiple-choice question and reads the ticked ones', async () => {
    conversation = await atFirstMultipleChoice();
    await conversation.say('nothing needed');
    await conversation.say('none of these');
    const asked = await conversation.say('OK');
    const card = asked.at(-1)?.attachments?.[0];
    expect(card?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(card?.content)).toContain(conversation.t('en', 'questions:dailyLiving.choices.washing'));
    // Ticking "Making meals" (2) and "Washing" (3) answers both; the next question is how hard they are.
    const next = texts(await conversation.submit({ answer: '2,3', questionId: 'dailyLiving' }));
    expect(next.at(-1)).toBe(conversation.t('en', 'questions:difficulty.prompt'));
    // The old card is still on screen: ticking it again must not answer the question now asked.
    const stale = texts(await conversation.submit({ answer: '4', questionId: 'dailyLiving' }));
    expect(stale[0]).toBe(conversation.t('en', 'staleCard'));
    expect(stale.at(-1)).toBe(conversation.t('en', 'questions:difficulty.prompt'));
  });

  it('asks again when the card is sent with nothing ticked', async () => {
    conversation = await atFirstMultipleChoice();
    const empty = texts(await conversation.submit({ answer: '', questionId: 'communication' }));
    expect(empty[0]).toBe(conversation.t('en', 'reprompt.empty'));
  });
});
