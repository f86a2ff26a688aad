import { randomInt } from 'node:crypto';
import { z } from 'zod';

/**
 * The characters a reference may use: none that are easily mistaken for another when read aloud or handwritten.
 * 0/O, 1/I/L, 2/Z and 5/S are all left out; B and G go so that 8 and 6 stand alone; U and V go as a pair. 23 symbols:
 * a prime count, so the weighted check character below catches every single wrong character and every swap of two
 * neighbours.
 */
export const REFERENCE_ALPHABET = '346789ACDEFHJKMNPQRTWXY';

/** Fixed prefix: "Care Navigator". */
export const REFERENCE_PREFIX = 'CN';

const BODY_LENGTH = 7;
const BASE = REFERENCE_ALPHABET.length;
const PATTERN = new RegExp(`^${REFERENCE_PREFIX}-[${REFERENCE_ALPHABET}]{4}-[${REFERENCE_ALPHABET}]{4}$`);

/** A random number in [0, 1), injected so tests are deterministic. */
export type RandomSource = () => number;

/** Cryptographic randomness, so references cannot be guessed from one another. */
export const cryptoRandom: RandomSource = () => randomInt(0, 2 ** 47) / 2 ** 47;

function valueOf(symbol: string): number {
  return REFERENCE_ALPHABET.indexOf(symbol);
}

/** The check symbol that makes the weighted sum of all eight symbols (weights 1..8) divisible by 23. */
function checkSymbol(body: string): string {
  let sum = 0;
  for (let index = 0; index < body.length; index += 1) {
    sum += (index + 1) * valueOf(body.charAt(index));
  }
  const weight = body.length + 1;
  // Solve weight * c ≡ -sum (mod BASE); BASE is prime so the inverse exists.
  for (let candidate = 0; candidate < BASE; candidate += 1) {
    if ((sum + weight * candidate) % BASE === 0) return REFERENCE_ALPHABET.charAt(candidate);
  }
  throw new Error('unreachable: the alphabet size must be prime');
}

/**
 * Makes a reference such as `CN-7K3M-9QXR`: seven random symbols and a check symbol. Uniqueness is the store's job
 * (`ReferralStore.newReference` retries on a collision).
 */
export function generateReference(random: RandomSource = cryptoRandom): string {
  let body = '';
  for (let index = 0; index < BODY_LENGTH; index += 1) {
    const position = Math.min(BASE - 1, Math.floor(random() * BASE));
    body += REFERENCE_ALPHABET.charAt(position);
  }
  const full = body + checkSymbol(body);
  return `${REFERENCE_PREFIX}-${full.slice(0, 4)}-${full.slice(4)}`;
}

/** Whether a string is a well-formed reference whose check symbol is right. */
export function isValidReference(value: string): boolean {
  if (!PATTERN.test(value)) return false;
  const symbols = value.slice(REFERENCE_PREFIX.length + 1).replace('-', '');
  return checkSymbol(symbols.slice(0, BODY_LENGTH)) === symbols.charAt(BODY_LENGTH);
}

/**
 * Turns what someone typed or read out ("cn 7k3m 9qxr") into the canonical form, or null when it is not a valid
 * reference. Staff search and the resident's "delete my answers" both start here.
 */
export function normaliseReference(typed: string): string | null {
  const compact = typed.toUpperCase().replace(/[^A-Z0-9]/g, '');
  const body = compact.startsWith(REFERENCE_PREFIX) ? compact.slice(REFERENCE_PREFIX.length) : compact;
  if (body.length !== BODY_LENGTH + 1) return null;
  const candidate = `${REFERENCE_PREFIX}-${body.slice(0, 4)}-${body.slice(4)}`;
  return isValidReference(candidate) ? candidate : null;
}

/** A reference number, checked (format and check symbol) wherever one enters: files, URLs, input. */
export const ReferenceNumber = z.string().refine(isValidReference, 'must be a Care Navigator reference');
