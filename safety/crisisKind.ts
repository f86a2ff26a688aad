import { z } from 'zod';

/** The three kinds of risk the safety net looks for on every turn. */
export const CrisisKind = z.enum(['medical', 'suicide', 'abuse']);
/** One kind of risk. */
export type CrisisKind = z.infer<typeof CrisisKind>;

/**
 * How sure the check is that the risk is happening now: `clear` shows the crisis routes at once; `unclear` means the
 * dialog asks "Is this happening now?" once before showing them.
 */
export const CrisisCertainty = z.enum(['clear', 'unclear']);
/** One certainty. */
export type CrisisCertainty = z.infer<typeof CrisisCertainty>;
