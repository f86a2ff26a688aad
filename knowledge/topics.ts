import { z } from 'zod';

/**
 * The needs vocabulary's topic ids: what a person may need help with, in our words rather than any one council's
 * taxonomy. The conversation's needs profile names topics from here; the matcher maps them to directory services.
 */
export const TopicId = z.enum([
  'carerSupport',
  'falls',
  'dementia',
  'hospitalDischarge',
  'mentalHealth',
  'loneliness',
  'moneyAdvice',
  'housing',
  'equipment',
  'personalCare',
  'transport',
  'learningDisability',
  'autism',
  'substanceUse',
  'domesticAbuse',
  'physicalHealth',
  'meals',
  'telecare',
  'bereavement',
  'employment',
  'sensoryLoss',
  'welshLanguage',
  'armedForces',
  'lgbtq',
  'hoarding',
  'gambling',
  'sexualViolence',
  'endOfLife',
  'neglect',
  'parenting',
  'crimeVictims',
  'advocacy',
  'pets',
  'digitalInclusion',
  'repairAndReuse',
]);
/** One topic id. */
export type TopicId = z.infer<typeof TopicId>;

/**
 * Where a directory has no service for a topic, the topics whose services are the next best help: a council with no
 * gambling service still has debt advice and talking therapies. Used only when the topic itself finds nothing.
 */
export const RELATED_TOPICS: Readonly<Partial<Record<TopicId, readonly TopicId[]>>> = {
  gambling: ['moneyAdvice', 'mentalHealth'],
  hoarding: ['mentalHealth', 'housing'],
  pets: ['loneliness'],
  repairAndReuse: ['moneyAdvice'],
  digitalInclusion: ['employment', 'loneliness'],
  lgbtq: ['mentalHealth'],
  armedForces: ['mentalHealth', 'employment'],
  sexualViolence: ['domesticAbuse', 'mentalHealth'],
  crimeVictims: ['advocacy'],
  bereavement: ['mentalHealth'],
  endOfLife: ['physicalHealth', 'carerSupport'],
  autism: ['learningDisability'],
  learningDisability: ['autism'],
  telecare: ['equipment'],
};
