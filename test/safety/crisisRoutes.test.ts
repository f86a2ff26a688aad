import { describe, expect, it } from 'vitest';
import { EnvSchema } from '../../bot/config.js';
import { CRISIS_NUMBERS } from '../../safety/crisisNumbers.js';
import { CrisisRoutesConfig, crisisRoutesConfigFromEnv, crisisRoutesFor } from '../../safety/crisisRoutes.js';

const england: CrisisRoutesConfig = { nation: 'england', safeguardingPhone: '01632 960999', councilName: 'Anytown Council' };
const wales: CrisisRoutesConfig = {
  nation: 'wales',
  safeguardingPhone: '01632 960123',
  localCrisisLine: '01632 960456',
  councilName: 'Cyngor Trefyclawdd',
};

describe('crisis numbers', () => {
  it('are the real UK crisis numbers, digit for digit', () => {
    expect(CRISIS_NUMBERS.emergency).toBe('999');
    expect(CRISIS_NUMBERS.nhs111).toBe('111');
    expect(CRISIS_NUMBERS.nhs111MentalHealthOption).toBe('2');
    expect(CRISIS_NUMBERS.samaritans).toBe('116 123');
    expect(CRISIS_NUMBERS.shoutSms).toBe('85258');
    expect(CRISIS_NUMBERS.shoutKeyword).toBe('SHOUT');
  });
});

describe('crisisRoutesFor', () => {
  it('sends a medical emergency to 999 and nowhere else', () => {
    expect(crisisRoutesFor('medical', england)).toEqual([{ id: 'call999', labelKey: 'routes.call999Now', phone: '999' }]);
  });

  it('gives suicide risk 999, NHS 111 option 2, Samaritans and Shout, in that order, in England', () => {
    const routes = crisisRoutesFor('suicide', england);
    expect(routes.map((route) => route.id)).toEqual(['call999', 'nhs111option2', 'samaritans', 'shout']);
    expect(routes.map((route) => route.phone)).toEqual(['999', '111', '116 123', undefined]);
    expect(routes[3]?.sms).toEqual({ number: '85258', body: 'SHOUT' });
    expect(routes[0]?.labelKey).toBe('routes.call999IfDangerOrOverdose');
    expect(routes[1]?.labelKey).toBe('routes.nhs111Option2');
  });

  it('adds the local crisis line after NHS 111 option 2 when configured, and names NHS 111 Wales in Wales', () => {
    const routes = crisisRoutesFor('suicide', wales);
    expect(routes.map((route) => route.id)).toEqual(['call999', 'nhs111option2', 'localCrisisLine', 'samaritans', 'shout']);
    expect(routes[1]).toEqual({ id: 'nhs111option2', labelKey: 'routes.nhs111Option2Wales', phone: '111' });
    expect(routes[2]?.phone).toBe('01632 960456');
  });

  it("sends abuse to 999 when in danger, then the council's safeguarding adults contact", () => {
    for (const config of [england, wales]) {
      expect(crisisRoutesFor('abuse', config)).toEqual([
        { id: 'call999', labelKey: 'routes.call999IfDanger', phone: '999' },
        { id: 'safeguarding', labelKey: 'routes.safeguarding', phone: config.safeguardingPhone },
      ]);
    }
  });

  it('gives each caller fresh routes, so changing one list cannot change the next', () => {
    const first = crisisRoutesFor('suicide', england);
    const shoutRoute = first.find((route) => route.id === 'shout');
    if (shoutRoute?.sms) shoutRoute.sms.number = '00000';
    expect(crisisRoutesFor('suicide', england).find((route) => route.id === 'shout')?.sms?.number).toBe('85258');
  });
});

describe('CrisisRoutesConfig', () => {
  it('refuses a safeguarding number that is not a phone number', () => {
    expect(CrisisRoutesConfig.safeParse({ ...england, safeguardingPhone: 'call the council' }).success).toBe(false);
    expect(CrisisRoutesConfig.safeParse({ ...england, nation: 'scotland' }).success).toBe(false);
  });

  it("is built from the app's parsed environment, with the defaults for England", () => {
    const env = EnvSchema.parse({});
    expect(crisisRoutesConfigFromEnv(env)).toEqual({
      nation: 'england',
      safeguardingPhone: env.SAFEGUARDING_PHONE,
      localCrisisLine: undefined,
      councilName: env.COUNCIL_NAME,
    });
    const welsh = crisisRoutesConfigFromEnv(EnvSchema.parse({ NATION: 'wales', LOCAL_CRISIS_LINE: '01632 960456' }));
    expect(welsh.nation).toBe('wales');
    expect(welsh.localCrisisLine).toBe('01632 960456');
  });
});
