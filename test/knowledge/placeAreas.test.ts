import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../knowledge/matcher.js';
import { buildGazetteer, districtsOfNamedAreas, namedAreaFit } from '../../knowledge/placeAreas.js';
import { service } from './serviceFixtures.js';

const NOW = new Date('2026-11-01T00:00:00Z');

// Fictional places from the directory's own addresses: Harrowfield (HF1, HF2), Kelbrook (HF5) and, over the border,
// Calderbridge (KQ1).
const directory = [
  service({
    id: 'harrow-lunch',
    name: 'Friendship lunch club',
    description: 'A weekly lunch club for lonely and isolated older people.',
    areas: ['Whole of Harrowfield'],
    locations: [{ address: '1 Market Street, Harrowfield', postcode: 'HF1 2AB', district: 'HF1' }],
  }),
  service({
    id: 'harrow-hub',
    name: 'Harrowfield community hub',
    description: 'Advice and activities.',
    locations: [{ address: '9 Mill Lane, Harrowfield', postcode: 'HF2 4CD', district: 'HF2' }],
  }),
  service({
    id: 'kelbrook-hall',
    name: 'Kelbrook village hall',
    description: 'Room hire.',
    locations: [{ address: 'Church Road, Kelbrook', postcode: 'HF5 1EF', district: 'HF5' }],
  }),
  service({
    id: 'calder-befriend',
    name: 'Befriending calls',
    description: 'Friendly phone calls for lonely and isolated older people.',
    areas: ['Calderbridge'],
  }),
  service({
    id: 'calder-office',
    name: 'Calderbridge advice centre',
    description: 'Advice.',
    locations: [{ address: '3 High Street, Calderbridge', postcode: 'KQ1 9GH', district: 'KQ1' }],
  }),
  service({ id: 'national', name: 'National friendship line', description: 'Calls for lonely older people.', areas: ['England'] }),
];
const gazetteer = buildGazetteer(directory);

describe('service areas that name places', () => {
  it('learns where places are from the directory’s own addresses', () => {
    expect([...(gazetteer.get('harrowfield') ?? [])].sort()).toEqual(['HF1', 'HF2']);
    expect([...(gazetteer.get('calderbridge') ?? [])]).toEqual(['KQ1']);
  });

  it('reads an area label that names a known place, and assumes nothing for a place the addresses do not locate', () => {
    const [lunch, , , befriend, , national] = directory;
    expect([...(districtsOfNamedAreas(lunch!, gazetteer) ?? [])].sort()).toEqual(['HF1', 'HF2']);
    expect([...(districtsOfNamedAreas(befriend!, gazetteer) ?? [])]).toEqual(['KQ1']);
    expect(districtsOfNamedAreas(national!, gazetteer)).toBeUndefined();
  });

  it('tells inside, the same postcode area (addresses need not cover every district) and elsewhere apart', () => {
    const harrowfield = new Set(['HF1', 'HF2']);
    expect(namedAreaFit('HF1', harrowfield)).toBe('inside');
    expect(namedAreaFit('HF5', harrowfield)).toBe('sameArea');
    expect(namedAreaFit('KQ2', harrowfield)).toBe('elsewhere');
  });

  it('puts a service for another place below local and national ones for someone who gave a postcode', () => {
    const ids = createMatcher(directory, { now: NOW })
      .match({ text: 'mum is so lonely, she is 84 and sees nobody', postcode: 'HF5 3XY' })
      .map((match) => match.service.id);
    expect(ids.indexOf('calder-befriend')).toBeGreaterThan(ids.indexOf('harrow-lunch'));
    expect(ids.indexOf('calder-befriend')).toBeGreaterThan(ids.indexOf('national'));
  });

  it('still shows it to someone in that place, and to someone who gave no postcode', () => {
    const matcher = createMatcher(directory, { now: NOW });
    const text = 'mum is so lonely, she is 84 and sees nobody';
    expect(matcher.match({ text, postcode: 'KQ1 2AA' })[0]?.service.id).toBe('calder-befriend');
    expect(matcher.match({ text }).map((match) => match.service.id)).toContain('calder-befriend');
  });
});
