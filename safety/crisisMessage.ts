import type { TFunction } from 'i18next';
import { CRISIS_NUMBERS } from './crisisNumbers.js';
import type { CrisisKind } from './crisisKind.js';
import { crisisRoutesFor, type CrisisRoute, type CrisisRoutesConfig } from './crisisRoutes.js';

/** Who is reading: the person, a carer speaking for them, or a council call handler on the phone. */
export type CrisisAudience = 'resident' | 'carer' | 'staff';

/** One route as the channel shows it: a label and, where it can be tapped, a `tel:` or `sms:` link. */
export interface CrisisMessageRoute {
  readonly label: string;
  readonly tel?: string;
  readonly sms?: string;
}

/**
 * A crisis message, channel-neutral. `text` holds the whole message with every number, for channels that show text
 * only and for screen readers; `routes` are for a card with tap-to-call and tap-to-text buttons.
 */
export interface CrisisMessage {
  readonly text: string;
  readonly routes: readonly CrisisMessageRoute[];
}

/** Locale keys in the `safety` namespace that the dialog uses around a crisis message. */
export const SAFETY_KEYS = {
  isItHappeningNow: 'isItHappeningNow',
  happeningNowYes: 'happeningNowChoices.yes',
  happeningNowNo: 'happeningNowChoices.no',
  notNowThanks: 'notNowThanks',
  carryOn: 'carryOn',
  failSafe: 'failSafe',
} as const;

/** A `tel:` link: digits only, because some dialers stop at the first space. */
export function telUri(phone: string): string {
  return `tel:${phone.replace(/[^0-9+]/g, '')}`;
}

/** An `sms:` link with the message filled in, as iOS and Android both read it. */
export function smsUri(number: string, body: string): string {
  return `sms:${number.replace(/[^0-9+]/g, '')}?body=${encodeURIComponent(body)}`;
}

function routeLabel(route: CrisisRoute, config: CrisisRoutesConfig, t: TFunction): string {
  return t(route.labelKey, {
    number: route.phone ?? route.sms?.number,
    body: route.sms?.body,
    option: CRISIS_NUMBERS.nhs111MentalHealthOption,
    council: config.councilName,
    // Labels are plain text for cards and chat, never HTML: escaping would turn "Smith & Jones" into "&amp;".
    interpolation: { escapeValue: false },
  });
}

/**
 * Builds the crisis message for one kind of risk, in the language of `t` (a translator fixed to the `safety`
 * namespace) and for one audience: residents and carers are told what to do; call handlers get a script for the call.
 */
export function buildCrisisMessage(
  kind: CrisisKind,
  config: CrisisRoutesConfig,
  t: TFunction,
  audience: CrisisAudience,
): CrisisMessage {
  const routes = crisisRoutesFor(kind, config).map((route): CrisisMessageRoute => {
    const label = routeLabel(route, config, t);
    if (route.phone) return { label, tel: telUri(route.phone) };
    if (route.sms) return { label, sms: smsUri(route.sms.number, route.sms.body) };
    return { label };
  });
  const intro = t(`${kind}.intro`, {
    context: audience === 'resident' ? undefined : audience,
    emergency: CRISIS_NUMBERS.emergency,
    nhs111: CRISIS_NUMBERS.nhs111,
    option: CRISIS_NUMBERS.nhs111MentalHealthOption,
    interpolation: { escapeValue: false },
  });
  return { text: [intro, ...routes.map((route) => `- ${route.label}`)].join('\n'), routes };
}
