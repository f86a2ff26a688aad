import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeMatch } from '../../knowledge/describeMatch.js';
import type { ServiceMatch } from '../../knowledge/matchTypes.js';
import { knowledgeTs } from './i18n.js';
import { service } from './serviceFixtures.js';

const plain = { interpolation: { escapeValue: false } };

const match: ServiceMatch = {
  service: service({ id: 'carers-cafe', name: 'Riverside Carers Cafe' }),
  score: 0.9,
  reasons: [
    { kind: 'topic', topic: 'carerSupport' },
    { kind: 'topic', topic: 'dementia' },
    { kind: 'forCarers' },
    { kind: 'area', areas: ['AT1', 'Anytown & Bay'] },
    { kind: 'free' },
  ],
  warnings: [
    { kind: 'stale', assuredDate: '2024-04-13' },
    { kind: 'alert', text: 'Closed on bank holidays <b>only</b>' },
  ],
};

let ts: { en: TFunction; cy: TFunction };
beforeAll(async () => {
  ts = await knowledgeTs();
});

describe.each(['en', 'cy'] as const)('describeMatch in %s', (lang) => {
  it('says why in one short line built from the locale text', () => {
    const t = ts[lang];
    const topics = `${t('topics.carerSupport', plain)}${t('list.lastSeparator', plain)}${t('topics.dementia', plain)}`;
    const parts = [
      t('why.topics', { ...plain, topics }),
      t('why.forCarers', plain),
      t('why.area', { ...plain, area: `AT1${t('list.lastSeparator', plain)}Anytown & Bay` }),
      t('why.free', plain),
    ].join(t('why.separator', plain));
    const expected = parts.charAt(0).toLocaleUpperCase() + parts.slice(1);
    expect(describeMatch(match, t).why).toBe(expected);
  });

  it('warns about an old assured date, with the date written for the person, and repeats the alert untouched', () => {
    const t = ts[lang];
    const { warnings } = describeMatch(match, t);
    const date = new Intl.DateTimeFormat(t('format.dateLocale', plain), { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date('2024-04-13T00:00:00Z'),
    );
    expect(warnings).toEqual([
      t('warnings.stale', { ...plain, date }),
      t('warnings.alert', { ...plain, text: 'Closed on bank holidays <b>only</b>' }),
    ]);
    expect(warnings[0]).toContain('2024');
  });

  it('falls back to a plain line when there is nothing specific to say', () => {
    const t = ts[lang];
    const bare: ServiceMatch = { ...match, reasons: [], warnings: [] };
    const fallback = t('why.fallback', plain);
    expect(describeMatch(bare, t)).toEqual({ why: fallback.charAt(0).toLocaleUpperCase() + fallback.slice(1), warnings: [] });
  });
});

it('speaks Welsh and English differently', () => {
  expect(describeMatch(match, ts.cy).why).not.toBe(describeMatch(match, ts.en).why);
});
