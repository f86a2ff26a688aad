import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DirectoryFormatError, importDirectory, loadDirectoryFile } from '../../knowledge/orukImport.js';
import { BRISTOL_FILE, FIXTURES, NOW, V3_EXAMPLE_FILE } from './paths.js';

async function fixture(name: string): Promise<unknown> {
  return JSON.parse(await readFile(path.join(FIXTURES, name), 'utf8'));
}

describe('importDirectory', () => {
  it('reads an ORUK 1.0 API page with a content envelope and its paging fields', async () => {
    const { services, report } = importDirectory(await fixture('oruk1-page.json'), { now: NOW });
    expect(report.envelope).toBe('content');
    expect(report.page).toEqual({ number: 1, totalPages: 5, totalItems: 40 });
    expect(report.total).toBe(8);
    expect(services.map((service) => service.id)).toEqual(['fx-carers-cafe', 'fx-falls-class']);
    expect(report.shapes.oruk1).toBeGreaterThanOrEqual(2);
  });

  it('reads vendor audience labels published as a list of objects, a list of labels or one comma-separated string', () => {
    const records = [
      { id: 'a1', name: 'Carers café', pc_targetAudience: [{ id: '1', audienceType: 'Carers ' }] },
      { id: 'a2', name: 'Lunch club', pc_targetAudience: ['Older People', ' Adults'] },
      { id: 'a3', name: 'Day centre', pc_targetAudience: 'Adults , Older People;Carers' },
    ];
    const { services, report } = importDirectory(records, { now: NOW });
    expect(report.skipped).toEqual([]);
    expect(services.map((service) => service.audiences)).toEqual([
      ['Carers'],
      ['Older People', 'Adults'],
      ['Adults', 'Older People', 'Carers'],
    ]);
  });

  it('reads the paging fields of an ORUK 3.0 page (page_number, total_pages, total_items)', () => {
    const page = { total_items: 1, size: 1, page_number: 1, total_pages: 1, first_page: true, last_page: true, empty: false };
    const { report } = importDirectory({ ...page, contents: [{ id: 'v3-1', name: 'Day centre', status: 'active' }] }, { now: NOW });
    expect(report.envelope).toBe('contents');
    expect(report.page).toEqual({ number: 1, totalPages: 1, totalItems: 1 });
  });

  it('cleans what councils publish: HTML, entities, stray spaces, ages as text, districts from area labels', async () => {
    const { services } = importDirectory(await fixture('oruk1-page.json'), { now: NOW });
    const cafe = services.find((service) => service.id === 'fx-carers-cafe');
    expect(cafe?.name).toBe("Riverside Carers' Café");
    expect(cafe?.description).toBe(
      'A friendly drop-in for unpaid carers of people living with dementia.\n• Tea & cake\n• Peer support',
    );
    expect(cafe?.audiences).toEqual(['Carers']);
    expect(cafe?.eligibility).toMatchObject({ minAge: 18, carersOnly: true });
    expect(cafe?.districts).toEqual(['AT1', 'AT2']);
    expect(cafe?.locations[0]).toMatchObject({ postcode: 'at1 2ab', district: 'AT1' });
    expect(cafe?.schedules[0]?.byDay).toEqual(['TU', 'TH']);
    expect(cafe?.free).toBe(true);
    expect(cafe?.contacts[0]?.phones).toEqual(['01632 960101']);
    expect(cafe?.taxonomy[0]).toMatchObject({ name: 'Carers', vocabulary: 'esdCircumstances' });

    const falls = services.find((service) => service.id === 'fx-falls-class');
    expect(falls?.eligibility.minAge).toBe(60);
    expect(falls?.districts).toEqual(['AT3', 'AT4', 'AT5']);
    expect(falls?.free).toBe(false);
  });

  it('leaves out defunct, inactive, nameless, repeated and invalid records, each with its reason', async () => {
    const { report } = importDirectory(await fixture('oruk1-page.json'), { now: NOW });
    const reasons = report.skipped.map((entry) => [entry.index, entry.reason]);
    expect(reasons).toEqual([
      [2, 'defunct'],
      [3, 'inactive'],
      [4, 'blankName'],
      [5, 'duplicateId'],
      [6, 'invalid'],
      [7, 'invalid'],
    ]);
    expect(report.skipped.find((entry) => entry.index === 6)?.detail).toContain('id');
    expect(report.skipped.find((entry) => entry.index === 7)?.detail).toContain('minimum_age');
    expect(report.skippedByReason).toEqual({ invalid: 2, blankName: 1, inactive: 1, defunct: 1, duplicateId: 1 });
  });

  it('reports records assured over a year before now', async () => {
    const { report } = importDirectory(await fixture('oruk1-page.json'), { now: NOW });
    expect(report.stale).toEqual(['fx-falls-class']);
    expect(importDirectory(await fixture('oruk1-page.json'), { now: new Date('2024-06-01') }).report.stale).toEqual([]);
  });

  it('reads ORUK 3.0 records in a contents envelope: ages on the service, attributes, alert, service phones', async () => {
    const { services, report } = importDirectory(await fixture('oruk3-services.json'), { now: NOW });
    expect(report.envelope).toBe('contents');
    expect(report.shapes.oruk3).toBe(2);
    const memory = services[0];
    expect(memory).toMatchObject({
      id: 'fx3-memory',
      status: 'active',
      eligibility: { minAge: 18, maxAge: 120 },
      alert: 'Lines are busy on Monday mornings.',
      free: true,
      organization: { name: 'Memory Matters', url: 'https://memory.example' },
    });
    expect(memory?.taxonomy.map((term) => term.name)).toEqual(['Dementia']);
    expect(memory?.contacts.flatMap((contact) => contact.phones)).toEqual(['020 7946 0123']);
    expect(services[1]?.status).toBe('temporarily closed');
    expect(report.withAlert).toEqual(['fx3-memory']);
  });

  it('reads a plain array, numeric ids and statuses in any case', async () => {
    const { services, report } = importDirectory(await fixture('plain-array.json'), { now: NOW });
    expect(report.envelope).toBe('array');
    expect(services.map((service) => [service.id, service.status])).toEqual([
      ['101', 'active'],
      ['102', 'active'],
    ]);
    expect(report.neverAssured).toEqual(['102']);
  });

  it('refuses data that is not a directory at all', () => {
    expect(() => importDirectory({ hello: 'world' })).toThrow(DirectoryFormatError);
    expect(() => importDirectory('services')).toThrow(DirectoryFormatError);
  });
});

describe('loadDirectoryFile', () => {
  it('names the file when it is missing', async () => {
    const missing = path.join(FIXTURES, 'no-such-directory.json');
    await expect(loadDirectoryFile(missing)).rejects.toThrow(`${missing}: the file does not exist`);
  });

  it('names the file when it is not JSON', async () => {
    const notJson = path.join(FIXTURES, 'not-json.txt');
    await expect(loadDirectoryFile(notJson)).rejects.toThrow(`${notJson}: it is not valid JSON`);
  });

  it('loads the ORUK 3.0 profile’s own full example, a single service object', async () => {
    const { services, report } = await loadDirectoryFile(V3_EXAMPLE_FILE, { now: NOW });
    expect(report.envelope).toBe('single');
    expect(services[0]).toMatchObject({ name: 'Community Counselling', eligibility: { minAge: 12, maxAge: 100 }, free: false });
    expect(services[0]?.schedules[0]?.byDay).toEqual(['TH', 'FR']);
    expect(report.stale).toEqual([services[0]?.id]);
  });

  it('loads the real Bristol export, skipping only its nameless record and its repeated id', async () => {
    const { services, report } = await loadDirectoryFile(BRISTOL_FILE, { now: NOW });
    expect(report.total).toBe(819);
    expect(services).toHaveLength(817);
    expect(report.skippedByReason).toEqual({ invalid: 0, blankName: 1, inactive: 0, defunct: 0, duplicateId: 1 });
    expect(services.some((service) => /<[a-z]+[^>]*>|&nbsp;/i.test(service.description))).toBe(false);
    expect(services.some((service) => service.audiences.some((label) => label !== label.trim()))).toBe(false);
  });
});
