import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

// This test checks the bundled data files themselves, so it reads them as a stranger would and does not import the
// importer or matcher (they are tested on their own). The schemas below describe only the fields checked here.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const SampleService = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  status: z.string(),
  assured_date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  contacts: z.array(z.object({ phones: z.array(z.object({ number: z.string() })) })),
  eligibilitys: z.array(
    z.object({ eligibility: z.string(), minimum_age: z.number().nullable(), maximum_age: z.number().nullable() }),
  ),
  languages: z.array(z.object({ language: z.string() })),
  service_areas: z.array(z.object({ service_area: z.string() })),
  service_at_locations: z.array(
    z.object({ location: z.object({ physical_addresses: z.array(z.object({ postal_code: z.string() })) }) }),
  ),
  service_taxonomys: z.array(z.object({ taxonomy: z.object({ id: z.string(), name: z.string(), vocabulary: z.string() }) })),
});
type SampleService = z.infer<typeof SampleService>;

const SampleStatement = z.object({
  text: z.string().min(1),
  lang: z.enum(['en', 'cy']),
  audience: z.enum(['resident', 'carer', 'staff']).optional(),
  age: z.number().int().min(0).max(130).optional(),
  postcode: z.string().optional(),
  expected: z.array(z.string()).min(1),
});

const services = z.array(SampleService).parse(
  JSON.parse(readFileSync(path.join(root, 'knowledge', 'sample-directory.json'), 'utf8')),
);
const statements = z.array(SampleStatement).parse(
  JSON.parse(readFileSync(path.join(root, 'knowledge', 'eval', 'sample-statements.json'), 'utf8')),
);
const byId = new Map(services.map((service) => [service.id, service]));
const active = services.filter((service) => service.status === 'active');

/** Ofcom's drama ranges: 01632 960000–960999, 020 7946 0000–0999, 07700 900000–900999. */
const DRAMA_NUMBER = /^(01632960|02079460|07700900)\d{3}$/;
/** A full postcode in the fictional AT area, as Royal Mail formats them. */
const AT_POSTCODE = /^AT[1-9] [0-9][ABD-HJLNP-UW-Z]{2}$/;
const WHOLE_AREA = 'Anytown';
const WELSH_DISTRICTS = new Set(['AT7', 'AT8', 'AT9']);

const areasOf = (service: SampleService): Set<string> => new Set(service.service_areas.map((area) => area.service_area));
const serves = (service: SampleService, district: string | undefined): boolean =>
  areasOf(service).has(WHOLE_AREA) || (district !== undefined && areasOf(service).has(district));
const fitsAge = (service: SampleService, age: number): boolean =>
  service.eligibilitys.every(
    (rule) => (rule.minimum_age ?? 0) <= age && (rule.maximum_age === null || age <= rule.maximum_age),
  );
const daysBetween = (from: string, to: string): number => (Date.parse(to) - Date.parse(from)) / 86_400_000;

describe('sample directory', () => {
  it('offers at least 80 active services', () => {
    expect(active.length).toBeGreaterThanOrEqual(80);
  });

  it('gives every service a unique id', () => {
    const ids = services.map((service) => service.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('uses only Ofcom drama phone numbers, so no real person is ever rung', () => {
    const numbers = services.flatMap((service) => service.contacts.flatMap((contact) => contact.phones));
    expect(numbers.length).toBeGreaterThan(0);
    const outside = numbers.map((phone) => phone.number).filter((number) => !DRAMA_NUMBER.test(number.replace(/\s/g, '')));
    expect(outside).toEqual([]);
  });

  it('places every address in the fictional AT postcode area', () => {
    const postcodes = services.flatMap((service) =>
      service.service_at_locations.flatMap((place) => place.location.physical_addresses.map((address) => address.postal_code)),
    );
    expect(postcodes.length).toBeGreaterThan(0);
    expect(postcodes.filter((postcode) => !AT_POSTCODE.test(postcode))).toEqual([]);
  });

  it('gives every service a description, an area and at least one taxonomy term', () => {
    const incomplete = services
      .filter(
        (service) =>
          service.description.trim().length === 0 ||
          service.service_areas.length === 0 ||
          service.service_taxonomys.length === 0,
      )
      .map((service) => service.id);
    expect(incomplete).toEqual([]);
  });

  it('names areas only as AT districts or the whole council area', () => {
    const unknown = services.flatMap((service) =>
      [...areasOf(service)].filter((area) => area !== WHOLE_AREA && !/^AT[1-9]$/.test(area)),
    );
    expect(unknown).toEqual([]);
  });

  it('offers Welsh in every service that serves only the Welsh-speaking valley (the Active Offer)', () => {
    const valleyOnly = services.filter((service) => [...areasOf(service)].every((area) => WELSH_DISTRICTS.has(area)));
    expect(valleyOnly.length).toBeGreaterThanOrEqual(8);
    const withoutWelsh = valleyOnly
      .filter((service) => !service.languages.some((entry) => entry.language === 'Welsh'))
      .map((service) => service.id);
    expect(withoutWelsh).toEqual([]);
  });

  it('keeps closed services so the import has something to drop', () => {
    const closed = services.filter((service) => service.status === 'inactive' || service.status === 'defunct');
    expect(closed.length).toBeGreaterThanOrEqual(3);
  });

  it('keeps active services assured over a year before the newest, so the staleness warning has something to show', () => {
    const newest = services.map((service) => service.assured_date).reduce((a, b) => (a > b ? a : b));
    const stale = active.filter((service) => daysBetween(service.assured_date, newest) > 365);
    expect(stale.length).toBeGreaterThanOrEqual(3);
    expect(stale.length).toBeLessThan(active.length / 4);
  });
});

describe('sample evaluation statements', () => {
  it('has at least 45 statements, at least 8 of them in Welsh', () => {
    expect(statements.length).toBeGreaterThanOrEqual(45);
    expect(statements.filter((statement) => statement.lang === 'cy').length).toBeGreaterThanOrEqual(8);
  });

  it('expects only services that exist and are active', () => {
    const wrong = statements.flatMap((statement) =>
      statement.expected.filter((id) => byId.get(id)?.status !== 'active').map((id) => `${statement.text} -> ${id}`),
    );
    expect(wrong).toEqual([]);
  });

  it('gives postcodes in the AT area', () => {
    const postcodes = statements.flatMap((statement) => (statement.postcode === undefined ? [] : [statement.postcode]));
    expect(postcodes.filter((postcode) => !AT_POSTCODE.test(postcode))).toEqual([]);
  });

  it('never expects a service outside the person’s area or age range', () => {
    const broken = statements.flatMap((statement) => {
      const district = statement.postcode?.split(' ')[0];
      return statement.expected.flatMap((id) => {
        const service = byId.get(id);
        if (service === undefined) return [];
        const problems: string[] = [];
        if (!serves(service, district)) problems.push(`${id} does not serve ${district ?? 'an unknown district'}`);
        if (statement.age !== undefined && !fitsAge(service, statement.age)) problems.push(`${id} excludes age ${statement.age}`);
        return problems;
      });
    });
    expect(broken).toEqual([]);
  });

  it('expects carers-only services only when a carer or a call handler is speaking', () => {
    const carersOnly = (service: SampleService): boolean =>
      service.eligibilitys.length > 0 && service.eligibilitys.every((rule) => /^(unpaid|young) carers\b/i.test(rule.eligibility));
    const carersOnlyIds = new Set(services.filter(carersOnly).map((service) => service.id));
    expect(carersOnlyIds.size).toBeGreaterThanOrEqual(5);
    const wrong = statements
      .filter((statement) => statement.audience === 'resident')
      .flatMap((statement) => statement.expected.filter((id) => carersOnlyIds.has(id)).map((id) => `${statement.text} -> ${id}`));
    expect(wrong).toEqual([]);
  });
});
