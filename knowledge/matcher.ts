import { AGE_FIT_BONUS, ageFit, ageGroupsOf, ownStatedAge, statedAge } from './ageGroups.js';
import type { Service } from './directorySchema.js';
import { exclusionFor } from './eligibility.js';
import { isStale } from './freshness.js';
import { MatchRequest, type MatchReason, type MatchWarning, type ServiceMatch } from './matchTypes.js';
import {
  correctedTokens,
  englishWordsOf,
  facetOf,
  facetWordsOf,
  isSafetyPhrase,
  labelWordsOf,
  looksWelsh,
  matchPhrases,
  phraseId,
} from './needsVocabulary.js';
import { CONVERSATION_FILLER } from './commonWords.js';
import { directoryWordsFor, isCommunityWord } from './peopleWords.js';
import { buildGazetteer, districtsOfNamedAreas, namedAreaFit } from './placeAreas.js';
import { postcodeArea, postcodeDistrict } from './postcode.js';
import { tagServices } from './serviceTopics.js';
import { TextIndex } from './textIndex.js';
import { STOPWORDS, contentTokens, contentTokensOf, stem, words } from './textTokens.js';
import { RELATED_TOPICS, type TopicId } from './topics.js';

export { MatchRequest, MatchReason, MatchWarning, ServiceMatch } from './matchTypes.js';

/** Options for a matcher. */
export interface MatcherOptions {
  /** The clock for "assured over a year ago" warnings; defaults to the time of each match. */
  readonly now?: Date;
}

/** Ranks a directory's services for what a person said. */
export interface Matcher {
  /** The eligible services that fit the request, best first (at most `limit`, default 5). */
  match(request: MatchRequest): ServiceMatch[];
  /** How many services the matcher holds. */
  readonly size: number;
}

const DEFAULT_LIMIT = 5;
/** Topic evidence and the person's own words both count; topics a little more, as they carry the vocabulary. */
const TOPIC_SHARE = 0.6;
const TEXT_SHARE = 0.4;
/** BM25 score at which the text part is half way to its maximum. */
const TEXT_HALF = 7;
/** How much a text match counts when it alone explains the match. */
const TEXT_ALONE = 1;
const NEARBY_BONUS = 0.1;
/**
 * A person who names a community ("only speaks Cantonese", "older Chinese people") is asking for a group by and for
 * that community, which a general service on the same need does not replace: a service whose record names the
 * community gets this nudge, as a nearby one does.
 */
const COMMUNITY_BONUS = 0.15;
const SAME_AREA_BONUS = 0.04;
/**
 * A service whose areas name only places that the directory's own addresses put in another postcode area ("Calderbridge"
 * for someone in HF3) is very likely not for this person. It is pushed down, not hidden: a place name read from
 * addresses is good evidence but not a published rule.
 */
const OTHER_AREA_PENALTY = 0.2;
/** A carer asking is likely to want carers' support even without saying so; it counts at this fraction. */
const IMPLIED_CARER_WEIGHT = 0.5;
/**
 * People lead with what matters most ("left the army and I'm drinking too much, no job"): each topic their words
 * raise after the first counts a little less, down to a floor, so a passing mention does not outrank the main need.
 */
const LATER_TOPIC_STEP = 0.2;
const LATER_TOPIC_FLOOR = 0.75;
/**
 * Safety comes first whatever order it is said in: abuse, sexual violence and neglect count fully, and other topics
 * raised beside them ("he controls all the money") count at this fraction.
 */
const SAFETY_TOPICS: ReadonlySet<TopicId> = new Set(['domesticAbuse', 'sexualViolence', 'neglect']);
const BESIDE_SAFETY_WEIGHT = 0.6;
/**
 * A service mostly about the person's needs ranks above a generalist that also lists them among twenty others: the
 * topic part keeps this share for focus (the asked topics' share of all the service's topic evidence).
 */
const FOCUS_SHARE = 0.15;
/**
 * A word that named a need in the person's words ("army", "money") counts as a text match at this fraction in a
 * service that is not about that need: "left the army" is not a match for the Salvation Army.
 */
const OFF_TOPIC_WORD_WEIGHT = 0.5;
/**
 * The words directories label a need with ("armed forces" for "left the army") are searched too, at this fraction of
 * the topic's weight and only in services about that need, so the person's words meet the directory's.
 */
const LABEL_WORD_WEIGHT = 0.5;
/**
 * The label of the part of a broad need the person named ("self harm" for "cutting myself", "food bank" for "no food
 * in the house") tells services about that need apart, so it counts fully, still only in services about the need.
 */
const FACET_WORD_WEIGHT = 1;
/**
 * A service whose own record speaks of the part of a broad need the person named ("thoughts of suicide" for "ending
 * it") counts as more about that need: its topic strength closes this share of the gap to full.
 */
const FACET_STRENGTH = 0.5;
/** A related topic standing in for one the directory has no service for counts at this fraction of it. */
const RELATED_WEIGHT = 0.7;
/** A topic raised only as the cause of the need ("since my wife died") counts at this fraction. */
const CAUSE_WEIGHT = 0.6;
/**
 * A Welsh message meets English descriptions through its topics' English words, searched at this fraction of the
 * topic's weight and only in services about that topic ("seibiant" looks for "respite" and "break").
 */
const WELSH_ENGLISH_WEIGHT = 1;
/**
 * Words that open a clause about what caused the need ("since my wife died, I don't speak to anyone"): a topic raised
 * only inside such a clause, within this many words of its opening, is the background, and comes after the need.
 */
const CAUSE_OPENERS: ReadonlySet<string> = new Set(['since', 'ers']);
const CAUSE_REACH = 4;
/**
 * Words that say what the person is asking for ("broke my ankle and need to borrow a wheelchair"): a topic raised
 * within a few words after one of them counts fully, as the first need does, wherever it comes in the sentence.
 */
const NEED_OPENERS: ReadonlySet<string> = new Set(['need', 'want', 'any', 'maybe', 'perhaps', 'love', 'fancy', 'angen', 'eisiau', 'isio', 'chwilio', 'hoffi', 'efallai']);
/** What the person asks for leads: the other topics they raise ("arthritis" beside "any gadgets") count at most this. */
const BESIDE_ASK_WEIGHT = 0.8;
/**
 * Words that turn a need down ("not after a counsellor, just somewhere blokes can talk", "I'm not one for therapy"): a
 * phrase within a few words after one of them does not count, and its words are not searched. Risk to life or safety
 * always counts, whatever is said around it.
 */
const REFUSALS: ReadonlyArray<readonly string[]> = [
  'not after', 'dont want', 'do not want', 'not into', 'not interested in', 'rather not', 'not looking for',
  'not keen on', 'instead of', 'rather than', 'not one for',
].map((text) => phraseId(text).split(' '));
const REFUSAL_REACH = 3;
const MIN_TOPIC_REASON = 0.25;
/**
 * A child who cares for someone is helped by young carers' services first, whatever words they use ("I'm 13 and I help
 * my mum"): when the carer is under this age, carers' support counts fully, other needs as they do beside safety, and
 * carers' support searches its young carers part.
 */
const ADULT_AGE = 18;
const YOUNG_CARER_PHRASE = phraseId('young carers');
/** More areas than this make a "why" too long to read; the service card lists them instead. */
const MAX_AREAS_SHOWN = 9;
/** The most the ranking nudges (locality, age group, community) can add; used to skip hopeless candidates early. */
const MAX_NUDGE = NEARBY_BONUS + AGE_FIT_BONUS + COMMUNITY_BONUS;
/**
 * The person's own words, searched plainly (no topics, no weights), sometimes single one service out: "diazepam" and
 * "withdrawals" name one record in a thousand while the topic the vocabulary found ("the GP") names a hundred. When the
 * plain BM25 leader scores at least this many times the runner-up, it keeps a place in the top five (the last one),
 * however the topics rank it. Measured on every development set together: it helps where the vocabulary is thin and
 * never removed a right answer (a lead of 1.2 did).
 */
const PLAIN_LEAD = 1.35;


/**
 * A bare number ("15", "84") in what a person says is an age, a date or a count: it is read for the age, never
 * searched, as descriptions use numbers for other things (opening hours, phone numbers, age ranges).
 */
const NUMBER = /^\d+$/;

interface TopicPosting {
  readonly doc: number;
  readonly strength: number;
}

/**
 * Builds a matcher over a directory. Indexes are built once here: a topic-to-services index from the needs
 * vocabulary and a BM25 inverted index over names, labels and descriptions. A match touches only the services those
 * indexes name, then applies the hard eligibility rules (age, postcode district, audience) as filters.
 */
export function createMatcher(services: readonly Service[], options: MatcherOptions = {}): Matcher {
  // Descriptions are split once and shared by the topic tagging and the text index.
  const descriptionWords = services.map((service) => words(service.description));
  const { strengths, facets } = tagServices(
    services,
    descriptionWords.map((list) => list.map(stem)),
  );
  const byTopic = new Map<TopicId, TopicPosting[]>();
  strengths.forEach((topics, doc) => {
    for (const [topic, strength] of topics) {
      const list = byTopic.get(topic) ?? [];
      list.push({ doc, strength });
      byTopic.set(topic, list);
    }
  });
  // Strongest first, so the top of a match fills early and weaker candidates can be skipped cheaply.
  for (const list of byTopic.values()) list.sort((a, b) => b.strength - a.strength || a.doc - b.doc);
  const topicTotal = strengths.map((topics) => [...topics.values()].reduce((sum, strength) => sum + strength, 0));
  const ageGroups = services.map(ageGroupsOf);
  const gazetteer = buildGazetteer(services);
  const namedAreas = services.map((service) => districtsOfNamedAreas(service, gazetteer));
  const index = new TextIndex(
    services.map((service, doc) => ({
      weighted: [
        { tokens: contentTokens(service.name), weight: 3 },
        {
          tokens: contentTokens(
            [...service.taxonomy.map((term) => term.name), ...service.audiences, service.organization?.name ?? ''].join(
              ' ',
            ),
          ),
          weight: 2,
        },
        { tokens: contentTokensOf(descriptionWords[doc] ?? []), weight: 1 },
      ],
    })),
  );

  // Scratch arrays reused by every match (matching is synchronous, so no two matches share them at once).
  const scratch = index.createScratch();
  const topicMax = new Float64Array(services.length);
  const topicSum = new Float64Array(services.length);
  const topicPlain = new Float64Array(services.length);
  const topicTouched: number[] = [];

  // A word the directory itself uses is a real word, not a slip to correct towards the vocabulary ("trans").
  const reading = { isKnownWord: (token: string) => index.has(token) };

  function match(input: MatchRequest): ServiceMatch[] {
    const request = MatchRequest.parse(input);
    const limit = request.limit ?? DEFAULT_LIMIT;
    const district = request.postcode ? postcodeDistrict(request.postcode) : undefined;

    // The person's words read once: slips corrected, then the vocabulary's phrases found (as `detectTopics` does).
    const corrected = correctedTokens(request.text, reading);
    const asks = new Set<TopicId>();
    const needs: TopicId[] = [];
    const causes: TopicId[] = [];
    const safety = new Set<TopicId>(SAFETY_TOPICS);
    const welsh = looksWelsh(words(request.text));
    const facetsOfTopic = new Map<TopicId, string[]>();
    const englishWords = new Map<TopicId, Set<string>>();
    const topicsOfWord = new Map<string, TopicId[]>();
    const labelWords = new Map<TopicId, Map<string, number>>();
    const refusedWords = new Set<string>();
    for (const hit of matchPhrases(corrected, { person: true })) {
      if (refused(corrected, hit.start) && !SAFETY_TOPICS.has(hit.topic) && !isSafetyPhrase(hit.topic, hit.phrase)) {
        for (const token of hit.phrase.split(' ')) refusedWords.add(token);
        continue;
      }
      if (follows(corrected, hit.start, NEED_OPENERS)) asks.add(hit.topic);
      const list = follows(corrected, hit.start, CAUSE_OPENERS) ? causes : needs;
      if (!list.includes(hit.topic)) list.push(hit.topic);
      if (isSafetyPhrase(hit.topic, hit.phrase)) safety.add(hit.topic);
      const part = facetOf(hit.topic, hit.phrase);
      if (part !== undefined) facetsOfTopic.set(hit.topic, [...(facetsOfTopic.get(hit.topic) ?? []), part]);
      if (welsh) {
        const english = englishWords.get(hit.topic) ?? new Set<string>();
        for (const token of englishWordsOf(hit.topic, hit.phrase)) english.add(token);
        englishWords.set(hit.topic, english);
      }
      const said = labelWords.get(hit.topic) ?? new Map<string, number>();
      const facet = facetWordsOf(hit.topic, hit.phrase);
      const share = facet ? FACET_WORD_WEIGHT : LABEL_WORD_WEIGHT;
      for (const token of facet ?? labelWordsOf(hit.topic)) said.set(token, Math.max(said.get(token) ?? 0, share));
      labelWords.set(hit.topic, said);
      // Loose person-only phrases ("in hospital") say too little to hold their words back from other services.
      if (hit.personOnly) continue;
      for (const token of hit.phrase.split(' ')) {
        if (STOPWORDS.has(token)) continue;
        topicsOfWord.set(token, [...(topicsOfWord.get(token) ?? []), hit.topic]);
      }
    }
    // What the person needs first, then what they say caused it.
    const spoken = [...new Set([...needs, ...causes])];
    const topicWeights = weighTopics(request.topics ?? [], spoken, safety);
    // What the person says they need counts fully wherever it comes in the sentence (beside safety, as safety says).
    if (![...topicWeights.keys()].some((topic) => safety.has(topic)) && asks.size > 0) {
      for (const [topic, weight] of topicWeights) if (!asks.has(topic)) topicWeights.set(topic, Math.min(weight, BESIDE_ASK_WEIGHT));
      for (const topic of asks) topicWeights.set(topic, 1);
    }
    for (const topic of causes) {
      if (!needs.includes(topic) && !asks.has(topic) && !safety.has(topic)) topicWeights.set(topic, (topicWeights.get(topic) ?? 0) * CAUSE_WEIGHT);
    }

    // A need this directory has no service for is met by the next best topics (debt advice for gambling).
    for (const [topic, weight] of [...topicWeights]) {
      if ((byTopic.get(topic)?.length ?? 0) > 0) continue;
      for (const related of RELATED_TOPICS[topic] ?? []) {
        if (!topicWeights.has(related)) topicWeights.set(related, weight * RELATED_WEIGHT);
      }
    }
    if (request.audience === 'carer' && !topicWeights.has('carerSupport')) {
      topicWeights.set('carerSupport', IMPLIED_CARER_WEIGHT);
    }
    // The age asked decides eligibility; an age only the words state ("I'm 13") just orders what is allowed.
    const ageForFit = request.age ?? statedAge(request.text);
    // A carer's asked age is the cared-for person's (a child's parent is a parent carer); the speaker's own is theirs.
    const ownAge = ownStatedAge(request.text);
    const carerAge = ownAge ?? (request.audience === 'carer' ? undefined : request.age);
    if (carerAge !== undefined && carerAge < ADULT_AGE && topicWeights.has('carerSupport')) {
      // The child is the one needing help; the cared-for person's needs ("mum has MS") are the background.
      for (const [topic, weight] of topicWeights) topicWeights.set(topic, weight * BESIDE_SAFETY_WEIGHT);
      topicWeights.set('carerSupport', 1);
      const part = facetOf('carerSupport', YOUNG_CARER_PHRASE);
      if (part !== undefined) facetsOfTopic.set('carerSupport', [...(facetsOfTopic.get('carerSupport') ?? []), part]);
      const said = labelWords.get('carerSupport') ?? new Map<string, number>();
      for (const token of facetWordsOf('carerSupport', YOUNG_CARER_PHRASE) ?? []) said.set(token, FACET_WORD_WEIGHT);
      labelWords.set('carerSupport', said);
    }

    // The person's words, and their corrected forms where a slip was fixed, feed the text index.
    const originalByStem = new Map<string, string>();
    for (const word of words(request.text)) {
      if (!STOPWORDS.has(word) && word.length > 1 && !originalByStem.has(stem(word))) originalByStem.set(stem(word), word);
    }
    const queryTokens = [
      ...contentTokens(request.text),
      ...corrected.filter((token) => token.length > 1 && !STOPWORDS.has(token)),
    ].filter((token) => !CONVERSATION_FILLER.has(token) && !NUMBER.test(token) && !refusedWords.has(token));
    queryTokens.push(...directoryWordsFor(queryTokens));
    const plainTokens = new Set(queryTokens);
    const factors = new Map<string, (doc: number) => number>();
    for (const [token, topics] of topicsOfWord) {
      factors.set(token, (doc) => (topics.some((topic) => strengths[doc]?.has(topic)) ? 1 : OFF_TOPIC_WORD_WEIGHT));
    }
    const asked = new Set(queryTokens);
    const englishWeights = new Map<string, Map<TopicId, number>>();
    for (const [topic, english] of englishWords) {
      const weight = (topicWeights.get(topic) ?? 0) * WELSH_ENGLISH_WEIGHT;
      for (const token of english) {
        if (asked.has(token) || factors.has(token)) continue;
        const byTopic = englishWeights.get(token) ?? new Map<TopicId, number>();
        byTopic.set(topic, weight);
        englishWeights.set(token, byTopic);
      }
    }
    for (const [token, byTopic] of englishWeights) {
      const entries = [...byTopic];
      factors.set(token, (doc) => {
        let factor = 0;
        for (const [topic, weight] of entries) if (strengths[doc]?.has(topic)) factor = Math.max(factor, weight);
        return factor;
      });
      queryTokens.push(token);
    }
    for (const [topic, weight] of topicWeights) {
      const said = labelWords.get(topic) ?? new Map(labelWordsOf(topic).map((token) => [token, LABEL_WORD_WEIGHT]));
      for (const [token, part] of said) {
        if (asked.has(token) || factors.has(token)) continue;
        const share = weight * part;
        factors.set(token, (doc) => (strengths[doc]?.has(topic) ? share : 0));
        queryTokens.push(token);
      }
    }
    const searched = index.search(queryTokens, scratch, factors, plainTokens);
    let communityMask = 0;
    searched.forEach((token, bit) => {
      if (isCommunityWord(token)) communityMask |= 1 << bit;
    });
    // The plain leader and runner-up (ties by directory order), tracked without allocating per document.
    let leaderDoc = -1;
    let leaderScore = 0;
    let runnerUpScore = 0;
    for (const doc of scratch.touched) {
      const plain = scratch.plainScore[doc] ?? 0;
      if (plain > leaderScore || (plain === leaderScore && plain > 0 && doc < leaderDoc)) {
        runnerUpScore = leaderScore;
        leaderScore = plain;
        leaderDoc = doc;
      } else if (plain > runnerUpScore) runnerUpScore = plain;
    }
    const plainTop =
      leaderDoc >= 0
        ? [
            { doc: leaderDoc, score: leaderScore },
            { doc: -1, score: runnerUpScore },
          ]
        : [];

    for (const doc of topicTouched) {
      topicMax[doc] = 0;
      topicSum[doc] = 0;
      topicPlain[doc] = 0;
    }
    topicTouched.length = 0;
    let totalWeight = 0;
    for (const [topic, weight] of topicWeights) {
      totalWeight += weight;
      const named = facetsOfTopic.get(topic);
      for (const posting of byTopic.get(topic) ?? []) {
        const doc = posting.doc;
        const strength =
          named && named.some((part) => facets[doc]?.has(part))
            ? posting.strength + (1 - posting.strength) * FACET_STRENGTH
            : posting.strength;
        if (topicSum[doc] === 0) topicTouched.push(doc);
        topicSum[doc] = (topicSum[doc] ?? 0) + weight * strength;
        topicMax[doc] = Math.max(topicMax[doc] ?? 0, weight * strength);
        topicPlain[doc] = (topicPlain[doc] ?? 0) + strength;
      }
    }

    const facts = { age: request.age, district, audience: request.audience };
    const best: Array<{ doc: number; score: number }> = [];
    const consider = (doc: number): void => {
      const focus = (topicPlain[doc] ?? 0) / Math.max(topicTotal[doc] ?? 0, 1e-9);
      const topicPart =
        totalWeight > 0
          ? (0.7 * (topicMax[doc] ?? 0) + (0.3 * (topicSum[doc] ?? 0)) / totalWeight) *
            (1 - FOCUS_SHARE + FOCUS_SHARE * Math.min(1, focus))
          : 0;
      const bm25 = scratch.score[doc] ?? 0;
      const textPart = bm25 / (bm25 + TEXT_HALF);
      // A strong match on the person's own words stands on its own: needs the vocabulary has no topic for
      // ("transgender", "veteran") must not be drowned by a loose topic found elsewhere in the sentence.
      const mixed = TOPIC_SHARE * topicPart + TEXT_SHARE * textPart;
      const relevance = (topicWeights.size > 0 ? Math.max(mixed, TEXT_ALONE * textPart) : textPart);
      // Cheap arithmetic first: a service that cannot reach the current top even with every nudge is not looked at.
      const floor = best.length >= limit ? (best[best.length - 1]?.score ?? 0) : -Infinity;
      if (relevance + MAX_NUDGE < floor) return;
      const service = services[doc];
      if (!service || exclusionFor(service, facts) !== undefined) return;
      // A carers' service fits the carer's age, not the age of the person they care for (the age a carer is asked).
      const fitAge = service.eligibility.carersOnly && request.audience === 'carer' ? ownAge : ageForFit;
      const community = ((scratch.tokenMask[doc] ?? 0) & communityMask) !== 0 ? COMMUNITY_BONUS : 0;
      const nudges = localityBonus(service, district, namedAreas[doc]) + ageFit(ageGroups[doc] ?? NO_AGE_GROUPS, fitAge) + community;
      insertTopK(best, { doc, score: relevance + nudges }, limit);
    };
    for (const doc of topicTouched) consider(doc);
    // Documents the text found but no topic did; the topic pass has already considered the rest.
    for (const doc of scratch.touched) if (topicSum[doc] === 0) consider(doc);

    keepPlainLeader(best, plainTop, limit, (doc) => {
      const service = services[doc];
      return service !== undefined && exclusionFor(service, facts) === undefined;
    });
    const now = options.now ?? new Date();
    return best.flatMap(({ doc, score }) => {
      const service = services[doc];
      if (!service) return [];
      const matchedTopics = [...topicWeights.keys()].filter(
        (topic) => (strengths[doc]?.get(topic) ?? 0) >= MIN_TOPIC_REASON,
      );
      const mask = scratch.tokenMask[doc] ?? 0;
      const matchedWords = [
        ...new Set(searched.filter((_, bit) => (mask & (1 << bit)) !== 0).map((token) => originalByStem.get(token))),
      ].filter(isText);
      return [
        {
          service,
          score: Math.round(score * 1000) / 1000,
          reasons: reasonsFor(service, matchedTopics, matchedWords, district),
          warnings: warningsFor(service, now),
        },
      ];
    });
  }

  return { match, size: services.length };
}

const NO_AGE_GROUPS = { young: false, older: false };

/**
 * How much each topic counts: the needs profile's topics fully; the person's own topics by the order they came up
 * (the first fully, later ones a little less); safety topics fully, and the rest less beside them.
 */
function weighTopics(
  profile: readonly TopicId[],
  spoken: readonly TopicId[],
  safety: ReadonlySet<TopicId>,
): Map<TopicId, number> {
  const weights = new Map<TopicId, number>();
  for (const topic of profile) weights.set(topic, 1);
  let position = 0;
  for (const topic of spoken) {
    if (weights.has(topic)) continue;
    weights.set(topic, Math.max(LATER_TOPIC_FLOOR, 1 - LATER_TOPIC_STEP * position));
    position += 1;
  }
  if ([...weights.keys()].some((topic) => safety.has(topic))) {
    for (const [topic, weight] of weights) {
      weights.set(topic, safety.has(topic) ? 1 : weight * BESIDE_SAFETY_WEIGHT);
    }
  }
  return weights;
}

/** Whether the phrase at `start` comes a few words after a refusal ("not after a counsellor"). */
function refused(tokens: readonly string[], start: number): boolean {
  return REFUSALS.some((refusal) => {
    for (let end = start; end >= Math.max(refusal.length, start - REFUSAL_REACH); end -= 1) {
      if (refusal.every((word, offset) => tokens[end - refusal.length + offset] === word)) return true;
    }
    return false;
  });
}

/** Whether the phrase at `start` follows one of the opening words closely ("since my wife died", "need a wheelchair"). */
function follows(tokens: readonly string[], start: number, openers: ReadonlySet<string>): boolean {
  for (let index = Math.max(0, start - CAUSE_REACH); index < start; index += 1) {
    if (openers.has(tokens[index] ?? '')) return true;
  }
  return false;
}

/**
 * Gives the plain-text leader a place in the top five when it clearly leads the plain search (see `PLAIN_LEAD`) and
 * passes the hard rules: it takes the last of the five places, or keeps a better one it already has.
 */
function keepPlainLeader(
  best: Array<{ doc: number; score: number }>,
  plainTop: ReadonlyArray<{ doc: number; score: number }>,
  limit: number,
  eligible: (doc: number) => boolean,
): void {
  const [leader, runnerUp] = plainTop;
  if (!leader || leader.score < PLAIN_LEAD * (runnerUp?.score ?? 0)) return;
  // With fewer than five places asked for, the first places stay as they are in the five.
  if (limit < DEFAULT_LIMIT) return;
  const at = best.findIndex((entry) => entry.doc === leader.doc);
  if ((at >= 0 && at < DEFAULT_LIMIT) || !eligible(leader.doc)) return;
  if (at >= 0) best.splice(at, 1);
  const place = Math.min(best.length, DEFAULT_LIMIT - 1);
  best.splice(place, 0, { doc: leader.doc, score: best[place]?.score ?? best[place - 1]?.score ?? 0 });
  if (best.length > limit) best.pop();
}

/** Keeps `best` as the top `limit` entries, best first (ties by directory order), without sorting every candidate. */
function insertTopK(best: Array<{ doc: number; score: number }>, entry: { doc: number; score: number }, limit: number): void {
  const last = best[best.length - 1];
  if (best.length >= limit && last && (entry.score < last.score || (entry.score === last.score && entry.doc > last.doc))) {
    return;
  }
  let position = best.length;
  while (position > 0) {
    const before = best[position - 1];
    if (!before || before.score > entry.score || (before.score === entry.score && before.doc < entry.doc)) break;
    position -= 1;
  }
  best.splice(position, 0, entry);
  if (best.length > limit) best.pop();
}

function isText(value: string | undefined): value is string {
  return value !== undefined;
}

function localityBonus(service: Service, district: string | undefined, namedAreas: ReadonlySet<string> | undefined): number {
  if (!district) return 0;
  if (service.locations.some((location) => location.district === district) || service.districts.includes(district)) {
    return NEARBY_BONUS;
  }
  if (namedAreas) {
    const fit = namedAreaFit(district, namedAreas);
    if (fit === 'inside') return NEARBY_BONUS;
    if (fit === 'elsewhere') return -OTHER_AREA_PENALTY;
  }
  const area = postcodeArea(district);
  if (service.locations.some((location) => location.district && postcodeArea(location.district) === area)) {
    return SAME_AREA_BONUS;
  }
  return 0;
}

function reasonsFor(
  service: Service,
  topics: readonly TopicId[],
  matchedWords: readonly string[],
  district: string | undefined,
): MatchReason[] {
  const reasons: MatchReason[] = topics.map((topic) => ({ kind: 'topic', topic }));
  if (topics.length === 0 && matchedWords.length > 0) reasons.push({ kind: 'words', words: matchedWords.slice(0, 3) });
  if (service.eligibility.carersOnly) reasons.push({ kind: 'forCarers' });
  const { minAge, maxAge } = service.eligibility;
  if (minAge !== undefined || maxAge !== undefined) reasons.push({ kind: 'ages', min: minAge, max: maxAge });
  const nearby =
    district !== undefined &&
    (service.locations.some((location) => location.district === district) || service.districts.includes(district));
  if (nearby && district) reasons.push({ kind: 'nearby', district });
  else if (service.areas.length > 0 && service.areas.length <= MAX_AREAS_SHOWN && service.areas.join(', ').length <= 80) {
    reasons.push({ kind: 'area', areas: service.areas });
  }
  if (service.free === true) reasons.push({ kind: 'free' });
  return reasons;
}

function warningsFor(service: Service, now: Date): MatchWarning[] {
  const warnings: MatchWarning[] = [];
  if (service.assuredDate === undefined) warnings.push({ kind: 'notAssured' });
  else if (isStale(service, now)) warnings.push({ kind: 'stale', assuredDate: service.assuredDate });
  if (service.alert) warnings.push({ kind: 'alert', text: service.alert });
  if (service.status === 'temporarily closed') warnings.push({ kind: 'temporarilyClosed' });
  return warnings;
}
