import { describe, expect, it } from 'vitest';
import { isProbablyWelsh } from '../../knowledge/welshGuess.js';

describe('telling a Welsh message from an English one', () => {
  it.each(['ffoniwch ambiwlans plis', 'syrthiodd mam', 'mae dad wedi cwympo', "dw i'n poeni am fy mam", 'rhowch help i mi'])(
    'reads "%s" as Welsh',
    (text) => expect(isProbablyWelsh(text)).toBe(true),
  );
  it.each(['my dad fell off the ladder', 'call an ambulance please', 'I feel odd and dizzy', 'the bills are killing me', 'she fell off a chair'])(
    'reads "%s" as English',
    (text) => expect(isProbablyWelsh(text)).toBe(false),
  );
});
