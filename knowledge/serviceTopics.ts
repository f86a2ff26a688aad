import type { Service } from './directorySchema.js';
import { facetOf, matchPhrases, topicsForLabel } from './needsVocabulary.js';
import { stem, words } from './textTokens.js';
import type { TopicId } from './topics.js';

/** How strongly a service is about a topic, 0 to 1, and where the evidence came from. */
export type TopicStrengths = ReadonlyMap<TopicId, number>;

const NAME_WEIGHT = 1;
const LABEL_WEIGHT = 0.8;
const DESCRIPTION_WEIGHT = 0.9;
/** Phrases this early in a description describe what the service is, not what it mentions in passing. */
const LEAD_TOKENS = 60;
const LEAD_BONUS = 0.5;
/** Evidence weaker than this (one passing mention of a common word) is not worth a place in the topic index. */
const MIN_STRENGTH = 0.1;
/** Description evidence saturates: ten mentions are not ten times one. */
const DESCRIPTION_HALF = 0.6;

function stemmedWords(text: string): string[] {
  return words(text).map(stem);
}

/** Topics and the parts of broad topics (as `topic#index`, see `facetOf`) a service's own record speaks of. */
export interface ServiceTags {
  readonly strengths: TopicStrengths[];
  readonly facets: ReadonlyArray<ReadonlySet<string>>;
}

/**
 * Tags every service with topics from its own record: the vocabulary's phrases in its name, its taxonomy and
 * audience labels (ESD/LGA terms, vendor audiences), and its description. Description phrases are weighted by how
 * rare they are across this directory, so a word every record uses ("support") says little and a rare one
 * ("telecare") says a lot; this keeps the tagging fair on directories nobody tuned it for.
 */
export function tagServiceTopics(
  services: readonly Service[],
  stemmedDescriptions: ReadonlyArray<readonly string[]> = services.map((service) => stemmedWords(service.description)),
): TopicStrengths[] {
  return tagServices(services, stemmedDescriptions).strengths;
}

/**
 * As `tagServiceTopics`, and also the parts of broad topics each record speaks of in its name, labels or description
 * ("thoughts of suicide" is the suicide part of mental health), so a person who names a part meets services about it.
 */
export function tagServices(
  services: readonly Service[],
  stemmedDescriptions: ReadonlyArray<readonly string[]> = services.map((service) => stemmedWords(service.description)),
): ServiceTags {
  const descriptionHits = stemmedDescriptions.map((tokens) => matchPhrases(tokens, { person: false }));
  const nameHits = services.map((service) => matchPhrases(stemmedWords(service.name), { person: false }));
  const facets = services.map((service, doc) => {
    const labelHits = [...service.taxonomy.map((term) => term.name), ...service.audiences].flatMap((label) =>
      matchPhrases(stemmedWords(label), { person: false }),
    );
    const found = new Set<string>();
    for (const hit of [...(nameHits[doc] ?? []), ...labelHits, ...(descriptionHits[doc] ?? [])]) {
      const facet = facetOf(hit.topic, hit.phrase);
      if (facet !== undefined) found.add(facet);
    }
    return found;
  });
  const documentFrequency = new Map<string, number>();
  services.forEach((_, doc) => {
    const phrases = new Set([...(descriptionHits[doc] ?? []), ...(nameHits[doc] ?? [])].map((hit) => hit.phrase));
    for (const phrase of phrases) documentFrequency.set(phrase, (documentFrequency.get(phrase) ?? 0) + 1);
  });
  const n = Math.max(services.length, 1);
  const rarity = (phrase: string): number =>
    Math.log(1 + n / (documentFrequency.get(phrase) ?? 1)) / Math.log(1 + n);

  const strengths = services.map((service, doc) => {
    const raw = new Map<TopicId, number>();
    const add = (topic: TopicId, amount: number): void => {
      raw.set(topic, (raw.get(topic) ?? 0) + amount);
    };
    // A name phrase that dozens of services share ("welcome space") says less than a rare one ("telecare").
    const nameTopics = new Map<TopicId, number>();
    for (const hit of nameHits[doc] ?? []) {
      nameTopics.set(hit.topic, Math.max(nameTopics.get(hit.topic) ?? 0, 0.6 + 0.4 * rarity(hit.phrase)));
    }
    for (const [topic, weight] of nameTopics) add(topic, NAME_WEIGHT * weight);

    const labels = [...service.taxonomy.map((term) => term.name), ...service.audiences];
    const labelTopics = new Set(labels.flatMap(topicsForLabel));
    if (service.eligibility.carersOnly) labelTopics.add('carerSupport');
    for (const topic of labelTopics) add(topic, LABEL_WEIGHT);

    const evidence = new Map<TopicId, number>();
    const seen = new Set<string>();
    for (const hit of descriptionHits[doc] ?? []) {
      const lead = hit.start < LEAD_TOKENS ? LEAD_BONUS : 0;
      // The first mention of a phrase counts fully (plus the lead bonus); repeats count a little.
      const weight = rarity(hit.phrase) * (seen.has(hit.phrase) ? 0.25 : 1 + lead);
      seen.add(hit.phrase);
      evidence.set(hit.topic, (evidence.get(hit.topic) ?? 0) + weight);
    }
    for (const [topic, amount] of evidence) add(topic, (DESCRIPTION_WEIGHT * amount) / (amount + DESCRIPTION_HALF));

    const topics = new Map<TopicId, number>();
    for (const [topic, amount] of raw) if (amount >= MIN_STRENGTH) topics.set(topic, Math.min(1, amount));
    return topics;
  });
  return { strengths, facets };
}
