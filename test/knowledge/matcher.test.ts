import { describe, expect, it } from 'vitest';
import { createMatcher, type MatchRequest, type Matcher } from '../../knowledge/matcher.js';
import { NOW } from './paths.js';
import { service } from './serviceFixtures.js';

const directory = [
  service({
    id: 'carers-group',
    name: 'Anytown Carers Circle',
    description: 'A monthly group for unpaid carers of people with dementia.',
    eligibility: { carersOnly: true, minAge: 18 },
    districts: ['AT1', 'AT2'],
    areas: ['AT1, AT2'],
  }),
  service({
    id: 'young-carers',
    name: 'Anytown Young Carers',
    description: 'Breaks and activities for young carers who look after someone at home.',
    eligibility: { carersOnly: true, minAge: 8, maxAge: 17 },
  }),
  service({
    id: 'memory-cafe',
    name: 'Hillcrest Memory Cafe',
    description: 'A cafe for people living with dementia and memory loss, and the people who care for them.',
    eligibility: { minAge: 50 },
    districts: ['AT4'],
    areas: ['AT4'],
  }),
  service({
    id: 'falls-alarm',
    name: 'Careline personal alarms',
    description: 'A pendant alarm and fall detector so help comes quickly after a fall at home. Telecare for older people.',
    free: true,
    assuredDate: '2024-05-01',
  }),
  service({
    id: 'grief',
    name: 'Cruse-style bereavement support',
    description: 'Someone to talk to after the death of someone close. Bereavement counselling and groups.',
    alert: 'Waiting list of about six weeks.',
  }),
  service({ id: 'gardening', name: 'Northgate gardening club', description: 'Growing vegetables together on Tuesdays.' }),
];
const matcher = createMatcher(directory, { now: NOW });
const ids = (matches: ReturnType<typeof matcher.match>): string[] => matches.map((match) => match.service.id);
/** The id of the service a matcher puts first for what a person said (or a whole request). */
const firstOf =
  (ranked: Matcher) =>
  (request: string | MatchRequest): string | undefined =>
    ranked.match(typeof request === 'string' ? { text: request } : request)[0]?.service.id;

describe('createMatcher', () => {
  it('bridges the person’s words to the directory’s: "dad keeps falling" finds the telecare alarm', () => {
    const [best] = matcher.match({ text: 'my dad keeps falling and I worry about him at night' });
    expect(best?.service.id).toBe('falls-alarm');
    expect(best?.reasons).toContainEqual({ kind: 'topic', topic: 'falls' });
    expect(best?.reasons).toContainEqual({ kind: 'free' });
  });

  it('ranks "grieving" to bereavement support though the record never says "grieving"', () => {
    expect(ids(matcher.match({ text: 'I am grieving' }))[0]).toBe('grief');
  });

  it('uses the needs profile topics as well as the words', () => {
    expect(ids(matcher.match({ text: 'what is there for me', topics: ['bereavement'] }))[0]).toBe('grief');
  });

  it('never shows a carers-only service to a resident, however well it matches', () => {
    const text = 'support group for unpaid carers of people with dementia';
    expect(ids(matcher.match({ text, audience: 'carer' }))).toContain('carers-group');
    const forResident = ids(matcher.match({ text, audience: 'resident', limit: 100 }));
    expect(forResident).not.toContain('carers-group');
    expect(forResident).not.toContain('young-carers');
  });

  it('never shows a service outside the person’s age range', () => {
    const text = 'memory cafe for people with dementia';
    expect(ids(matcher.match({ text, age: 72 }))).toContain('memory-cafe');
    expect(ids(matcher.match({ text, age: 40, limit: 100 }))).not.toContain('memory-cafe');
  });

  it('never shows a service limited to other postcode districts', () => {
    const text = 'memory cafe for people with dementia';
    expect(ids(matcher.match({ text, postcode: 'AT4 1AA' }))).toContain('memory-cafe');
    const elsewhere = ids(matcher.match({ text, postcode: 'at9 9zz', limit: 100 }));
    expect(elsewhere).not.toContain('memory-cafe');
    expect(elsewhere).not.toContain('carers-group');
  });

  it('judges a carers-only service by the carer, not by the age of the person they care for', () => {
    const matches = ids(matcher.match({ text: 'carers group for dementia', audience: 'carer', age: 85 }));
    expect(matches).toContain('carers-group');
  });

  it('shows a typo-laden statement the right service', () => {
    expect(ids(matcher.match({ text: 'beravement suport after my wife dyed' }))[0]).toBe('grief');
  });

  it('matches Welsh statements', () => {
    expect(ids(matcher.match({ text: 'Mae fy nhad wedi cwympo eto' }))[0]).toBe('falls-alarm');
    expect(ids(matcher.match({ text: 'Rwy’n gofalu am fy mam sydd â dementia', audience: 'carer' }))).toContain(
      'carers-group',
    );
  });

  it('warns when a record was assured over a year ago or carries an alert', () => {
    const [alarm] = matcher.match({ text: 'personal alarm' });
    expect(alarm?.warnings).toEqual([{ kind: 'stale', assuredDate: '2024-05-01' }]);
    const [grief] = matcher.match({ text: 'bereavement' });
    expect(grief?.warnings).toEqual([{ kind: 'alert', text: 'Waiting list of about six weeks.' }]);
  });

  it('returns nothing rather than guessing when nothing fits', () => {
    expect(matcher.match({ text: 'zzzz qqqq' })).toEqual([]);
  });

  it('honours the limit and orders best first', () => {
    const matches = matcher.match({ text: 'dementia carers memory', audience: 'carer', limit: 2 });
    expect(matches).toHaveLength(2);
    expect(matches[0]?.score ?? 0).toBeGreaterThanOrEqual(matches[1]?.score ?? Infinity);
  });

  it('copes with a very long message and an unreadable postcode instead of failing the conversation', () => {
    const text = `${'I keep falling over. '.repeat(500)}`;
    expect(ids(matcher.match({ text, postcode: 'not a postcode at all, sorry' }))[0]).toBe('falls-alarm');
  });

  it('puts services for the age a person states first ("I’m 15"), without treating it as the age asked', () => {
    const counselling = createMatcher(
      [
        service({ id: 'adults', name: 'Anxiety counselling', description: 'Counselling for anyone struggling with anxiety.' }),
        service({
          id: 'youth',
          name: 'Anxiety counselling',
          description: 'Counselling for young people struggling with anxiety.',
          eligibility: { maxAge: 18 },
        }),
      ],
      { now: NOW },
    );
    expect(ids(counselling.match({ text: 'I’m 15 and I’m struggling with anxiety' }))[0]).toBe('youth');
    expect(ids(counselling.match({ text: 'I’m 45 and I’m struggling with anxiety' }))[0]).toBe('adults');
  });

  it('refuses a malformed request', () => {
    expect(() => matcher.match({ text: 'help', age: -3 })).toThrow();
  });
});

describe('the person’s own words', () => {
  const more = createMatcher(
    [
      service({ id: 'abuse', name: 'Anytown domestic abuse service', description: 'Support for anyone living with domestic abuse and violence.' }),
      service({ id: 'mens-line', name: 'Men’s abuse helpline', description: 'A helpline for men experiencing domestic abuse from a partner.' }),
      service({ id: 'trans-group', name: 'Trans peer group', description: 'A peer group for trans and non-binary people and their families.' }),
      service({ id: 'heroin', name: 'Anytown drugs project', description: 'Help for people using drugs, and for their families.' }),
      service({ id: 'siblings', name: 'Brothers and sisters group', description: 'Meet again every week with brothers and sisters using the centre.' }),
    ],
    { now: NOW },
  );
  const top = firstOf(more);

  it('finds a men’s service for "I’m a man" (irregular plurals meet)', () => {
    expect(top('I’m a man and my wife hits me')).toBe('mens-line');
  });

  it('reads a word the directory uses as itself, not as a slip for a Welsh need word', () => {
    expect(top('my teenage son says he is trans and we don’t know where to turn')).toBe('trans-group');
  });

  it('does not let passing words ("using", "again") outweigh the need', () => {
    expect(top('my brother has been using drugs again')).toBe('heroin');
  });
});

describe('the main need comes first', () => {
  const directory = [
    service({
      id: 'council',
      name: 'Council services',
      description: 'Everything the council does: debt and benefits advice, housing, jobs, carers, bins and libraries.',
      audiences: ['Homeless', 'Carers', 'Low Income', 'Disabled People', 'Dementia', 'Mental Health', 'Autism'],
    }),
    service({ id: 'job-club', name: 'Job Club', description: 'Help to find a job: CVs, applications and interviews.' }),
    service({
      id: 'legion',
      name: 'Veterans Support',
      description: 'Lifelong support for people who served and their families.',
      audiences: ['Armed Forces'],
    }),
    service({ id: 'drink', name: 'Alcohol Recovery Service', description: 'Help for people whose drinking has become a problem.' }),
    service({ id: 'money', name: 'Money Matters', description: 'Free money advice: debt, benefits and bills.' }),
    service({ id: 'abuse', name: 'Safe at Home', description: 'Support for anyone living with domestic abuse.' }),
    service({ id: 'tea-group', name: 'Tuesday Tea Group', description: 'Drop in to talk over a cup of tea.' }),
    service({ id: 'mens-group', name: 'Monday Evening Group', description: 'Drop in to talk and listen.', audiences: ['Men'] }),
  ];
  const ranked = createMatcher(directory, { now: NOW });
  const order = (text: string): string[] => ranked.match({ text, limit: 8 }).map((match) => match.service.id);

  it('puts what the person leads with above what they mention later ("left the army ... no job")', () => {
    const result = order('left the army 3 years ago and I’m struggling, no job, drinking too much');
    expect(result[0]).toBe('legion');
    expect(result).toContain('job-club');
    expect(result).toContain('drink');
  });

  it('finds a service by its vendor audience label ("Armed Forces") for a veteran', () => {
    expect(order('I am a veteran')[0]).toBe('legion');
  });

  it('puts safety first: abuse outranks the money it is about', () => {
    expect(order('my wife hits me and controls all the money')[0]).toBe('abuse');
  });

  it('ranks a service about the need above a catch-all that lists it among many', () => {
    expect(order('Mae gen i ddyledion mawr')[0]).toBe('money');
  });

  it('meets everyday words for people with the directory’s ("blokes" and a group for men)', () => {
    expect(order('is there anywhere blokes just talk')[0]).toBe('mens-group');
  });
});

describe('the directory’s words for a need', () => {
  const directory = [
    service({
      id: 'salvation',
      name: 'Salvation Army Welcome Space',
      description: 'A warm space with free hot drinks, a job club and a chat.',
    }),
    service({ id: 'jobs', name: 'Job Club', description: 'Help to find a job.' }),
    service({
      id: 'legion',
      name: 'Lifelong Support',
      description: 'Support for people who served, and their families.',
      audiences: ['Armed Forces'],
    }),
    service({ id: 'carers', name: 'Carers Centre', description: 'Support for unpaid carers who look after someone.' }),
    service({ id: 'pets', name: 'Pet Friends', description: 'Volunteers walk and feed dogs and cats while their owners are in hospital.' }),
    service({ id: 'lgbtq', name: 'Rainbow Group', description: 'A group for people coming out as gay, lesbian or bisexual.' }),
    service({ id: 'discharge', name: 'Home from Hospital', description: 'Help at home for people leaving hospital.' }),
  ];
  const ranked = createMatcher(directory, { now: NOW });
  const top = firstOf(ranked);

  it('finds a service labelled "Armed Forces" for someone who left the army, not one named Salvation Army', () => {
    expect(top('I left the army last year and I have no job')).toBe('legion');
  });

  it('does not read looking after a pet as caring for a person', () => {
    const result = ranked.match({ text: 'who could look after my dog if I have to go into hospital' });
    const ids = result.map((match) => match.service.id);
    expect(ids.slice(0, 2)).toContain('pets');
    expect(ids.indexOf('carers') === -1 || ids.indexOf('carers') > ids.indexOf('pets')).toBe(true);
  });

  it('reads "coming out of hospital" as leaving hospital, not as coming out', () => {
    expect(top('dad is coming out of hospital next week')).toBe('discharge');
  });
});

describe('parts of a broad need', () => {
  const directory = [
    service({ id: 'lipreading', name: 'Lip reading class', description: 'Learn to lip read.', audiences: ['Sensory Impaired'] }),
    service({
      id: 'sight',
      name: 'Living well with sight loss',
      description: 'Support for people who are blind or visually impaired.',
      audiences: ['Sensory Impaired'],
    }),
  ];
  const ranked = createMatcher(directory, { now: NOW });

  it('meets failing eyesight with sight loss services, not hearing ones', () => {
    expect(ranked.match({ text: 'Dad has macular degeneration and can’t read his letters' })[0]?.service.id).toBe('sight');
  });
});

describe('risk to life comes first', () => {
  const directory = [
    service({ id: 'walk', name: 'Wellbeing walks', description: 'Gentle walks for mental health and wellbeing.', audiences: ['Mental Health'] }),
    service({ id: 'peer', name: 'Mental health peer group', description: 'A peer support group for anxiety and depression.', audiences: ['Mental Health'] }),
    service({
      id: 'crisis',
      name: 'Lifeline listening service',
      description: 'A helpline for anyone having thoughts of suicide or who self harms, and emotional support.',
    }),
    service({ id: 'jobs', name: 'Job Club', description: 'Help to find a job after redundancy.', audiences: ['Unemployed'] }),
    service({ id: 'drink', name: 'Alcohol service', description: 'Support for people who drink too much alcohol.' }),
  ];
  const ranked = createMatcher(directory, { now: NOW });

  it.each([
    'I don’t see the point any more, I’ve been thinking about ending it',
    'I can’t see the point in anything any more',
    'my 15 year old has been cutting herself',
    'Lost his job, drinking more, and he mentioned he hurt himself last month',
  ])('puts a service about suicide and self harm first when the words speak of it: %s', (text) => {
    expect(ranked.match({ text })[0]?.service.id).toBe('crisis');
  });
});

describe('the need, not its background', () => {
  const directory = [
    service({ id: 'cruse', name: 'Bereavement support', description: 'Counselling for people who are bereaved after a death.' }),
    service({ id: 'calls', name: 'Friendly calls', description: 'Befriending calls for lonely and isolated older people.' }),
    service({ id: 'loan', name: 'Mobility hire', description: 'We hire and loan wheelchairs for a few weeks.', audiences: ['Wheelchair Users'] }),
    service({ id: 'debt', name: 'Debt advice', description: 'Free advice on money, debt and loans.' }),
    service({ id: 'postnatal', name: 'Mothers together', description: 'Support for anxiety and depression after the birth of a baby: perinatal and postnatal mental health.', audiences: ['Mental Health'] }),
    service({ id: 'anxiety', name: 'Anxiety group', description: 'A group for people with anxiety and depression.', audiences: ['Mental Health'] }),
    service({ id: 'work', name: 'Back to work', description: 'Employment support to find work.' }),
  ];
  const ranked = createMatcher(directory, { now: NOW });
  const top = firstOf(ranked);

  it('puts the need said after "since" first: lonely since a death finds befriending', () => {
    expect(top('since my wife died I don’t speak to anyone from one week to the next, the telly is my only company')).toBe('calls');
  });

  it('reads a broken ankle as an injury, not as being broke', () => {
    expect(top('broke my ankle and need to borrow a wheelchair for a few weeks')).toBe('loan');
  });

  it('counts what the person says they need fully, wherever it comes ("... and need a wheelchair")', () => {
    const result = ranked.match({ text: 'I had a bad fall and broke my leg and need to borrow a wheelchair' });
    expect(result[0]?.service.id).toBe('loan');
  });

  it('reads the weeks after a baby as perinatal mental health, and a partner working away as no need for work', () => {
    expect(top('had my baby 3 months ago and I just feel numb and cry all the time, my partner works away')).toBe('postnatal');
  });
});

describe('Welsh words meet English descriptions', () => {
  const directory = [
    service({ id: 'memory', name: 'Memory cafe', description: 'A cafe for people with dementia and their carers.' }),
    service({ id: 'respite', name: 'Carers centre', description: 'Respite and short breaks for unpaid carers.', audiences: ['Carers'] }),
    service({ id: 'night', name: 'Nightstop', description: 'Emergency accommodation for young people who are homeless.' }),
    service({ id: 'young', name: 'Young carers club', description: 'Activities for young carers.', audiences: ['Carers'] }),
  ];
  const ranked = createMatcher(directory, { now: NOW });

  it('searches a Welsh message with its needs’ English words ("seibiant" finds respite)', () => {
    const text = 'Dw i’n gofalu am fy ngŵr sydd â dementia a dw i wedi blino’n lân. Dw i angen seibiant.';
    expect(ranked.match({ text }).map((match) => match.service.id).slice(0, 2)).toContain('respite');
  });

  it('finds homelessness services for "thrown out, nowhere to sleep" said in Welsh', () => {
    const text = 'Mae fy mab wedi cael ei daflu allan o’r tŷ. Does ganddo unman i gysgu heno.';
    expect(ranked.match({ text })[0]?.service.id).toBe('night');
  });
});

describe('the person’s own words when the vocabulary is thin', () => {
  const surgeries = Array.from({ length: 40 }, (_, n) =>
    service({
      id: `gp-${n}`,
      name: `Hilltop GP surgery ${n}`,
      description: 'Your GP practice: see a doctor or nurse, repeat prescriptions and health checks.',
    }),
  );
  const directory = [
    ...surgeries,
    service({
      id: 'pills',
      name: 'Overcoming prescription drug dependence',
      description: 'Support to come off diazepam and other tranquillisers safely, at your pace, and cope with withdrawal.',
      eligibility: { minAge: 18 },
    }),
    service({ id: 'walks', name: 'Health walks', description: 'Gentle group walks with a walk leader.' }),
  ];
  const ranked = createMatcher(directory, { now: NOW });

  it('keeps the one service the person’s rare words name in the top five ("diazepam" beside "the GP")', () => {
    const text = 'been on diazepam for years, the GP wants to cut me down and im terrified of withdrawals';
    expect(ranked.match({ text }).map((match) => match.service.id)).toContain('pills');
  });

  it('still never shows that service to someone its rules leave out', () => {
    const text = 'been on diazepam for years, the GP wants to cut me down and im terrified of withdrawals';
    expect(ranked.match({ text, age: 15 }).map((match) => match.service.id)).not.toContain('pills');
  });
});

describe('needs named in everyday words', () => {
  const directory = [
    service({ id: 'gp', name: 'Hilltop GP surgery', description: 'See a doctor or nurse, repeat prescriptions and health checks.' }),
    service({ id: 'jobs', name: 'Job Club', description: 'Help to find a job and keep the one you have.', audiences: ['Unemployed'] }),
    service({ id: 'drink', name: 'Recovery Partnership', description: 'Free support for adults worried about their alcohol or drug use.' }),
    service({
      id: 'pills',
      name: 'Prescription drug dependence support',
      description: 'Help to come off medication such as sleeping tablets and painkillers safely.',
    }),
    service({
      id: 'cancer',
      name: 'Living well with cancer',
      description: 'Support groups and wellbeing sessions for people with cancer and after treatment.',
    }),
    service({
      id: 'carers',
      name: 'Anytown Carers Centre',
      description: 'Advice and breaks for unpaid carers.',
      eligibility: { carersOnly: true, minAge: 18 },
    }),
    service({
      id: 'young-carers',
      name: 'Anytown Young Carers',
      description: 'Clubs and trips for young carers.',
      eligibility: { carersOnly: true, minAge: 8, maxAge: 17 },
    }),
    service({ id: 'teen-mind', name: 'Teen mental health support', description: 'Counselling for young people who self harm.' }),
    service({ id: 'refuge', name: 'Safe Haven', description: 'Support for people experiencing domestic abuse.' }),
    service({ id: 'hate', name: 'Stand Together', description: 'Support for victims of hate crime and racism.' }),
    service({ id: 'speak-up', name: 'Speak Up Advocacy', description: 'Independent advocates who help you make a complaint.' }),
    service({ id: 'furniture', name: 'Second Home Project', description: 'Low cost furniture and white goods for people setting up home.' }),
    service({ id: 'housing', name: 'Housing Options', description: 'Advice for people who are homeless or at risk of homelessness.' }),
    service({ id: 'befriend', name: 'Friendly calls', description: 'Befriending calls for lonely and isolated older people.' }),
    service({ id: 'walks', name: 'Tuesday walking group', description: 'A friendly walking group for all ages.' }),
    service({ id: 'eating', name: 'Eating disorder support group', description: 'Peer support for people with anorexia or bulimia.' }),
    service({ id: 'meals', name: 'Meals at home', description: 'Hot meals delivered to your door.' }),
    service({ id: 'pets', name: 'Paws Companions', description: 'Volunteers walk dogs and feed cats for older people in hospital or unwell at home.' }),
    service({ id: 'lotus', name: 'Lotus Club', description: 'A weekly social club and lunch for older members of the Chinese community.' }),
    service({ id: 'online', name: 'Tech Buddies', description: 'Patient one-to-one help with tablets, smartphones and video calls.' }),
    service({ id: 'aids', name: 'Independent living centre', description: 'Try equipment that makes everyday tasks easier at home, from grab rails to kitchen gadgets.' }),
    service({ id: 'hiv', name: 'Positive Lives', description: 'Peer support and advice for people living with HIV.' }),
    service({ id: 'clinic', name: 'Sexual health clinic', description: 'Contraception, testing and treatment for sexual health.' }),
    service({ id: 'islamic', name: 'Al-Noor Centre', description: 'An Islamic community centre with prayers, a women’s circle and lunches.' }),
    service({ id: 'arthritis', name: 'Arthritis Action group', description: 'Gentle exercise and talks for people living with arthritis and joint pain.' }),
  ];
  const ranked = createMatcher(directory, { now: NOW });
  const first = firstOf(ranked);

  it.each([
    ['I’m getting through most of a bottle of vodka a day and I need to stop before I lose my job', 'drink'],
    ['been on diazepam for six years and want to come off it properly', 'pills'],
    ['finished chemo in the summer and I’m exhausted all the time', 'cancer'],
    ['people keep shouting racist stuff at me and my kids in the street', 'hate'],
    ['I want to complain about the carers they send to my mum, they turn up late', 'speak-up'],
    ['I’ve been making myself sick after meals for years', 'eating'],
    ['widowed last year, maybe a walking group with people my own age', 'walks'],
    ['going in for my knee next week, who will walk Alfie (jack russell) while I’m in?', 'pets'],
    ['my nan only speaks Cantonese and she’s on her own all day, she gets so lonely', 'lotus'],
    ['my grandson gave me an iPad so we can do video calls but I haven’t a clue', 'online'],
    ['Newly diagnosed HIV, wants peer support.', 'hiv'],
  ])('finds the service for "%s"', (text, expected) => {
    expect(first({ text })).toBe(expected);
  });

  it('meets a place of worship the person names with the community that runs it ("a mosque")', () => {
    const text = 'we’ve just moved here, looking for a mosque and somewhere my mum can meet people, she’s lonely';
    expect(ranked.match({ text, limit: 2 }).map((match) => match.service.id)).toContain('islamic');
  });

  it('lets what the person asks for lead ("any gadgets" beside "arthritis")', () => {
    const text = 'my hands are bad with arthritis, cant open jars or do buttons, any gadgets';
    expect(ranked.match({ text, limit: 2 }).map((match) => match.service.id)).toContain('aids');
  });

  it('shows furniture help to someone housed with nothing, beside housing advice', () => {
    const ids = ranked.match({ text: 'just got a flat after months in a hostel, there’s no bed and no fridge', limit: 2 });
    expect(ids.map((match) => match.service.id)).toContain('furniture');
  });

  it('puts young carers’ services first for a child who cares, said in their own words', () => {
    expect(first({ text: 'im 13 and i help my mum cos shes got MS, is there anything for kids like me', audience: 'carer' })).toBe(
      'young-carers',
    );
  });

  it('puts young carers’ services first for a child who cares, said in Welsh', () => {
    expect(first({ text: 'Dw i’n 13 a dw i’n helpu mam sy’n sâl. Fi sy’n gwneud bwyd a golchi dillad.', audience: 'carer' })).toBe(
      'young-carers',
    );
  });

  it('reads a carer’s asked age as the cared-for child’s: a parent is not a young carer', () => {
    const text = 'my daughter has been cutting herself and won’t talk to me';
    const ids = ranked.match({ text, audience: 'carer', age: 14 }).map((match) => match.service.id);
    expect(ids[0]).toBe('teen-mind');
    // Young carers' services, if shown at all, come after those for adult carers.
    expect(ids).toContain('carers');
    const youngCarersAt = ids.indexOf('young-carers');
    expect(youngCarersAt === -1 || youngCarersAt > ids.indexOf('carers')).toBe(true);
  });
});

describe('a need the directory has no service for', () => {
  const directory = [
    service({ id: 'debt', name: 'Money advice', description: 'Free debt advice and help with budgeting.' }),
    service({ id: 'meals', name: 'Meals at home', description: 'Hot meals delivered to your door.' }),
    service({ id: 'pets', name: 'Paws Companions', description: 'Volunteers walk dogs for people in hospital.' }),
  ];
  const ranked = createMatcher(directory, { now: NOW });

  it('meets it with the next best help (debt advice for gambling), not with nothing', () => {
    expect(ranked.match({ text: 'I’ve been gambling all my wages away and hiding it from my wife' })[0]?.service.id).toBe('debt');
  });
});

describe('what the person turns down', () => {
  const directory = [
    service({ id: 'counselling', name: 'Talking therapies', description: 'Counselling and CBT for anxiety and low mood.' }),
    service({ id: 'mens-group', name: 'Monday night lads group', description: 'A peer support group where men can talk.' }),
  ];
  const ranked = createMatcher(directory, { now: NOW });

  it('puts the peer group first when counselling is turned down ("not after a counsellor")', () => {
    const text = 'really struggling since the divorce, not after a counsellor really, just somewhere blokes can be honest';
    expect(ranked.match({ text })[0]?.service.id).toBe('mens-group');
  });

  it('still counts counselling when it is asked for', () => {
    const text = 'really struggling since the divorce, I think I need a counsellor';
    expect(ranked.match({ text })[0]?.service.id).toBe('counselling');
  });
});

describe('the community a person names', () => {
  const directory = [
    service({ id: 'calls', name: 'Friendly calls', description: 'Befriending calls for lonely older people.' }),
    service({ id: 'carers', name: 'Carers Centre', description: 'Support for unpaid carers.' }),
    service({ id: 'chinese', name: 'Friendly calls in Chinese', description: 'Befriending calls for lonely older people.' }),
    service({ id: 'black-carers', name: 'Carers Centre for Black carers', description: 'Support for unpaid carers.' }),
  ];
  const ranked = createMatcher(directory, { now: NOW });

  it.each([
    ['my gran only speaks Cantonese and she is so lonely on her own all day', 'chinese'],
    ['I look after my dad, he came over from Jamaica in 1961, I want support from people who understand our culture', 'black-carers'],
  ])('puts the service for the community a person names first: %s', (text, expected) => {
    expect(ranked.match({ text })[0]?.service.id).toBe(expected);
  });
});
