/**
 * A small BM25 inverted index over stemmed tokens, built once per directory. It answers in well under a millisecond
 * at thousands of services because a query touches only the postings of its own tokens, unlike fuse.js, which scans
 * every description for every query.
 */

/** A document to index: weighted fields of stemmed tokens. */
export interface IndexedFields {
  /** Tokens that count several times (names, labels) with their weight. */
  readonly weighted: ReadonlyArray<{ readonly tokens: readonly string[]; readonly weight: number }>;
}

interface Posting {
  readonly docs: number[];
  readonly frequencies: number[];
}

const K1 = 1.2;
const B = 0.75;

/** Scores for the documents a query touched. */
export interface TextScores {
  /** Document numbers, in no order. */
  readonly docs: readonly number[];
  /** Score per document number (only the touched ones are meaningful). */
  readonly score: Float64Array;
  /** Query tokens that matched per document, for the "why". */
  readonly matched: ReadonlyMap<number, readonly string[]>;
}

/** An immutable BM25 index. */
export class TextIndex {
  private readonly postings = new Map<string, Posting>();
  private readonly lengths: Float64Array;
  private readonly averageLength: number;

  /** Indexes documents in order; document numbers are their positions. */
  constructor(documents: readonly IndexedFields[]) {
    this.lengths = new Float64Array(documents.length);
    let total = 0;
    documents.forEach((document, doc) => {
      const counts = new Map<string, number>();
      let length = 0;
      for (const field of document.weighted) {
        for (const token of field.tokens) {
          counts.set(token, (counts.get(token) ?? 0) + field.weight);
          length += field.weight;
        }
      }
      for (const [token, frequency] of counts) {
        let posting = this.postings.get(token);
        if (!posting) {
          posting = { docs: [], frequencies: [] };
          this.postings.set(token, posting);
        }
        posting.docs.push(doc);
        posting.frequencies.push(frequency);
      }
      this.lengths[doc] = length;
      total += length;
    });
    this.averageLength = documents.length > 0 ? total / documents.length : 1;
  }

  /** Number of indexed documents. */
  get size(): number {
    return this.lengths.length;
  }

  /** Whether any document contains the token. */
  has(token: string): boolean {
    return this.postings.has(token);
  }

  /** How many documents contain the token. */
  documentFrequency(token: string): number {
    return this.postings.get(token)?.docs.length ?? 0;
  }

  /** BM25 scores of the documents containing any of the query tokens (each distinct token counted once). */
  search(queryTokens: readonly string[]): TextScores {
    const score = new Float64Array(this.size);
    const docs: number[] = [];
    const matched = new Map<number, string[]>();
    const n = this.size;
    for (const token of new Set(queryTokens)) {
      const posting = this.postings.get(token);
      if (!posting) continue;
      const df = posting.docs.length;
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      for (let i = 0; i < posting.docs.length; i += 1) {
        const doc = posting.docs[i] ?? 0;
        const frequency = posting.frequencies[i] ?? 0;
        const norm = K1 * (1 - B + (B * (this.lengths[doc] ?? 0)) / this.averageLength);
        if ((score[doc] ?? 0) === 0) docs.push(doc);
        score[doc] = (score[doc] ?? 0) + (idf * frequency * (K1 + 1)) / (frequency + norm);
        const list = matched.get(doc);
        if (list) list.push(token);
        else matched.set(doc, [token]);
      }
    }
    return { docs, score, matched };
  }
}
