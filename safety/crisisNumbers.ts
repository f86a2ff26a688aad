/**
 * The real UK crisis numbers, in one place so a test can check each digit. They are national and do not change per
 * council; the council's own routes (safeguarding, local crisis line) are configuration (see `crisisRoutes.ts`).
 */
export const CRISIS_NUMBERS = {
  /** Emergency services, when life is at risk now. */
  emergency: '999',
  /** NHS 111; option 2 reaches the mental health crisis team in England and in Wales. */
  nhs111: '111',
  /** The option to choose on NHS 111 for mental health crisis support. */
  nhs111MentalHealthOption: '2',
  /** Samaritans, free, any time. */
  samaritans: '116 123',
  /** Shout's text line. */
  shoutSms: '85258',
  /** The word to text to Shout. */
  shoutKeyword: 'SHOUT',
} as const;
