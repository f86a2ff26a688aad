import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { createLocaliser } from '../../dialogs/localiser.js';
import { CRISIS_NUMBERS } from '../../safety/crisisNumbers.js';
import { buildCrisisMessage, SAFETY_KEYS, smsUri, telUri } from '../../safety/crisisMessage.js';
import type { CrisisRoutesConfig } from '../../safety/crisisRoutes.js';

const localiser = createLocaliser();
const t = (language: 'en' | 'cy'): TFunction => localiser.getFixedT(language, 'safety');
const config: CrisisRoutesConfig = {
  nation: 'england',
  safeguardingPhone: '01632 960999',
  localCrisisLine: '01632 960456',
  councilName: 'Smith & Jones Borough',
};

describe('buildCrisisMessage', () => {
  it('gives tap-to-call links with no spaces and a ready-made text to Shout', () => {
    const message = buildCrisisMessage('suicide', config, t('en'), 'resident');
    expect(message.routes.map((route) => route.tel ?? route.sms)).toEqual([
      'tel:999',
      'tel:111',
      'tel:01632960456',
      'tel:116123',
      'sms:85258?body=SHOUT',
    ]);
  });

  it('labels each route from the locale text, with the real number in it', () => {
    const message = buildCrisisMessage('suicide', config, t('en'), 'resident');
    const en = t('en');
    expect(message.routes.map((route) => route.label)).toEqual([
      en('routes.call999IfDangerOrOverdose', { number: '999' }),
      en('routes.nhs111Option2', { number: '111', option: '2' }),
      en('routes.localCrisisLine', { number: '01632 960456' }),
      en('routes.samaritans', { number: '116 123' }),
      en('routes.shout', { number: '85258', body: 'SHOUT' }),
    ]);
  });

  it("puts every number in the text, for channels that cannot show buttons", () => {
    for (const kind of ['medical', 'suicide', 'abuse'] as const) {
      for (const language of ['en', 'cy'] as const) {
        const message = buildCrisisMessage(kind, config, t(language), 'resident');
        expect(message.text).toContain(CRISIS_NUMBERS.emergency);
        for (const route of message.routes) expect(message.text).toContain(route.label);
      }
    }
    const suicide = buildCrisisMessage('suicide', config, t('en'), 'resident').text;
    for (const number of ['111', '116 123', '85258', 'SHOUT']) expect(suicide).toContain(number);
  });

  it("names the council in the safeguarding route without HTML escaping", () => {
    const message = buildCrisisMessage('abuse', config, t('en'), 'carer');
    expect(message.routes[1]).toEqual({
      label: t('en')('routes.safeguarding', { council: 'Smith & Jones Borough', number: '01632 960999', interpolation: { escapeValue: false } }),
      tel: 'tel:01632960999',
    });
    expect(message.routes[1]?.label).toContain('Smith & Jones Borough');
  });

  it('gives call handlers a script for the call, different from what a resident reads', () => {
    for (const kind of ['medical', 'suicide', 'abuse'] as const) {
      const resident = buildCrisisMessage(kind, config, t('en'), 'resident').text;
      const staff = buildCrisisMessage(kind, config, t('en'), 'staff').text;
      expect(staff).not.toBe(resident);
      expect(staff.startsWith(t('en')(`${kind}.intro`, { context: 'staff', emergency: '999', nhs111: '111', option: '2' }))).toBe(true);
    }
    expect(buildCrisisMessage('medical', config, t('en'), 'staff').text).toMatch(/hang up and call 999/);
  });

  it('speaks to a carer about the person they care for', () => {
    const carer = buildCrisisMessage('medical', config, t('en'), 'carer').text;
    expect(carer.startsWith(t('en')('medical.intro', { context: 'carer', emergency: '999' }))).toBe(true);
    expect(carer).not.toBe(buildCrisisMessage('medical', config, t('en'), 'resident').text);
  });

  it('answers in Welsh when the conversation is in Welsh', () => {
    const welsh = buildCrisisMessage('medical', config, t('cy'), 'resident');
    const english = buildCrisisMessage('medical', config, t('en'), 'resident');
    expect(welsh.text).not.toBe(english.text);
    expect(welsh.routes[0]).toEqual({ label: t('cy')('routes.call999Now', { number: '999' }), tel: 'tel:999' });
  });

  it('names NHS 111 Wales for a council in Wales', () => {
    const message = buildCrisisMessage('suicide', { ...config, nation: 'wales' }, t('en'), 'resident');
    expect(message.routes[1]?.label).toBe(t('en')('routes.nhs111Option2Wales', { number: '111', option: '2' }));
  });

  it('tells someone who says it is not happening now to call 999 if it does', () => {
    for (const language of ['en', 'cy'] as const) {
      expect(t(language)(SAFETY_KEYS.notNowThanks)).toContain(CRISIS_NUMBERS.emergency);
      expect(t(language)(SAFETY_KEYS.failSafe)).toContain(CRISIS_NUMBERS.emergency);
    }
  });

  it('has the question, the thanks and the carry-on line in both languages', () => {
    for (const language of ['en', 'cy'] as const) {
      for (const key of Object.values(SAFETY_KEYS)) {
        expect(localiser.exists(`safety:${key}`, { lng: language, fallbackLng: false })).toBe(true);
      }
    }
  });
});

describe('telUri and smsUri', () => {
  it('strip spaces so every dialer reads the whole number', () => {
    expect(telUri('116 123')).toBe('tel:116123');
    expect(telUri('020 7946 0123')).toBe('tel:02079460123');
    expect(smsUri('85258', 'SHOUT')).toBe('sms:85258?body=SHOUT');
  });
});
