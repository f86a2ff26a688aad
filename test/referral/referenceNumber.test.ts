import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  generateReference,
  isValidReference,
  normaliseReference,
  REFERENCE_ALPHABET,
} from '../../referral/referenceNumber.js';
import { ReferralStore } from '../../referral/referralStore.js';
import { seededRandom } from './fixtures.js';

const AMBIGUOUS = ['0', 'O', '1', 'I', 'L', '2', 'Z', '5', 'S', 'B', 'G', 'U', 'V'];

describe('reference numbers', () => {
  const folders: string[] = [];
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  it('look like CN-XXXX-XXXX and use no character that is easily misread', () => {
    const reference = generateReference(seededRandom(7));
    expect(reference).toMatch(/^CN-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    for (const symbol of AMBIGUOUS) expect(REFERENCE_ALPHABET).not.toContain(symbol);
    expect(reference.slice(3).replace('-', '').split('').every((symbol) => REFERENCE_ALPHABET.includes(symbol))).toBe(true);
  });

  it('carry a check symbol that catches one wrong character and two swapped neighbours', () => {
    const random = seededRandom(11);
    for (let round = 0; round < 200; round += 1) {
      const reference = generateReference(random);
      expect(isValidReference(reference)).toBe(true);
      const symbols = reference.slice(3).replace('-', '');
      const position = round % 8;
      const original = symbols.charAt(position);
      const replacement = REFERENCE_ALPHABET.charAt((REFERENCE_ALPHABET.indexOf(original) + 1 + (round % 22)) % 23);
      const typo = symbols.slice(0, position) + replacement + symbols.slice(position + 1);
      expect(isValidReference(`CN-${typo.slice(0, 4)}-${typo.slice(4)}`)).toBe(false);
      const swapAt = round % 7;
      const a = symbols.charAt(swapAt);
      const b = symbols.charAt(swapAt + 1);
      if (a !== b) {
        const swapped = symbols.slice(0, swapAt) + b + a + symbols.slice(swapAt + 2);
        expect(isValidReference(`CN-${swapped.slice(0, 4)}-${swapped.slice(4)}`)).toBe(false);
      }
    }
  });

  it('are recognised when typed loosely, in lower case or with spaces', () => {
    const reference = generateReference(seededRandom(3));
    const loose = ` ${reference.toLowerCase().replaceAll('-', ' ')} `;
    expect(normaliseReference(loose)).toBe(reference);
    expect(normaliseReference('CN-0000-0000')).toBeNull();
  });

  it('are unique across 20,000 references handed out by the store', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'cn-refs-'));
    folders.push(folder);
    const store = new ReferralStore(folder, { random: seededRandom(42) });
    const seen = new Set<string>();
    for (let index = 0; index < 20_000; index += 1) seen.add(await store.newReference());
    expect(seen.size).toBe(20_000);
    for (const reference of seen) expect(isValidReference(reference)).toBe(true);
  });

  it('are drawn again when the random source repeats a reference already handed out', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'cn-refs-'));
    folders.push(folder);
    // The first seven draws are replayed once, so the second reference would collide with the first.
    const draws = Array.from({ length: 7 }, seededRandom(5));
    const fresh = seededRandom(6);
    let calls = 0;
    const random = (): number => {
      calls += 1;
      return calls <= 14 ? (draws[(calls - 1) % 7] ?? 0) : fresh();
    };
    const store = new ReferralStore(folder, { random });
    const first = await store.newReference();
    const second = await store.newReference();
    expect(generateReference(() => draws.shift() ?? 0)).toBe(first);
    expect(second).not.toBe(first);
    expect(calls).toBe(21);
  });
});
