import type { TopicId } from './topics.js';

/** The words and phrases of one topic. */
export interface TopicTerms {
  /** English words and phrases, as people say them and as directories write them. */
  readonly en: readonly string[];
  /** Welsh words and phrases (radical forms; mutated forms are recognised when matching). */
  readonly cy: readonly string[];
  /** Words that point to the topic in what a person says but are too loose to tag a service description. */
  readonly personOnly: readonly string[];
  /**
   * ESD/LGA needs, circumstances and service-type labels, and vendor audience labels, that mean this topic when a
   * directory tags a service with them. Compared after normalising, so case and stray spaces do not matter. The first
   * is the topic's main label, the words directories most often use for it ("armed forces" for "left the army").
   */
  readonly esd: readonly string[];
  /**
   * Parts of a broad topic that directories label apart (sight and hearing): a person's phrase listed in a part is
   * searched with that part's label rather than the topic's main label, so "macular" meets "visually impaired" and not
   * "hearing impaired". The phrases are also in `en`, `cy` or `personOnly`.
   */
  readonly facets?: ReadonlyArray<{
    readonly label: string;
    readonly phrases: readonly string[];
    /** A risk to life or safety (suicide, self harm): the topic then counts first, as the safety topics do. */
    readonly safety?: boolean;
  }>;
}

/**
 * Phrases that contain a topic word but mean something else; matched first so the shorter word inside them does not
 * count ("tai chi" is not Welsh housing; "falls within" is not a fall).
 */
export const BLOCK_PHRASES: readonly string[] = [
  'tai chi', 'qi gong', 'teimlo ar goll', 'teimlo n ar goll', 'feel lost', 'feeling lost', 'felt lost', 'in memory of', 'never mind', 'fall under', 'falls under', 'falls within', 'salvation army',
  'police force', 'police forces', 'join forces', 'joined forces', 'joining forces', 'task force', 'coming out of',
  'come out of', 'came out of', 'comes out of',
  // Worrying about someone is not pain ("poeni amdano" is not "poen").
  'poeni', 'poeni am', 'poeni amdano', 'poeni amdani', 'poeni amdanynt',
  // Who said it is not what is needed: "the GP thinks it could be dementia".
  ...['gp', 'doctor', 'doctors', 'consultant', 'nurse'].flatMap((who) =>
    ['thinks', 'said', 'says', 'told us', 'told me', 'told him', 'told her', 'referred', 'suggested', 'mentioned'].map((verb) => `${who} ${verb}`),
  ),
  // An injury is not being broke: "broke my ankle".
  ...['broke', 'broken'].flatMap((verb) => ['my', 'his', 'her', 'their', 'a'].map((owner) => `${verb} ${owner}`)),
  // Where someone works is not a need for work: "my partner works away".
  'works away', 'working away', 'works nights', 'works shifts', 'works long hours', 'works full time', 'at work all day',
  // Living alone is a circumstance, not loneliness by itself: "I live on my own and worry about meals".
  'live on my own', 'lives on his own', 'lives on her own', 'living on my own', 'living on his own', 'living on her own',
  'live by myself', 'lives by himself', 'lives by herself',
  // Pets are not people: looking after a dog is not caring.
  ...['look after', 'looking after', 'care for', 'caring for'].flatMap((verb) =>
    ['my dog', 'my dogs', 'my cat', 'my cats', 'my pet', 'my pets', 'the dog', 'the cat'].map((pet) => `${verb} ${pet}`),
  ),
];

/**
 * Welsh words that are also everyday English words ("offer", "tai" as in tai chi). They count only in text that reads
 * as Welsh, so an English "we offer" never becomes a need for equipment.
 */
export const ENGLISH_LOOKALIKES: ReadonlySet<string> = new Set(['offer', 'tai']);

/**
 * The needs vocabulary: our own words for each topic, in English and Welsh. It bridges the person's words
 * ("dad keeps falling", "grieving") and the directory's words ("telecare", "bereavement").
 */
export const TOPIC_TERMS: Readonly<Record<TopicId, TopicTerms>> = {
  carerSupport: {
    en: [
      'carer', 'carers', 'unpaid carer', 'young carer', 'young carers', 'parent carer', 'caring for', 'caring role', 'look after',
      'looking after', 'care for my', 'carers break', 'respite', 'short break', 'sitting service', 'carers assessment',
      'carer support', 'support for carers', 'time off from caring', 'break from caring', 'carers allowance',
    ],
    cy: [
      'gofalwr', 'gofalwyr', 'gofalwraig', 'gofalwr ifanc', 'gofalwyr ifanc', 'gofalu am', 'gofalu', 'edrych ar ol', 'seibiant', 'seibiant byr',
      'asesiad gofalwr', 'cymorth i ofalwyr', 'lwfans gofalwr', 'blino n lan', 'wedi blino', 'wedi ymlâdd', 'egwyl',
      'diwrnod i fi fy hun', 'amser i fi fy hun',
    ],
    personOnly: [
      'exhausted', 'worn out', 'need a break', 'caring for my', 'look after my', 'day to myself', 'time to myself',
      'holding it all together', 'who supports the', 'get a break', 'have a break', 'a proper break', 'day off',
      'help my mum', 'help my dad', 'helping my mum', 'helping my dad', 'doing a lot for', 'do everything for',
      'kids like me', 'children like me',
    ],
    esd: ['carers', 'carer', 'young carers', 'parent carers', 'carers support', 'support for carers', 'respite care', 'short breaks'],
    facets: [
      {
        label: 'respite break breaks',
        phrases: [
          'carers break', 'respite', 'short break', 'sitting service', 'time off from caring', 'break from caring',
          'need a break', 'day to myself', 'time to myself', 'exhausted', 'worn out', 'seibiant', 'seibiant byr', 'egwyl',
          'diwrnod i fi fy hun', 'amser i fi fy hun', 'blino n lan', 'wedi blino', 'wedi ymlâdd', 'get a break',
          'have a break', 'a proper break', 'day off',
        ],
      },
      {
        // Children who care are supported by young carers' services; a carer's age also chooses this part (matcher).
        label: 'young carers',
        phrases: ['young carer', 'young carers', 'kids like me', 'children like me', 'gofalwr ifanc', 'gofalwyr ifanc'],
      },
    ],
  },
  falls: {
    en: [
      'fall', 'falls', 'falling', 'fell', 'fallen', 'a fall', 'had a fall', 'keeps falling', 'falls prevention',
      'fall prevention', 'fall alarm', 'fall detector', 'fall detection', 'unsteady', 'unsteady on feet',
      'steady on my feet', 'balance', 'strength and balance', 'dizzy', 'trips', 'tripped', 'slipped', 'postural stability',
    ],
    cy: ['cwympo', 'cwymp', 'cwympiadau', 'syrthio', 'syrthiodd', 'syrthiais', 'codwm', 'cydbwysedd', 'simsan', 'baglu'],
    personOnly: ['on the floor', 'couldnt get up', 'cant get up', 'off balance'],
    esd: ['falls', 'falls prevention', 'risk of falls', 'at risk of falling'],
  },
  dementia: {
    en: [
      'dementia', 'alzheimers', 'alzheimer', 'memory', 'memory loss', 'memory problems', 'memory cafe', 'forgetful',
      'forgetting', 'forgets', 'confused', 'confusion', 'singing for the brain', 'vascular dementia', 'cognitive',
    ],
    cy: [
      'dementia', 'demensia', 'colli cof', 'cof', 'anghofus', 'anghofio', 'dryslyd', 'caffi cof', 'alzheimer',
      'gadael y nwy ymlaen', 'ar goll', 'mynd ar goll', 'crwydro', 'ailadrodd',
    ],
    personOnly: ['got lost', 'repeating herself', 'repeating himself', 'repeats herself', 'repeats himself', 'left the gas on', 'leaving the gas on', 'left the cooker on', 'leaves the gas on', 'leaves the cooker on', 'keeps forgetting', 'forgetting things', 'forgets things', 'getting muddled', 'muddled', 'going doolally', 'losing her memory', 'losing his memory', 'wandering', 'gets lost'],
    esd: ['dementia', 'memory problems', 'memory loss', 'alzheimers disease'],
  },
  hospitalDischarge: {
    en: [
      'hospital discharge', 'discharge', 'discharged', 'leaving hospital', 'home from hospital', 'out of hospital',
      'coming home from hospital', 'after hospital', 'reablement', 'intermediate care', 'settling back home',
      'back home from hospital', 'hospital to home', 'coming out of hospital', 'come out of hospital',
      'came out of hospital', 'after my operation', 'after an operation', 'after his operation', 'after her operation',
      'after surgery', 'after my op', 'hip op', 'knee op', 'hip replacement', 'knee replacement', 'hip operation',
      'knee operation', 'post operative', 'being discharged', 'getting discharged', 'sent home from hospital',
      'coming out of the infirmary', 'leaving the infirmary', 'recovering at home',
    ],
    cy: ['ar ol llawdriniaeth', 'llawdriniaeth', 'clun newydd', 'pen glin newydd', 'dod allan o r ysbyty', 'gadael yr ysbyty', 'rhyddhau o ysbyty', 'dod adref o r ysbyty', 'adref o r ysbyty', 'ail alluogi', 'ar ol ysbyty'],
    personOnly: ['in hospital', 'hospital', 'ysbyty', 'ward', 'infirmary', 'operation', 'my op', 'surgery on', 'coming out on', 'coming home on'],
    esd: ['hospital discharge', 'leaving hospital', 'reablement', 'intermediate care'],
  },
  mentalHealth: {
    en: [
      'ptsd', 'trauma', 'flashbacks', 'nightmares', 'paranoid', 'paranoia', 'hearing voices', 'mood swings', 'burnout', 'burnt out', 'phobia', 'agoraphobia', 'postnatal depression', 'hopeless', 'worthless',
      'mental health', 'depression', 'depressed', 'anxiety', 'anxious', 'panic', 'panic attacks', 'stress', 'stressed',
      'low mood', 'feeling low', 'wellbeing', 'emotional', 'counselling', 'talking therapy', 'talking therapies',
      'psychotherapy', 'recovery college', 'mental illness', 'bipolar', 'schizophrenia', 'psychosis', 'ocd', 'eating disorder',
      'eating disorders', 'anorexia', 'anorexic', 'bulimia', 'bulimic', 'binge eating',
      'self harm', 'self harming', 'self harmed', 'selfharm', 'suicidal', 'suicidal thoughts', 'thoughts of suicide',
      'perinatal', 'perinatal mental health', 'baby blues', 'birth trauma', 'cbt', 'cognitive behavioural therapy',
      'counsellor', 'mental wellbeing', 'peer support', 'talking group', 'talking club', 'suicide', 'suicide prevention', 'take my own life', 'their own life', 'emotional support', 'emotional distress', 'crisis', 'not coping', 'struggling to cope', 'overwhelmed',
    ],
    cy: [
      'hunanladdiad', 'lladd fy hun', 'niweidio fy hun', 'hunan niweidio', 'torri fy hun', 'pryderus', 'gorbryderus',
      'siarad efo rhywun', 'siarad gyda rhywun', 'siarad a rhywun', 'therapi', 'cwnselydd', 'crio drwy r amser',
      'ar ol cael y babi', 'mam newydd', 'iselder amenedigol', 'anhwylder bwyta', 'anorecsia', 'bwlimia',
      'trawma', 'anobeithiol', 'iselder ol enedigol', 'iechyd meddwl', 'iselder', 'isel', 'pryder', 'gorbryder', 'straen', 'llesiant', 'lles', 'cwnsela', 'therapi siarad', 'methu ymdopi'],
    personOnly: [
      'sad all the time', 'cant cope', 'cant stop crying', 'dark thoughts', 'see the point', 'no point', 'better off without me',
      'end it all', 'want to die', 'dont want to be here', 'cutting herself', 'cutting himself', 'cutting myself', 'cuts herself',
      'cuts himself', 'hurting herself', 'hurting himself', 'hurting myself', 'harming herself', 'harming himself',
      'harming myself', 'hurt myself', 'hurt himself', 'hurt herself', 'hurts himself', 'hurts herself', 'hurts myself',
      'cut myself', 'cut herself', 'cut himself', 'burning myself', 'ending it', 'end it', 'end my life', 'ending my life',
      'kill myself', 'killing myself', 'kill himself', 'kill herself', 'not want to be here', 'dont want to live', 'no reason to live', 'nothing to live for', 'give up on life', 'given up on life',
      'cry all the time', 'crying all the time', 'keep crying', 'feel numb', 'feeling numb', 'numb', 'since the baby',
      'since having the baby', 'since i had the baby', 'had my baby', 'had a baby', 'new mum', 'new mom',
      'someone to talk to about', 'talk to someone', 'speak to someone', 'not just tablets', 'not just pills',
      'postnatal', 'post natal', 'after the birth', 'therapy', 'therapist', 'someone to talk to about it',
      'making myself sick', 'make myself sick', 'made myself sick', 'starving myself', 'purging', 'throwing up after',
      'sick after meals', 'sick after eating',
      'talk about how i feel', 'feeling rubbish', 'feel rubbish', 'feeling down', 'cant face', 'cant stop worrying', 'dont sleep',
      'cant sleep', 'breaking point', 'end of my tether', 'so low', 'really low',
    ],
    esd: ['mental health', 'mental health problems', 'mental illness', 'depression', 'anxiety', 'emotional wellbeing'],
    facets: [
      {
        label: 'eating disorder disorders',
        phrases: [
          'eating disorder', 'eating disorders', 'anorexia', 'anorexic', 'bulimia', 'bulimic', 'binge eating',
          'making myself sick', 'make myself sick', 'made myself sick', 'starving myself', 'purging', 'throwing up after',
          'sick after meals', 'sick after eating', 'anhwylder bwyta', 'anorecsia', 'bwlimia',
        ],
      },
      {
        label: 'suicide suicidal self harm crisis',
        safety: true,
        phrases: [
          'suicide', 'suicidal', 'suicidal thoughts', 'thoughts of suicide', 'suicide prevention', 'take my own life',
          'their own life', 'see the point', 'no point', 'better off without me', 'end it all', 'want to die',
          'dont want to be here', 'ending it', 'end it', 'end my life', 'ending my life', 'kill myself', 'killing myself',
          'kill himself', 'kill herself', 'not want to be here', 'dont want to live', 'no reason to live',
          'nothing to live for', 'give up on life', 'given up on life', 'hunanladdiad', 'lladd fy hun',
        ],
      },
      {
        label: 'self harm suicide',
        safety: true,
        phrases: [
          'self harm', 'self harming', 'self harmed', 'selfharm', 'cutting herself', 'cutting himself', 'cutting myself',
          'cuts herself', 'cuts himself', 'hurting herself', 'hurting himself', 'hurting myself', 'harming herself',
          'harming himself', 'harming myself', 'hurt myself', 'hurt himself', 'hurt herself', 'hurts himself',
          'hurts herself', 'hurts myself', 'cut myself', 'cut herself', 'cut himself', 'burning myself',
          'niweidio fy hun', 'hunan niweidio', 'torri fy hun',
        ],
      },
      {
        label: 'perinatal postnatal pregnancy mothers parents',
        phrases: [
          'postnatal depression', 'perinatal', 'perinatal mental health', 'postnatal', 'post natal', 'baby blues',
          'birth trauma', 'after the birth', 'since the baby', 'since having the baby',
          'since i had the baby', 'had my baby', 'had a baby', 'new mum', 'new mom', 'iselder ol enedigol',
          'ar ol cael y babi', 'mam newydd', 'iselder amenedigol',
        ],
      },
      {
        label: 'talking therapies counselling therapy',
        phrases: [
          'counselling', 'talking therapy', 'talking therapies', 'psychotherapy', 'cbt', 'cognitive behavioural therapy',
          'therapy', 'therapist', 'counsellor', 'someone to talk to about', 'talk to someone', 'speak to someone',
          'someone to talk to about it', 'talk about how i feel', 'not just tablets', 'not just pills', 'cwnsela',
          'therapi siarad', 'therapi', 'cwnselydd', 'siarad efo rhywun', 'siarad gyda rhywun', 'siarad a rhywun',
        ],
      },
    ],
  },
  loneliness: {
    en: [
      'housebound',
      'lonely', 'loneliness', 'isolated', 'isolation', 'social isolation', 'befriending', 'befriender', 'companionship',
      'company', 'friendship', 'friends', 'make friends', 'meet people', 'meeting people', 'social group', 'social activity',
      'lunch club', 'coffee morning', 'tea party', 'day centre', 'day club', 'community group', 'chat', 'phone calls',
      'social contact', 'mens shed',
      'telephone befriending', 'regular calls', 'telephone calls', 'on my own', 'by myself', 'someone to talk to',
    ],
    cy: ['neb i siarad', 'neb i siarad efo', 'siarad efo neb', 'gweld neb', 'neb yn dod', 'yn gaeth i r ty', 'neb yn galw', 'unig', 'unigrwydd', 'ynysig', 'ynysu', 'cyfeillio', 'cwmni', 'cwmnia', 'ffrindiau', 'cyfarfod pobl', 'clwb cinio', 'bore coffi', 'sgwrs', 'ar ben fy hun'],
    personOnly: ['no friends', 'dont know anyone', 'new to the area', 'nobody visits', 'no one visits', 'stuck indoors', 'speaking to a soul', 'without speaking to', 'no one to talk to', 'nobody to talk to', 'never see anyone', 'talk to', 'alone', 'bored',
      'dont speak to anyone', 'dont talk to anyone', 'dont see anyone', 'never speak to anyone', 'not spoken to anyone',
      'havent spoken to anyone', 'havent seen anyone', 'only company', 'no company', 'only company is the telly',
      'four walls', 'nobody calls', 'no one calls', 'phone never rings', 'nobody comes', 'no one comes round',
      'one week to the next', 'days without', 'miss having people',
    ],
    esd: ['loneliness', 'social isolation', 'isolated', 'befriending', 'lonely'],
  },
  moneyAdvice: {
    en: [
      'gas bill', 'electric bill', 'electricity bill', 'prepayment meter', 'top up the meter', 'sanctioned', 'benefits stopped', 'fuel poverty', 'warm space', 'warm spaces',
      'money', 'money advice', 'debt', 'debts', 'benefits', 'benefit', 'welfare benefits', 'universal credit',
      'attendance allowance', 'pip', 'personal independence payment', 'pension credit', 'bills', 'energy bills',
      'cost of living', 'food bank', 'foodbank', 'financial', 'energy advice', 'finances', 'budgeting', 'grant', 'grants', 'income',
      'citizens advice', 'afford', 'cant afford', 'arrears', 'council tax', 'bailiff', 'bailiffs', 'credit card',
      'credit cards', 'loan', 'loans', 'overdraft', 'payday loan', 'loan shark', 'benefit forms', 'form filling',
      'benefits advice', 'entitled to', 'heating bills', 'state pension', 'debt advice', 'income maximisation',
    ],
    cy: ['bil nwy', 'bil trydan', 'mesurydd rhagdalu', 'tlodi tanwydd', 'arian', 'cyngor ar arian', 'dyled', 'dyledion', 'budd daliadau', 'budd dal', 'credyd cynhwysol', 'lwfans gweini', 'biliau', 'costau byw', 'banc bwyd', 'grant', 'pensiwn', 'treth gyngor'],
    personOnly: [
      'skint', 'broke', 'short of money', 'struggling with money', 'pay the bills', 'pip form', 'till payday', 'cant pay',
      'i owe', 'owe money', 'we owe', 'in debt', 'behind on', 'red letters', 'final demand',
    ],
    esd: ['debt', 'money advice', 'benefits', 'low income', 'financial hardship', 'welfare benefits', 'unemployed'],
    facets: [
      {
        label: 'debt advice',
        phrases: [
          'debt', 'debts', 'arrears', 'bailiff', 'bailiffs', 'credit card', 'credit cards', 'loan', 'loans', 'overdraft',
          'payday loan', 'loan shark', 'debt advice', 'cant pay', 'dyled', 'dyledion', 'i owe', 'owe money', 'we owe',
          'in debt', 'behind on', 'red letters', 'final demand',
        ],
      },
      {
        label: 'welfare benefits advice',
        phrases: [
          'benefits', 'benefit', 'welfare benefits', 'universal credit', 'attendance allowance', 'pip',
          'personal independence payment', 'pension credit', 'benefit forms', 'form filling', 'benefits advice',
          'entitled to', 'sanctioned', 'benefits stopped', 'pip form', 'budd daliadau', 'budd dal', 'credyd cynhwysol',
          'lwfans gweini',
        ],
      },
    ],
  },
  housing: {
    en: [
      'mould', 'mold', 'damp and mould', 'overcrowded', 'overcrowding', 'hostel', 'housing association', 'housing register', 'sleeping rough', 'sleeping in my car', 'on the streets', 'no heating', 'heating broken',
      'housing', 'homeless', 'homelessness', 'rough sleeping', 'evicted', 'eviction', 'landlord', 'rent', 'tenancy',
      'accommodation', 'supported housing', 'sheltered housing', 'extra care housing', 'housing advice', 'damp',
      'repairs', 'home repairs', 'move home', 'somewhere to live', 'place to live', 'sofa surfing', 'section 21',
      'notice to quit', 'temporary accommodation', 'nowhere to go', 'sleeping in a doorway', 'sleeping in doorways',
      'sleeping outside', 'sleeps rough', 'sleeping on the street', 'sleeping on the streets', 'living on the streets',
      'living on the street', 'street homeless', 'sleeping in a tent', 'sleeping in the park', 'nowhere to sleep',
      'nowhere to stay', 'somewhere to stay', 'place to stay', 'somewhere to sleep', 'thrown out', 'been thrown out',
      'threw me out', 'threw him out', 'threw her out', 'no fixed abode', 'hidden homeless',
      'kicked me out', 'kicked him out', 'kicked her out', 'sleeping on sofas', 'sleeping on a sofa', 'mates sofa',
      'mates sofas', 'friends sofa', 'friends sofas', 'furniture', 'white goods', 'household goods',
    ],
    cy: ['dodrefn', 'taflu allan', 'wedi cael ei daflu allan', 'unman i gysgu', 'unman i fyw', 'unman i aros', 'lle i gysgu', 'cysgu ar y stryd', 'llwydni', 'gorlawn', 'hostel', 'cysgu allan', 'cymdeithas dai', 'tai', 'digartref', 'digartrefedd', 'troi allan', 'landlord', 'rhent', 'tenantiaeth', 'llety', 'tai gwarchod', 'lle i fyw', 'tamp'],
    personOnly: [
      'nowhere to live', 'lose my home', 'losing my home', 'kicked out', 'no bed', 'no beds', 'no fridge', 'no cooker',
      'no washing machine', 'no sofa', 'empty flat', 'empty house', 'nothing to sit on', 'nothing to sleep on',
    ],
    esd: ['homeless', 'homelessness', 'housing', 'housing advice', 'at risk of homelessness'],
    facets: [
      {
        label: 'homeless homelessness',
        phrases: [
          'homeless', 'homelessness', 'rough sleeping', 'evicted', 'eviction', 'sofa surfing', 'section 21', 'notice to quit',
          'nowhere to go', 'temporary accommodation', 'somewhere to live', 'place to live', 'sleeping rough',
          'sleeping in my car', 'on the streets', 'nowhere to live', 'lose my home', 'losing my home', 'kicked out', 'hostel',
          'digartref', 'digartrefedd', 'troi allan', 'lle i fyw', 'cysgu allan', 'sleeping in a doorway',
          'sleeping in doorways', 'sleeping outside', 'sleeps rough', 'sleeping on the street', 'sleeping on the streets',
          'living on the streets', 'living on the street', 'street homeless', 'sleeping in a tent', 'sleeping in the park',
          'nowhere to sleep', 'nowhere to stay', 'somewhere to stay', 'place to stay', 'somewhere to sleep', 'thrown out',
          'been thrown out', 'threw me out', 'threw him out', 'threw her out', 'no fixed abode', 'hidden homeless',
          'taflu allan', 'wedi cael ei daflu allan', 'unman i gysgu', 'unman i fyw', 'unman i aros', 'lle i gysgu',
          'cysgu ar y stryd', 'kicked me out', 'kicked him out', 'kicked her out', 'sleeping on sofas', 'sleeping on a sofa',
          'mates sofa', 'mates sofas', 'friends sofa', 'friends sofas',
        ],
      },
      {
        label: 'furniture household goods',
        phrases: [
          'furniture', 'white goods', 'household goods', 'no bed', 'no beds', 'no fridge', 'no cooker', 'no washing machine',
          'no sofa', 'empty flat', 'empty house', 'nothing to sit on', 'nothing to sleep on', 'dodrefn',
        ],
      },
      {
        label: 'housing repairs',
        phrases: ['damp', 'mould', 'mold', 'damp and mould', 'repairs', 'home repairs', 'no heating', 'heating broken', 'tamp', 'llwydni'],
      },
    ],
  },
  equipment: {
    en: [
      'equipment', 'adaptations', 'adaptation', 'home adaptations', 'aids and adaptations', 'daily living aids',
      'mobility aids', 'grab rail', 'grab rails', 'handrail', 'stairlift', 'stair lift', 'ramp', 'walk in shower',
      'wet room', 'bath lift', 'commode', 'hoist', 'wheelchair', 'walking frame', 'walker', 'mobility scooter',
      'occupational therapy', 'occupational therapist', 'disabled facilities grant', 'assistive technology', 'hospital bed',
      'mobility', 'getting around the home', 'home improvement', 'wheelchair hire', 'wheelchair loan', 'equipment loan',
      'equipment hire', 'borrow a wheelchair', 'hire a wheelchair', 'loan of a wheelchair', 'crutches', 'walking stick',
      'zimmer frame', 'rollator', 'perching stool', 'raised toilet seat', 'shower chair', 'bath seat', 'mobility aid',
    ],
    cy: ['benthyg cadair olwyn', 'llogi cadair olwyn', 'baglau', 'ffon gerdded', 'offer', 'addasiadau', 'addasiad', 'canllaw', 'lifft grisiau', 'ramp', 'cadair olwyn', 'therapydd galwedigaethol', 'cymhorthion', 'cawod'],
    personOnly: ['cant walk', 'cant walk far', 'cant get upstairs', 'cant manage the stairs', 'the stairs', 'get in the bath', 'get out of the bath', 'in and out of bed'],
    esd: ['equipment', 'aids and adaptations', 'adaptations', 'disability equipment', 'wheelchair users', 'occupational therapy'],
    facets: [
      {
        label: 'hire loan',
        phrases: [
          'wheelchair hire', 'wheelchair loan', 'equipment loan', 'equipment hire', 'borrow a wheelchair', 'hire a wheelchair',
          'loan of a wheelchair', 'benthyg cadair olwyn', 'llogi cadair olwyn',
        ],
      },
    ],
  },
  personalCare: {
    en: [
      'care visits', 'carers coming in', 'help getting up', 'help getting to bed', 'housework', 'bed bath',
      'personal care', 'home care', 'homecare', 'care at home', 'domiciliary care', 'carer visits', 'care worker',
      'washing', 'bathing', 'showering', 'dressing', 'getting dressed', 'toileting', 'continence', 'live in care',
      'home help', 'support at home', 'help at home', 'care home', 'residential care', 'nursing home', 'care package',
      'daily living', 'social care assessment', 'needs assessment', 'care assessment', 'supported living', 'direct payment',
      'direct payments', 'personal budget', 'personal assistant', 'care agency',
    ],
    cy: ['glanhau', 'gwaith ty', 'gofal personol', 'gofal cartref', 'gofal yn y cartref', 'ymolchi', 'gwisgo', 'toiled', 'cartref gofal', 'cartref nyrsio', 'cymorth yn y cartref', 'asesiad gofal', 'taliadau uniongyrchol', 'cyllideb bersonol', 'cynorthwyydd personol'],
    personOnly: [
      'go into a home', 'move into a home', 'going into a home', 'into a care home', 'choosing a care home',
      'choose a care home', 'pay for care', 'paying for care', 'pay for her care', 'pay for his care', 'self funding',
      'self funder', 'self funded', 'cant stay at home', 'cant live at home', 'cant manage at home anymore',
      'own carer', 'employ a carer', 'cant wash', 'cant dress', 'help getting washed', 'help to wash', 'help with washing', 'struggling to manage at home', 'cant manage'],
    esd: ['personal care', 'home care', 'domiciliary care', 'care at home', 'residential care', 'supported living'],
    facets: [
      {
        // Moving into a home, and paying for it, is a different search from care visits at home.
        label: 'care homes residential nursing home',
        phrases: [
          'care home', 'residential care', 'nursing home', 'cartref gofal', 'cartref nyrsio', 'go into a home',
          'move into a home', 'going into a home', 'into a care home', 'choosing a care home', 'choose a care home',
          'pay for care', 'paying for care', 'pay for her care', 'pay for his care', 'self funding', 'self funder',
          'self funded', 'cant stay at home', 'cant live at home', 'cant manage at home anymore',
        ],
      },
    ],
  },
  transport: {
    en: [
      'transport', 'community transport', 'dial a ride', 'lift', 'lifts', 'driver', 'driving', 'bus', 'buses',
      'bus pass', 'taxi', 'patient transport', 'get to appointments', 'getting to appointments', 'shopmobility',
      'travel', 'wheelchair accessible vehicle', 'blue badge',
    ],
    cy: ['trafnidiaeth', 'cludiant', 'cludiant cymunedol', 'bws', 'tocyn bws', 'tacsi', 'lifft', 'bathodyn glas', 'teithio'],
    personOnly: ['cant drive', 'dont drive', 'no car', 'no transport', 'get to the doctors', 'get to the shops', 'get out of the house', 'hospital appointments', 'hospital appointment', 'my appointments', 'to appointments', 'lift to'],
    esd: ['transport', 'community transport', 'travel'],
  },
  learningDisability: {
    en: [
      'send', 'ehcp', 'dyslexia', 'dyspraxia', 'special needs',
      'learning disability', 'learning disabilities', 'learning difficulty', 'learning difficulties', 'down syndrome',
      'downs syndrome', 'special educational needs', 'mencap', 'learning disabled',
    ],
    cy: ['anghenion arbennig', 'dyslecsia', 'anabledd dysgu', 'anableddau dysgu', 'anhawster dysgu', 'anawsterau dysgu', 'syndrom down'],
    personOnly: [],
    esd: ['learning disabilities', 'learning disability', 'learning difficulties'],
  },
  autism: {
    en: ['autism', 'autistic', 'asperger', 'aspergers', 'asd', 'neurodiverse', 'neurodiversity', 'neurodivergent', 'adhd'],
    cy: ['awtistiaeth', 'awtistig', 'asperger', 'niwroamrywiaeth'],
    personOnly: [],
    esd: ['autism', 'aspergers', 'autistic spectrum'],
  },
  substanceUse: {
    en: [
      'overdose', 'needle exchange', 'methadone', 'relapse', 'relapsed', 'using again', 'spice', 'ketamine', 'crack',
      'alcohol', 'alcoholic', 'alcoholism', 'drunk', 'drinking', 'drink problem', 'drinks too much', 'drug', 'drugs', 'addiction', 'addicted', 'substance',
      'substance misuse', 'recovery', 'alcoholics anonymous', 'detox', 'sober', 'cannabis',
      'heroin', 'cocaine', 'prescription drug', 'dependence', 'dependency',
    ],
    cy: [
      'tad yn yfed', 'mam yn yfed', 'gwr yn yfed', 'gwraig yn yfed', 'mab yn yfed', 'merch yn yfed', 'partner yn yfed',
      'gorddos', 'ailwaelu', 'alcohol', 'yfed', 'cyffuriau', 'cyffur', 'caethiwed', 'adferiad', 'gormod o alcohol'],
    personOnly: [
      'drinks a lot', 'drinking too much', 'hooked', 'bottle of wine', 'cant stop drinking', 'his drinking',
      'her drinking', 'my drinking', 'drinking more', 'drinking every day', 'drinking every night', 'on the drink',
      'on drugs', 'using drugs', 'their drinking', 'husbands drinking', 'wifes drinking', 'partners drinking',
      'dads drinking', 'mums drinking', 'sons drinking', 'daughters drinking', 'his drug use', 'her drug use',
      'sons drug use', 'daughters drug use', 'someone elses drinking',
      // What people drink and take, in their words; too loose to tag a description ("wine tasting", "painkillers").
      'vodka', 'whisky', 'whiskey', 'gin', 'lager', 'cider', 'beer', 'wine', 'booze', 'boozing', 'pints', 'cans of', 'bottle a day', 'a bottle of', 'hungover', 'hangovers', 'the shakes',
      'diazepam', 'benzos', 'benzodiazepines', 'valium', 'tramadol', 'codeine', 'opioids', 'opiates', 'painkillers', 'sleeping pills', 'sleeping tablets', 'come off', 'coming off', 'get off them', 'withdrawal', 'withdrawals', 'cold turkey',
      'weed', 'coke', 'ket', 'mdma', 'pills', 'high all the time', 'fodca', 'cwrw', 'gwin', 'tabledi cysgu',
    ],
    esd: ['drug and alcohol misuse', 'substance misuse', 'alcohol misuse', 'drug misuse', 'addiction'],
    facets: [
      {
        label: 'family families friends affected by someone elses drinking',
        phrases: [
          'his drinking', 'her drinking', 'their drinking', 'husbands drinking', 'wifes drinking', 'partners drinking',
          'dads drinking', 'mums drinking', 'sons drinking', 'daughters drinking', 'his drug use', 'her drug use',
          'sons drug use', 'daughters drug use', 'someone elses drinking', 'tad yn yfed', 'mam yn yfed', 'gwr yn yfed', 'gwraig yn yfed', 'mab yn yfed', 'merch yn yfed', 'partner yn yfed',
        ],
      },
      {
        label: 'alcohol',
        phrases: [
          'alcohol', 'alcoholic', 'alcoholism', 'drunk', 'drinking', 'drink problem', 'drinks too much', 'drinks a lot',
          'drinking too much', 'bottle of wine', 'cant stop drinking', 'my drinking', 'drinking more', 'drinking every day',
          'drinking every night', 'on the drink', 'alcoholics anonymous', 'sober', 'yfed', 'gormod o alcohol', 'fodca',
          'cwrw', 'gwin', 'vodka', 'whisky', 'whiskey', 'gin', 'lager', 'cider', 'beer', 'wine', 'booze', 'boozing', 'pints', 'cans of', 'bottle a day', 'a bottle of', 'hungover', 'hangovers', 'the shakes',
        ],
      },
      {
        // Dependence on medicines from a doctor is helped by different services from street drugs.
        label: 'prescription drug dependence medication',
        phrases: ['prescription drug', 'tabledi cysgu', 'diazepam', 'benzos', 'benzodiazepines', 'valium', 'tramadol', 'codeine', 'opioids', 'opiates', 'painkillers', 'sleeping pills', 'sleeping tablets', 'come off', 'coming off', 'get off them', 'withdrawal', 'withdrawals', 'cold turkey'],
      },
    ],
  },
  domesticAbuse: {
    en: [
      'stalking', 'stalked', 'stalker', 'harassment', 'harassed', 'ex partner', 'non molestation', 'restraining order', 'fgm',
      'domestic abuse', 'domestic violence', 'abuse', 'abusive', 'abused', 'violence', 'violent', 'controlling',
      'coercive control', 'hits me', 'hurts me', 'afraid of my partner', 'scared of my partner', 'refuge',
      'rape', 'raped', 'sexual abuse', 'survivors', 'victim', 'victims', 'honour based', 'forced marriage',
    ],
    cy: ['stelcio', 'aflonyddu', 'cyn bartner', 'cam drin domestig', 'cam drin', 'camdriniaeth', 'trais domestig', 'trais', 'lloches', 'ofn fy mhartner', 'goroeswyr'],
    personOnly: [
      'scared of him', 'scared of her', 'threatens me', 'not safe at home', 'hit me', 'hits him', 'hits her', 'hit him',
      'hit her', 'pushed me', 'pushes me', 'shoved me', 'strangled me', 'checks my phone', 'takes my wages', 'takes my money',
      'controls the money', 'controls all the money', 'controls me', 'controls everything', 'walking on eggshells',
      'scared to leave', 'afraid to leave', 'threatened me', 'wont leave me alone', 'keeps turning up', 'my ex keeps', 'his temper', 'her temper',
    ],
    esd: ['domestic abuse', 'domestic violence', 'survivors of abuse', 'victims of crime'],
  },
  physicalHealth: {
    en: [
      'menopause', 'asthma', 'epilepsy', 'kidney', 'dialysis', 'chemo', 'chemotherapy', 'long covid', 'chronic fatigue', 'stop smoking', 'quit smoking', 'smoking', 'incontinence',
      'gp', 'doctor', 'doctors', 'surgery', 'health centre', 'nurse', 'district nurse', 'community nursing', 'physiotherapy', 'physio',
      'physical health',
      'pain', 'chronic pain', 'long term condition', 'long term health conditions', 'diabetes', 'stroke', 'heart',
      'cancer', 'parkinsons', 'arthritis', 'copd', 'breathing', 'multiple sclerosis', 'fibromyalgia', 'podiatry',
      'chiropody', 'foot care', 'pharmacy', 'dentist', 'exercise', 'keep fit', 'fitness', 'illness', 'ill', 'poorly',
      'radiotherapy', 'tumour', 'oncology', 'leukaemia', 'lymphoma', 'mastectomy', 'macmillan', 'had a stroke',
      'aphasia', 'parkinson', 'motor neurone disease', 'brain injury', 'head injury', 'heart failure', 'heart attack',
      'cardiac', 'lung', 'lungs', 'breathless', 'emphysema', 'chronic fatigue syndrome', 'myalgic encephalomyelitis',
      'walking group', 'walking groups', 'health walks', 'nordic walking', 'physical activity', 'get active', 'swimming',
    ],
    cy: ['radiotherapi', 'tiwmor', 'stroc', 'anaf i r ymennydd', 'trawiad ar y galon', 'ysgyfaint', 'grwp cerdded', 'cerdded', 'menopos', 'asthma', 'epilepsi', 'ysmygu', 'rhoi r gorau i ysmygu', 'cemotherapi', 'meddyg', 'meddyg teulu', 'feddygfa', 'meddygfa', 'nyrs', 'poen', 'salwch', 'sal', 'diabetes', 'strôc', 'calon', 'canser', 'ffisiotherapi', 'fferyllfa', 'deintydd', 'ymarfer corff'],
    personOnly: [
      'has ms', 'got ms', 'with ms', 'shes got ms', 'hes got ms', 'gydag me', 'ag me', 'efo me', 'short of breath',
      'out of breath', 'a walk', 'go for walks', 'walking club', 'ramblers', 'get fitter', 'get fit', 'lose weight',
      'unwell', 'not well', 'sick', 'broke my ankle', 'broken ankle', 'broke my leg', 'broken leg', 'broke my wrist', 'broken wrist', 'broken hip', 'broke my hip', 'bad leg', 'bad back', 'bad chest'],
    esd: ['long term health conditions', 'long term conditions', 'long term health condition', 'cancer', 'parkinsons', 'chronically ill'],
    // Conditions and activities that directories serve apart: "chemo" meets cancer services, not every GP surgery.
    facets: [
      {
        label: 'cancer',
        phrases: [
          'cancer', 'chemo', 'chemotherapy', 'radiotherapy', 'tumour', 'oncology', 'leukaemia', 'lymphoma', 'mastectomy',
          'macmillan', 'canser', 'cemotherapi', 'radiotherapi', 'tiwmor',
        ],
      },
      { label: 'stroke', phrases: ['stroke', 'had a stroke', 'aphasia', 'strôc', 'stroc'] },
      { label: 'parkinsons', phrases: ['parkinsons', 'parkinson'] },
      { label: 'multiple sclerosis', phrases: ['multiple sclerosis', 'has ms', 'got ms', 'with ms', 'shes got ms', 'hes got ms'] },
      {
        label: 'chronic fatigue',
        phrases: ['chronic fatigue', 'chronic fatigue syndrome', 'myalgic encephalomyelitis', 'long covid', 'gydag me', 'ag me', 'efo me'],
      },
      { label: 'heart', phrases: ['heart', 'heart failure', 'heart attack', 'cardiac', 'calon', 'trawiad ar y galon'] },
      {
        label: 'lung breathing',
        phrases: ['copd', 'breathing', 'lung', 'lungs', 'breathless', 'emphysema', 'asthma', 'short of breath', 'out of breath', 'ysgyfaint'],
      },
      { label: 'brain injury', phrases: ['brain injury', 'head injury', 'anaf i r ymennydd'] },
      {
        label: 'walking walks',
        phrases: ['walking group', 'walking groups', 'health walks', 'nordic walking', 'a walk', 'go for walks', 'walking club', 'ramblers', 'grwp cerdded', 'cerdded'],
      },
      {
        label: 'exercise physical activity',
        phrases: ['exercise', 'keep fit', 'fitness', 'physical activity', 'get active', 'swimming', 'get fitter', 'get fit', 'ymarfer corff'],
      },
    ],
  },
  meals: {
    en: [
      'meals', 'meal', 'meals on wheels', 'hot meals', 'food', 'cooking', 'cook', 'eating', 'nutrition', 'hungry',
      'food bank', 'foodbank', 'community meals', 'lunch', 'shopping', 'groceries', 'community fridge', 'food parcels',
    ],
    cy: ['prydau', 'pryd', 'pryd ar glud', 'bwyd', 'coginio', 'bwyta', 'banc bwyd', 'siopa', 'cinio', 'llwglyd', 'dim bwyd', 'dim bwyd yn y ty'],
    personOnly: [
      'cupboards are empty', 'nothing in the cupboards', 'empty cupboards', 'food vouchers', 'not eating', 'cant cook',
      'nothing to eat', 'no food', 'no food in the house', 'kids to feed', 'feed the kids', 'feed my kids',
      'feed my children', 'feed the family', 'cant afford food', 'cant afford to eat', 'skipping meals', 'going hungry',
      'go hungry', 'food parcel', 'run out of food', 'ran out of food', 'manage meals', 'make meals', 'cook for myself',
      'cook for himself', 'cook for herself', 'get my shopping', 'do my shopping', 'do the shopping',
    ],
    esd: ['meals', 'meals on wheels', 'food', 'nutrition', 'food poverty'],
    facets: [
      {
        label: 'food bank foodbank food parcels',
        phrases: [
          'food bank', 'foodbank', 'food parcels', 'community fridge', 'hungry', 'cupboards are empty',
          'nothing in the cupboards', 'empty cupboards', 'food vouchers', 'nothing to eat', 'no food',
          'no food in the house', 'kids to feed', 'feed the kids', 'feed my kids', 'feed my children', 'feed the family',
          'cant afford food', 'cant afford to eat', 'skipping meals', 'going hungry', 'go hungry', 'food parcel',
          'run out of food', 'ran out of food', 'banc bwyd', 'llwglyd', 'dim bwyd', 'dim bwyd yn y ty',
        ],
      },
      {
        label: 'meals delivered hot meals',
        phrases: [
          'meals', 'meal', 'meals on wheels', 'hot meals', 'cooking', 'cook', 'community meals', 'cant cook',
          'manage meals', 'make meals', 'cook for myself', 'cook for himself', 'cook for herself', 'prydau', 'pryd',
          'pryd ar glud', 'coginio',
        ],
      },
    ],
  },
  telecare: {
    en: [
      'telecare', 'careline', 'lifeline', 'personal alarm', 'pendant alarm', 'alarm', 'emergency alarm', 'alarm pendant',
      'community alarm', 'call button', 'panic button', 'fall detector', 'gps tracker', 'monitoring', 'key safe',
      'sensors', 'assistive technology', 'technology enabled care',
    ],
    cy: ['teleofal', 'larwm', 'larwm personol', 'botwm argyfwng', 'blwch allwedd', 'synwyryddion'],
    personOnly: ['press a button', 'help if he falls', 'help if she falls', 'alone at night'],
    esd: ['telecare', 'community alarms', 'assistive technology', 'technology enabled care', 'staying safe at home'],
  },
  bereavement: {
    en: [
      'baby loss', 'miscarriage', 'stillbirth', 'suicide bereavement', 'bereaved by suicide',
      'bereavement', 'bereaved', 'grief', 'grieving', 'passed away', 'died', 'death',
      'widow', 'widowed', 'widower', 'funeral', 'mourning', 'cruse', 'end of life', 'hospice', 'palliative',
    ],
    cy: ['colli babi', 'camesgor', 'marw anedig', 'profedigaeth', 'galar', 'galaru', 'wedi marw', 'marw', 'marwolaeth', 'angladd', 'gweddw', 'colli fy ngwr', 'colli fy ngwraig', 'colli mam', 'colli dad', 'hosbis', 'diwedd oes'],
    personOnly: ['lost my wife', 'lost my husband', 'lost my partner', 'lost my mum', 'lost my dad', 'lost my son', 'lost my daughter', 'lost our baby', 'lost my baby', 'lost the baby', 'since she died', 'since he died', 'miss her', 'miss him'],
    esd: ['bereaved', 'bereavement', 'end of life', 'palliative care'],
  },
  employment: {
    en: [
      'redundant', 'made redundant', 'redundancy', 'sacked', 'looking for work', 'esol', 'learn english', 'english classes', 'qualifications', 'college course',
      'employment', 'job', 'jobs', 'work', 'working', 'unemployed', 'job seeker', 'jobcentre', 'job club', 'careers',
      'cv', 'training', 'volunteering', 'volunteer', 'skills', 'back to work', 'employment support', 'apprenticeship',
    ],
    cy: ['diswyddo', 'colli fy swydd', 'dysgu saesneg', 'cymwysterau', 'gwaith', 'swydd', 'swyddi', 'cyflogaeth', 'di waith', 'hyfforddiant', 'gwirfoddoli', 'sgiliau', 'canolfan waith'],
    personOnly: ['lost my job', 'find a job', 'out of work'],
    esd: ['employment', 'unemployed', 'job seekers', 'volunteering', 'training'],
  },
  sensoryLoss: {
    en: [
      'sight loss', 'sight', 'blind', 'blindness', 'visually impaired', 'visual impairment', 'partially sighted', 'vision',
      'eyesight', 'macular', 'glaucoma', 'hearing', 'hearing loss', 'deaf', 'deafness', 'hard of hearing',
      'hearing aid', 'hearing aids', 'deafblind', 'sensory', 'sensory impairment', 'bsl', 'sign language', 'lip reading',
      'guide dog', 'tinnitus', 'eyes', 'eye condition', 'cataract', 'cataracts', 'low vision', 'registered blind',
      'sight impaired', 'sight impairment', 'braille', 'rnib', 'cochlear implant', 'deafened', 'ears',
    ],
    cy: ['golwg', 'colli golwg', 'dall', 'dallineb', 'nam ar y golwg', 'clyw', 'colli clyw', 'byddar', 'trwm eu clyw', 'cymorth clyw', 'iaith arwyddion'],
    personOnly: ['cant see', 'cant hear', 'going blind', 'going deaf', 'cant read', 'eyes are going', 'losing his sight', 'losing her sight', 'losing my sight'],
    esd: ['sensory impaired', 'visually impaired', 'hearing impaired', 'deaf', 'blind', 'sensory impairment'],
    facets: [
      {
        label: 'sight loss visually impaired blind',
        phrases: [
          'sight loss', 'sight', 'blind', 'blindness', 'visually impaired', 'visual impairment', 'partially sighted',
          'vision', 'eyesight', 'macular', 'glaucoma', 'guide dog', 'eyes', 'eye condition', 'cataract', 'cataracts',
          'low vision', 'registered blind', 'sight impaired', 'sight impairment', 'braille', 'rnib', 'cant see',
          'going blind', 'cant read', 'eyes are going', 'losing his sight', 'losing her sight', 'losing my sight', 'golwg',
          'colli golwg', 'dall', 'dallineb', 'nam ar y golwg',
        ],
      },
      {
        label: 'hearing loss hearing impaired deaf',
        phrases: [
          'hearing', 'hearing loss', 'deaf', 'deafness', 'hard of hearing', 'hearing aid', 'hearing aids', 'bsl',
          'sign language', 'lip reading', 'tinnitus', 'cochlear implant', 'deafened', 'ears', 'cant hear', 'going deaf',
          'clyw', 'colli clyw', 'byddar', 'trwm eu clyw', 'cymorth clyw', 'iaith arwyddion',
        ],
      },
    ],
  },
  welshLanguage: {
    en: ['welsh', 'welsh language', 'welsh speaker', 'welsh speaking', 'in welsh', 'cymraeg', 'bilingual', 'active offer'],
    cy: ['cymraeg', 'yn gymraeg', 'siarad cymraeg', 'siaradwr cymraeg', 'cymro', 'cymraes', 'dwyieithog', 'cynnig rhagweithiol'],
    personOnly: [],
    esd: ['welsh language', 'welsh speakers'],
  },
  armedForces: {
    en: [
      'armed forces', 'veteran', 'veterans', 'ex forces', 'ex service', 'ex serviceman', 'ex servicemen', 'service leavers',
      'service personnel', 'forces', 'military', 'army', 'navy', 'royal navy', 'raf', 'royal air force', 'royal marines',
      'soldier', 'soldiers', 'sailor', 'ex military', 'forces families', 'armed forces covenant', 'reservist',
      'reservists', 'royal british legion', 'ssafa', 'help for heroes', 'combat stress', 'regiment',
    ],
    cy: [
      'lluoedd arfog', 'cyn filwr', 'cyn filwyr', 'milwr', 'milwyr', 'milwrol', 'byddin', 'llynges', 'llu awyr',
      'cyn aelodau r lluoedd arfog', 'teuluoedd y lluoedd arfog',
    ],
    personOnly: ['left the army', 'left the forces', 'left the navy', 'in the army', 'in the forces', 'served in'],
    esd: ['armed forces', 'veterans', 'ex service personnel', 'armed forces community', 'service leavers', 'ex forces'],
  },
  lgbtq: {
    en: [
      'lgbt', 'lgbtq', 'lgbtqi', 'lgbtqia', 'lgbtqia+', 'gay', 'lesbian', 'bisexual', 'transgender', 'trans', 'non binary',
      'nonbinary', 'queer', 'gender identity', 'sexual orientation', 'sexuality', 'coming out', 'intersex',
      'gender dysphoria', 'gender questioning',
    ],
    cy: ['lhdt', 'lhdtc', 'lhdtc+', 'hoyw', 'lesbiaidd', 'deurywiol', 'trawsryweddol', 'traws', 'anneuaidd', 'cwiar', 'rhywioldeb', 'hunaniaeth rhywedd'],
    personOnly: ['came out', 'same sex partner', 'my boyfriend and i are both', 'my girlfriend and i are both'],
    esd: ['lgbtq+', 'lgbtq', 'lgbt', 'lgbt+', 'lesbian gay bisexual and transgender', 'transgender', 'sexual orientation', 'gender identity'],
  },
  hoarding: {
    en: [
      'hoarding', 'hoarder', 'hoard', 'hoards', 'hoarded', 'dehoarding', 'clutter', 'cluttered', 'declutter',
      'decluttering', 'declutterer', 'house clearance', 'hoarding disorder',
    ],
    cy: ['celcio', 'celciwr', 'celc', 'annibendod', 'tacluso', 'clirio tai', 'pentyrrau', 'llawn sothach', 'methu taflu dim'],
    personOnly: [
      'throw anything away', 'throw things away', 'throw anything out', 'throw things out', 'full of stuff',
      'full to the ceiling', 'piles of stuff', 'keeps everything', 'cant get in the house', 'cant move for stuff',
      'piled to the ceiling', 'piled high', 'stacked to the ceiling', 'junk',
      'full of junk', 'full of rubbish', 'rubbish everywhere', 'stuff everywhere', 'cant get to his kitchen',
      'cant get to her kitchen', 'cant get to the kitchen', 'cant get to the bathroom', 'cant get to his bathroom',
      'cant get to her bathroom', 'cant get to the bed', 'cant use the kitchen', 'cant open the door', 'wont throw',
      'wont get rid', 'cant get rid of anything', 'newspapers everywhere', 'every room is full',
    ],
    esd: ['hoarding', 'hoarding disorder', 'self neglect and hoarding'],
  },
  gambling: {
    en: [
      'gambling', 'gamble', 'gambles', 'gambled', 'gambler', 'gamblers', 'problem gambling', 'gambling addiction',
      'gamblers anonymous', 'gamcare', 'betting', 'bets', 'bet', 'bookies', 'bookmakers', 'slot machines',
      'fruit machines', 'fixed odds', 'scratch cards', 'scratchcards', 'casino', 'online casino', 'roulette', 'poker',
      'accumulator', 'accas', 'on the horses', 'gambling harm', 'gambling harms',
    ],
    cy: ['gamblo', 'gamblwr', 'betio', 'hapchwarae', 'caethiwed i gamblo', 'problem gamblo'],
    personOnly: ['chasing losses', 'chasing my losses', 'lost it all on', 'cant stop betting', 'cant stop gambling'],
    esd: ['gambling', 'problem gambling', 'gambling addiction', 'gambling harm'],
  },
  sexualViolence: {
    en: [
      'sexual violence', 'sexual assault', 'sexually assaulted', 'rape', 'raped', 'sexual abuse', 'sexually abused',
      'childhood sexual abuse', 'sarc', 'sexual assault referral centre', 'indecent assault', 'groped', 'molested',
      'isva', 'sexual exploitation', 'sexual harassment',
    ],
    cy: ['trais rhywiol', 'ymosodiad rhywiol', 'cam drin rhywiol', 'treisio', 'treisiwyd', 'aflonyddu rhywiol', 'camfanteisio rhywiol'],
    personOnly: [
      'didnt consent', 'without my consent', 'didnt want it', 'forced me to', 'made me have sex', 'touched me',
      'didnt agree to', 'did not agree to', 'never agreed to', 'didnt say yes', 'i said no', 'took advantage of me',
      'drink was spiked', 'got spiked', 'was spiked',
    ],
    esd: ['sexual violence', 'sexual abuse', 'rape', 'survivors of sexual abuse', 'survivors of sexual violence', 'sexual assault'],
  },
  endOfLife: {
    en: [
      'end of life', 'end of life care', 'dying', 'terminal', 'terminally ill', 'terminal illness', 'palliative',
      'palliative care', 'hospice', 'hospice at home', 'life limiting', 'last days', 'advance care plan',
      'advance care planning', 'months to live', 'weeks to live', 'marie curie',
    ],
    cy: ['diwedd oes', 'gofal diwedd oes', 'gofal lliniarol', 'lliniarol', 'hosbis', 'salwch terfynol', 'yn marw'],
    personOnly: [
      'not long left', 'isnt going to get better', 'nothing more they can do', 'being given weeks', 'being given months',
      'weeks not months', 'weeks left', 'months left', 'weeks to go', 'given weeks', 'given months', 'die at home',
      'dying at home', 'final weeks', 'final days', 'wythnosau ar ol',
    ],
    esd: ['end of life', 'end of life care', 'palliative care', 'terminally ill', 'terminal illness'],
  },
  parenting: {
    en: [
      'parenting', 'parenting support', 'parenting course', 'parenting programme', 'family support', 'childrens centre',
      'children centre', 'family centre', 'family hub', 'early years', 'health visitor', 'health visiting', 'toddler',
      'toddlers', 'toddler group', 'baby group', 'stay and play', 'nursery place', 'nursery places', 'newborn',
      'speech delay', 'speech and language', 'speech and language therapy', 'language delay', 'late talker',
      'developmental delay', 'child development', 'development check', 'milestones', 'breastfeeding', 'weaning',
      'potty training', 'tantrums', 'sleep problems', 'two year old', 'three year old', '2 year old', '3 year old',
      'one year old', '1 year old', 'eighteen months', '18 months old',
    ],
    cy: [
      'magu plant', 'rhianta', 'cymorth i deuluoedd', 'canolfan plant', 'canolfan deulu', 'blynyddoedd cynnar',
      'ymwelydd iechyd', 'plentyn bach', 'plant bach', 'babi', 'grwp babanod', 'grwp plant bach', 'meithrinfa',
      'lleferydd', 'oedi lleferydd', 'iaith a lleferydd', 'datblygiad plant', 'bwydo ar y fron', 'strancio',
    ],
    personOnly: [
      'isnt talking', 'not talking much', 'not talking yet', 'isnt talking yet', 'hardly talking', 'no words yet',
      'only says a few words', 'not saying words', 'not speaking yet', 'still not talking', 'still not speaking',
      'wont talk yet', 'no speech', 'speech is behind', 'slow to talk', 'ddim yn siarad eto', 'not walking yet', 'behind for his age', 'behind for her age',
      'my baby', 'our baby', 'the baby', 'my toddler', 'new baby', 'first baby', 'single parent', 'single mum',
      'single dad', 'struggling with the kids', 'cant cope with the kids', 'his behaviour', 'her behaviour',
    ],
    esd: ['parents', 'parenting', 'families', 'early years', 'parents of young children', 'family support'],
  },
  crimeVictims: {
    en: [
      'victim of crime', 'victims of crime', 'crime', 'hate crime', 'hate incident', 'racist', 'racism', 'racial abuse',
      'racially abused', 'homophobic', 'transphobic', 'disability hate crime', 'burgled', 'burglary', 'broken into',
      'break in', 'mugged', 'robbed', 'robbery', 'assaulted', 'anti social behaviour', 'antisocial behaviour', 'vandalism',
      'graffiti', 'witness', 'witnesses', 'court', 'reported to the police', 'restorative justice',
    ],
    cy: ['trosedd', 'troseddau', 'trosedd casineb', 'hiliol', 'hiliaeth', 'dioddefwr', 'dioddefwyr', 'lladrad', 'byrgleriaeth', 'ymddygiad gwrthgymdeithasol', 'tyst'],
    personOnly: [
      'shouting at me', 'shouting abuse', 'shouted abuse', 'called me names', 'spat at', 'attacked me', 'beaten up',
      'someone broke in', 'stole my', 'stolen', 'written on our door', 'written on my door', 'smashed my window',
      'targeted because',
    ],
    esd: ['victims of crime', 'hate crime', 'crime', 'victims and witnesses'],
  },
  advocacy: {
    en: [
      'advocacy', 'advocate', 'independent advocate', 'independent advocacy', 'complaint', 'complaints', 'complain',
      'make a complaint', 'complaints procedure', 'appeal', 'appeals', 'challenge a decision', 'speak up', 'speaking up',
      'my rights', 'his rights', 'her rights', 'legal advice', 'solicitor', 'mental capacity', 'best interests',
      'power of attorney', 'lasting power of attorney', 'court of protection',
    ],
    cy: ['eiriolaeth', 'eiriolwr', 'cwyn', 'cwynion', 'cwyno', 'apelio', 'apel', 'hawliau', 'cyngor cyfreithiol', 'atwrneiaeth'],
    personOnly: [
      'not listening to', 'nobody listens', 'no one listens', 'not being listened to', 'wont listen', 'fobbed off',
      'turn up late', 'dont turn up', 'didnt turn up', 'not happy with the care', 'unhappy with the care', 'poor care',
    ],
    esd: ['advocacy', 'complaints', 'independent advocacy', 'complaints advocacy'],
  },
  neglect: {
    en: [
      'neglect', 'neglected', 'neglecting', 'self neglect', 'safeguarding', 'safeguarding adults', 'adult at risk',
      'adults at risk', 'vulnerable adult', 'vulnerable adults', 'financial abuse', 'elder abuse', 'exploitation',
      'exploited', 'cuckooing', 'modern slavery', 'scams', 'scammed', 'mistreated', 'mistreatment',
    ],
    cy: ['esgeulustod', 'esgeuluso', 'hunan esgeulustod', 'diogelu', 'diogelu oedolion', 'oedolyn mewn perygl', 'cam drin ariannol', 'camfanteisio'],
    personOnly: [
      'not looking after himself', 'not looking after herself', 'not looking after themselves', 'left alone all day',
      'nobody checks on', 'no one checks on', 'taking her money', 'taking his money', 'left in a dirty', 'not being fed',
      'not being looked after', 'not looked after properly', 'not being cared for', 'isnt looking after her',
      'isnt looking after him', 'arent looking after her', 'arent looking after him', 'not looking after her properly',
      'not looking after him properly',
    ],
    esd: ['safeguarding', 'safeguarding adults', 'adults at risk', 'neglect', 'self neglect', 'adult protection'],
  },
};
