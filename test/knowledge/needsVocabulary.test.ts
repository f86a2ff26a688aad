import { describe, expect, it } from 'vitest';
import { ownStatedAge, statedAge } from '../../knowledge/ageGroups.js';
import { NEEDS_VOCABULARY, TOPIC_IDS, correctedTokens, detectTopics, topicsForLabel } from '../../knowledge/needsVocabulary.js';
import { TOPIC_TERMS } from '../../knowledge/vocabularyTerms.js';

describe('detectTopics', () => {
  it.each([
    ['my dad keeps falling', ['falls']],
    ['I am grieving', ['bereavement']],
    ['he drinks too much', ['substanceUse']],
    ['we are drowning in debt', ['moneyAdvice']],
    ['she can’t hear the telly any more, she’s going deaf', ['sensoryLoss']],
  ])('finds the topic in the person’s own words: %s', (text, topics) => {
    expect(detectTopics(text)).toEqual(topics);
  });

  it.each([
    ['my mum has demenshia', 'dementia'],
    ['so lonley these days', 'loneliness'],
    ['help with benifits', 'moneyAdvice'],
    ['after my bereavment', 'bereavement'],
    ['he keeps faling', 'falls'],
  ])('tolerates typing slips: %s', (text, topic) => {
    expect(detectTopics(text)).toContain(topic);
  });

  it.each([
    ['Rwy’n gofalu am fy mam sydd â dementia', ['carerSupport', 'dementia']],
    ['Mae fy nhad wedi cwympo eto', ['falls']],
    ['Rwy’n unig iawn ers i fy ngwraig farw', ['loneliness', 'bereavement']],
    ['Mae gen i ddyledion mawr', ['moneyAdvice']],
    ['Mae angen offer yn y tŷ', ['equipment']],
  ])('understands Welsh, mutations included: %s', (text, topics) => {
    expect(detectTopics(text)).toEqual(topics);
  });

  it.each([
    ['broke my ankle last week', 'moneyAdvice'],
    ['my partner works away a lot', 'employment'],
    ['the GP thinks it could be dementia', 'physicalHealth'],
    ['I live on my own and worry about meals', 'loneliness'],
    ['got a letter from the gas company about my bill', 'loneliness'],
    ['lost my job and I can’t see a way forward', 'sensoryLoss'],
    ['I can’t see the point in anything any more', 'sensoryLoss'],
    ['not seeing the grandchildren is breaking my heart', 'physicalHealth'],
    ['she keeps forgetting to take her tablets', 'digitalInclusion'],
    ['please email me the details', 'digitalInclusion'],
    ['the boiler needs a repair and the landlord won’t do it', 'repairAndReuse'],
    ['lost most of the grip in my right hand after an accident', 'advocacy'],
    ['none of the gadgets in the shops work for me', 'employment'],
    ['I’m worried she can’t be on her own but she won’t hear of a home', 'sensoryLoss'],
    ['we haven’t heard from the council in weeks', 'sensoryLoss'],
    ['Rwy wedi byw gydag ME ers blynyddoedd a does neb yn deall', 'sensoryLoss'],
    ['88yo M, struggling to wash and dress, wants a carer to pop in', 'carerSupport'],
    ['had a scam phone call and lost £500', 'loneliness'],
    ['please send me the form in the post', 'learningDisability'],
    ['just been diagnosed and I’m worried sick about money', 'physicalHealth'],
    ['keep getting phone calls from people saying theyre from the bank', 'loneliness'],
    ['I keep hearing people talking about me when there’s nobody there', 'sensoryLoss'],
    ['I’ve always felt different, I can’t read people', 'sensoryLoss'],
    ['Rydw i wedi colli fy swydd ac mae angen help arnaf', 'bereavement'],
    ['did my back in lifting feed sacks on the farm', 'transport'],
    ['did my back in lifting feed sacks on the farm', 'employment'],
    ['going in for a knee op and there’s nobody to look after my dog', 'carerSupport'],
    ['i get really panicky around people, heart pounding just going in a shop', 'physicalHealth'],
  ])('does not read circumstances as needs: %s', (text, topic) => {
    expect(detectTopics(text)).not.toContain(topic);
  });

  it.each([
    ['ive been thinking about ending it', 'mentalHealth'],
    ['he hurt himself again', 'mentalHealth'],
    ['sleeping in a doorway on the high street', 'housing'],
    ['the flat is piled to the ceiling with junk', 'hoarding'],
    ['my 2 year old isnt talking much yet', 'parenting'],
    ['got no food in the house till payday', 'meals'],
    ['coming out after my hip op on friday', 'hospitalDischarge'],
    ['I dont speak to anyone from one week to the next', 'loneliness'],
    ['Does ganddo unman i gysgu heno', 'housing'],
    ['Dw i eisiau siarad efo rhywun', 'mentalHealth'],
    ['he has been on the bottle again since Christmas', 'substanceUse'],
    ['the bailiffs came round yesterday', 'moneyAdvice'],
    ['mum took a tumble in the kitchen', 'falls'],
    ['my head is all over the place and I feel like I am falling apart', 'mentalHealth'],
    ['landlord wants me out by Friday and I have nowhere to go', 'housing'],
    ['she is losing her marbles and keeps asking the same question', 'dementia'],
    ['I can’t get in and out of the bath any more', 'equipment'],
    ['I am absolutely knackered, I never get a minute', 'carerSupport'],
    ['Mae o ar y botel eto', 'substanceUse'],
    ['Dw i’n teimlo’n isel ac yn ddigalon', 'mentalHealth'],
    ['Mae Mam yn ffwndrus iawn', 'dementia'],
    ['Mae hi wedi disgyn eto', 'falls'],
    ['Dw i methu talu’r rhent', 'moneyAdvice'],
    ['Dw i ar fy mhen fy hun drwy’r dydd', 'loneliness'],
    ['lads keep shouting at us and put something through our letterbox', 'crimeVictims'],
    ['my employer won’t make reasonable adjustments, surely that’s discrimination', 'advocacy'],
    ['moving in next week and there’s not even a bed', 'housing'],
    ['Fedra i ddim torri ewinedd fy nhraed', 'physicalHealth'],
  ])('knows more of the everyday ways to say a need: %s', (text, topic) => {
    expect(detectTopics(text)).toContain(topic);
  });

  it.each([
    ['my son is 3 and still not speaking', 'employment'],
    ['new mum and I feel like I am failing', 'falls'],
    ['Dw i’n poeni amdano fe', 'physicalHealth'],
    ['we fell out last year and have not spoken since', 'falls'],
    ['I am falling behind with the rent', 'falls'],
    ['the car broke down on the way', 'moneyAdvice'],
    ['they run day trips to the seaside', 'falls'],
    ['my mum wants to die at home', 'mentalHealth'],
    ['who is going to walk Alfie while I’m in hospital', 'substanceUse'],
  ])('reads everyday words as themselves, not as slips for need words: %s', (text, topic) => {
    expect(detectTopics(text)).not.toContain(topic);
  });

  it('reads real English words and names as themselves, not as other words or mutated Welsh', () => {
    const tokens = correctedTokens('who will walk Alfie while I am in hospital for my knee in March');
    expect(tokens).toEqual(expect.arrayContaining(['alfie', 'while', 'march']));
  });

  it('does not "correct" short real words into need words', () => {
    expect(detectTopics('since I left the forces')).not.toContain('transport');
  });

  it('does not read English words as Welsh ones, nor a class name as a need', () => {
    expect(detectTopics('we offer tai chi classes')).toEqual([]);
    expect(detectTopics('carpet cleaning')).toEqual([]);
  });
});

describe('the vocabulary', () => {
  it('gives every topic English and Welsh words', () => {
    for (const topic of TOPIC_IDS) {
      expect(NEEDS_VOCABULARY[topic].en.length, topic).toBeGreaterThan(0);
      expect(NEEDS_VOCABULARY[topic].cy.length, topic).toBeGreaterThan(0);
    }
  });

  it('maps directory labels (ESD terms, vendor audiences with stray spaces and paths) to topics', () => {
    expect(topicsForLabel('Dementia ')).toContain('dementia');
    expect(topicsForLabel('Sensory Impaired>Visually Impaired')).toContain('sensoryLoss');
    expect(topicsForLabel('Drug and Alcohol Misuse')).toContain('substanceUse');
    expect(topicsForLabel('Bereaved')).toContain('bereavement');
    expect(topicsForLabel('Wholly unrelated label')).toEqual([]);
  });
});

describe('reading slips', () => {
  it('never corrects English text into a Welsh-only word', () => {
    expect(detectTopics('my son says he is trans')).not.toContain('domesticAbuse');
  });

  it('still reads another form of a vocabulary word that the directory knows', () => {
    expect(detectTopics('I was raped', { isKnownWord: () => true })).toContain('domesticAbuse');
  });
});

describe('needs every council directory has', () => {
  it.each([
    ['I left the army two years ago and I’m struggling', 'armedForces'],
    ['my son just came out as gay and he’s being bullied', 'lgbtq'],
    ['she won’t throw anything away and you can’t get in the house', 'hoarding'],
    ['he has lost his wages at the bookies again', 'gambling'],
    ['I was sexually assaulted last year', 'sexualViolence'],
    ['mum is dying and wants to stay at home', 'endOfLife'],
    ['my neighbour is being neglected by her son', 'neglect'],
    ['Dad’s eyes are going and he can’t read his letters', 'sensoryLoss'],
    ['the flat is full of black mould and the landlord won’t fix it', 'housing'],
    ['my ex keeps turning up at my work and won’t leave me alone', 'domesticAbuse'],
    ['we lost our baby at 20 weeks', 'bereavement'],
    ['I was made redundant in March', 'employment'],
    ['my mum’s care home isn’t looking after her properly', 'neglect'],
    ['who is going to walk my dog while I’m in hospital', 'pets'],
    ['my grandson got me an iPad but I haven’t a clue how to do video calls', 'digitalInclusion'],
    ['my toaster’s died, is there anywhere that fixes stuff for free', 'repairAndReuse'],
    ['I was conned by a cowboy builder who took the money and never came back', 'crimeVictims'],
    ['Pt d/c from Southmead yesterday, lives alone', 'hospitalDischarge'],
    ['I need someone to do the hoovering once a week', 'personalCare'],
    ['just retired and going stir crazy in the house', 'loneliness'],
    ['I always get flustered at reviews. Can someone come with me and help me say what I need?', 'advocacy'],
    ['my manager keeps making comments about my hijab, is that even allowed?', 'advocacy'],
    ['everything is online now, is there anyone who will teach me to use my tablet', 'digitalInclusion'],
    ['86yo F, lost £4k to a phone scam last week', 'crimeVictims'],
    ['88yo M, struggling to wash and dress, wants a carer to pop in', 'personalCare'],
    ['i have a learning disabilty and i want to make more freinds and maybe find a girlfriend', 'loneliness'],
    ['we’re fighting the school for support and someone mentioned an EHCP', 'learningDisability'],
    ['can some1 help me sort my tablets out i keep mixing them up', 'personalCare'],
    ['keep getting phone calls from people saying theyre from the bank', 'crimeVictims'],
    ['I keep hearing people talking about me when there’s nobody there', 'mentalHealth'],
    ['I was in care and my placement ends in a few weeks, I’ve got nowhere sorted to live', 'housing'],
    ['the house is too big and the stairs are getting hard, thinking about somewhere smaller', 'housing'],
    ['Dad is lonely but hates old people’s clubs, something hands-on would suit him', 'loneliness'],
    ['I hardly see anyone now, all my mates drifted off', 'loneliness'],
    ['Neighbour ringing re elderly man, house full to the ceiling with bags and papers', 'hoarding'],
    ['Parent calling: 14yo daughter has lost weight, hiding food, exercising constantly', 'mentalHealth'],
    ['Something happened to me when I was a child and it’s all come flooding back', 'sexualViolence'],
    ['8yo still wetting bed nightly, mum asking help', 'physicalHealth'],
    ['she has about £30k in savings, will she have to pay for all of it?', 'personalCare'],
    ['need the morning after pill asap, dont want my mum finding out', 'physicalHealth'],
    ['our son has started saying the TV is sending him messages', 'mentalHealth'],
    ['three weeks off work now and there’s no sick pay', 'moneyAdvice'],
    ['we’ve taken in our grandson because his mum can’t cope', 'parenting'],
    ['I need a lift to my hospital appointment on Tuesday', 'transport'],
    ['going in for a knee op and there’s nobody to look after my dog', 'pets'],
    ['I lost a baby at 11 weeks last month', 'bereavement'],
    ['Pt has an assessment coming up, finds it hard to understand and say what she wants', 'advocacy'],
    ['some weeks the only person I speak to is the lad in the corner shop', 'loneliness'],
    ['refusing to go in for her knee unless someone can have the dog', 'pets'],
    ['the perimenopause is wrecking my sleep and my work', 'physicalHealth'],
  ])('finds the topic in English: %s', (text, topic) => {
    expect(detectTopics(text)).toContain(topic);
  });

  it.each([
    ['Dw i’n gyn-filwr', 'armedForces'],
    ['Mae fy mab yn hoyw', 'lgbtq'],
    ['Mae hi’n celcio popeth', 'hoarding'],
    ['Mae e’n gamblo bob dydd', 'gambling'],
    ['Dioddefodd drais rhywiol', 'sexualViolence'],
    ['Mae angen gofal diwedd oes ar Dad', 'endOfLife'],
    ['Mae fy nghymydog yn cael ei esgeuluso', 'neglect'],
    ['Pwy fydd yn mynd â’r ci am dro pan fydda i yn yr ysbyty?', 'pets'],
    ['Hoffwn i ddysgu gwneud galwadau fideo ar y cyfrifiadur', 'digitalInclusion'],
    ['Oes caffi trwsio yn y dre?', 'repairAndReuse'],
    ['Dwi di cael notice i adael y fflat a does gen i nunlle i fynd', 'housing'],
    ['Mae hi’n anghofio cymryd ei tabledi', 'personalCare'],
    ['Collais i’r babi fis yn ôl, ar ôl un wythnos ar ddeg', 'bereavement'],
    ['Dw i’n 13 a dw i’n helpu mam sy’n sâl', 'carerSupport'],
    ['Mi gollais i fy mab llynedd a dwi’n dal ddim yn ymdopi', 'bereavement'],
    ['Dw i’n meddwl mai’r menopos ydy o', 'physicalHealth'],
  ])('finds the topic in Welsh: %s', (text, topic) => {
    expect(detectTopics(text)).toContain(topic);
  });

  it('keeps gambling apart from drink and drugs, and abuse apart from sexual violence', () => {
    expect(detectTopics('I can’t stop betting')).toEqual(['gambling']);
    expect(detectTopics('he drinks too much')).not.toContain('gambling');
    expect(detectTopics('I was sexually assaulted')).not.toContain('domesticAbuse');
  });

  it('does not read a name or a phrase as a need ("Salvation Army", "police forces")', () => {
    expect(detectTopics('the Salvation Army food bank')).not.toContain('armedForces');
    expect(detectTopics('working with police forces')).not.toContain('armedForces');
  });

  it('does not correct everyday words for people into need words (a bloke is not broke)', () => {
    expect(detectTopics('is there anywhere blokes just talk')).not.toContain('moneyAdvice');
  });

  it('maps vendor audience labels to the new topics by their words', () => {
    expect(topicsForLabel('Armed Forces')).toContain('armedForces');
    expect(topicsForLabel('LGBTQ+ ')).toContain('lgbtq');
    expect(topicsForLabel('Veterans')).toContain('armedForces');
    expect(topicsForLabel('Safeguarding Adults')).toContain('neglect');
    expect(topicsForLabel('Problem Gambling')).toContain('gambling');
  });
});

describe('statedAge', () => {
  it.each([
    ['I’m 13 and I help look after my mum', 13],
    ['my 15 year old daughter', 15],
    ['aged 82 and lives alone', 82],
    ['I’m 2 weeks behind with the rent', undefined],
    ['nothing about age here', undefined],
    ['Mae Mam yn 86 oed ac yn byw ar ben ei hun', 86],
    ['Dw i’n 2 wythnos ar ei hôl hi gyda’r rhent', undefined],
  ])('reads the age the words state: %s', (text, age) => {
    expect(statedAge(text)).toBe(age);
  });

  it.each([
    ['I’m 13 and I help look after my mum', 13],
    ['my 15 year old daughter', undefined],
    ['aged 82 and lives alone', undefined],
    ['Dw i’n 13 a dw i’n helpu mam sy’n sâl', 13],
    ['Dwi’n 15 oed ac yn gofalu am fy nhad', 15],
    ['Rwy’n 16 ac yn edrych ar ôl fy mrawd', 16],
    ['Mae Mam yn 86 oed', undefined],
  ])('reads only the speaker’s own age as theirs: %s', (text, age) => {
    expect(ownStatedAge(text)).toBe(age);
  });
});

describe('Welsh as people type it', () => {
  it('lists every Welsh phrase with a contraction written apart ("blino n lan") as typed too ("blinon lan")', () => {
    // Reading drops the apostrophe: "blino'n lân" reads "blinon lan", never "blino n lan".
    for (const topic of TOPIC_IDS) {
      const { cy } = TOPIC_TERMS[topic];
      for (const phrase of cy) {
        const typed = phrase.replace(/(\S) (n|r|w)(?= |$)/g, '$1$2');
        if (typed !== phrase) expect(cy, `${topic}: ${phrase}`).toContain(typed);
      }
    }
  });

  it.each([
    ['Dw i wedi blino’n lân', 'carerSupport'],
    ["Mae Dad newydd ddod allan o'r ysbyty", 'hospitalDischarge'],
  ])('reads a contraction typed with its apostrophe: %s', (text, topic) => {
    expect(detectTopics(text)).toContain(topic);
  });
});

describe('facets of broad topics', () => {
  it('list only phrases the topic itself has', () => {
    for (const topic of TOPIC_IDS) {
      const terms = NEEDS_VOCABULARY[topic];
      const own = new Set([...terms.en, ...terms.cy, ...terms.personOnly]);
      for (const facet of terms.facets ?? []) {
        for (const phrase of facet.phrases) expect(own.has(phrase), `${topic}: ${phrase}`).toBe(true);
      }
    }
  });
});
