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

/**
 * Where a search writes its scores: arrays sized to the index, reused across searches so a match at 50,000 services
 * allocates almost nothing. Matching is synchronous, so one scratch per matcher is never shared by two searches.
 */
export interface SearchScratch {
  /** Score per document; only documents in `touched` are non-zero. */
  readonly score: Float64Array;
  /** Bit i set when query token i matched the document. */
  readonly tokenMask: Uint32Array;
  /** Documents with a non-zero score, in no order. */
  readonly touched: number[];
  /** Score per document from the plain tokens alone (see `search`), with no factors; zero elsewhere. */
  readonly plainScore: Float64Array;
}

/** Tokens in more than this share of documents carry almost no information and would touch most of the index. */
const MAX_DOCUMENT_SHARE = 0.2;
/** The token mask has 32 bits. */
const MAX_QUERY_TOKENS = 32;

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

  /** Fresh scratch arrays sized to this index. */
  createScratch(): SearchScratch {
    return {
      score: new Float64Array(this.size),
      tokenMask: new Uint32Array(this.size),
      touched: [],
      plainScore: new Float64Array(this.size),
    };
  }

  /**
   * BM25 scores of the documents containing any of the query tokens (each distinct token counted once; at most 32),
   * written into `scratch` after clearing what the previous search left there. Tokens found in over a fifth of the
   * documents are skipped unless nothing rarer is asked for. A token with a factor counts that much in each
   * document (1 without one). The searched tokens in `plainTokens` also add their plain BM25 score, without factors,
   * to `scratch.plainScore` in the same pass. Returns the tokens searched, in mask-bit order.
   */
  search(
    queryTokens: readonly string[],
    scratch: SearchScratch,
    factors?: ReadonlyMap<string, (doc: number) => number>,
    plainTokens?: ReadonlySet<string>,
  ): string[] {
    for (const doc of scratch.touched) {
      scratch.score[doc] = 0;
      scratch.tokenMask[doc] = 0;
      scratch.plainScore[doc] = 0;
    }
    scratch.touched.length = 0;
    const n = this.size;
    const known = [...new Set(queryTokens)].filter((token) => this.postings.has(token));
    const informative = known.filter((token) => this.documentFrequency(token) <= Math.max(1, n * MAX_DOCUMENT_SHARE));
    const tokens = (informative.length > 0 ? informative : known).slice(0, MAX_QUERY_TOKENS);
    tokens.forEach((token, bit) => {
      const posting = this.postings.get(token);
      if (!posting) return;
      const df = posting.docs.length;
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      const factor = factors?.get(token);
      const plain = plainTokens?.has(token) === true;
      for (let i = 0; i < df; i += 1) {
        const doc = posting.docs[i] ?? 0;
        const frequency = posting.frequencies[i] ?? 0;
        const norm = K1 * (1 - B + (B * (this.lengths[doc] ?? 0)) / this.averageLength);
        const weight = factor ? factor(doc) : 1;
        const part = (idf * frequency * (K1 + 1)) / (frequency + norm);
        if (scratch.score[doc] === 0 && scratch.tokenMask[doc] === 0) scratch.touched.push(doc);
        scratch.score[doc] = (scratch.score[doc] ?? 0) + weight * part;
        if (plain) scratch.plainScore[doc] = (scratch.plainScore[doc] ?? 0) + part;
        scratch.tokenMask[doc] = (scratch.tokenMask[doc] ?? 0) | (1 << bit);
      }
    });
    return tokens;
  }
}
