import Fuse from 'fuse.js';
import type { Service } from '../directorySchema.js';
import { TextIndex } from '../textIndex.js';
import { contentTokens } from '../textTokens.js';
import type { Ranking } from './evaluate.js';

/**
 * What matching would do without the needs vocabulary, for the bench to compare against: the person's words alone,
 * with no topics, no eligibility and no locality.
 */

/** Plain fuse.js over name and description (`ignoreLocation`, so words anywhere in a long description count). */
export function fuseRanking(services: readonly Service[]): Ranking {
  const fuse = new Fuse([...services], { keys: ['name', 'description'], ignoreLocation: true, threshold: 0.6 });
  return (statement, depth) => fuse.search(statement.text, { limit: depth }).map((result) => result.item.id);
}

/** A plain BM25 index over name and description. */
export function bm25Ranking(services: readonly Service[]): Ranking {
  const index = new TextIndex(
    services.map((service) => ({
      weighted: [
        { tokens: contentTokens(service.name), weight: 3 },
        { tokens: contentTokens(service.description), weight: 1 },
      ],
    })),
  );
  const scratch = index.createScratch();
  return (statement, depth) => {
    index.search(contentTokens(statement.text), scratch);
    return [...scratch.touched]
      .sort((a, b) => (scratch.score[b] ?? 0) - (scratch.score[a] ?? 0) || a - b)
      .slice(0, depth)
      .flatMap((doc) => services[doc]?.id ?? []);
  };
}
