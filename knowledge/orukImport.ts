import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import {
  type Contact,
  type CostOption,
  type EnvelopeKind,
  type ImportReport,
  type Location,
  type OrukShape,
  type Schedule,
  Service,
  type ServiceStatus,
  type SkippedRecord,
  type SkipReason,
  type TaxonomyTerm,
} from './directorySchema.js';
import { isStale } from './freshness.js';
import { districtsInAreaLabel, postcodeDistrict } from './postcode.js';
import { ORUK1_MARKERS, ORUK3_MARKERS, RawOrukService } from './rawOruk.js';
import { cleanLabel, htmlToText, optionalLabel } from './textClean.js';

/** Options for an import. */
export interface ImportOptions {
  /** The clock for staleness (assured over a year ago); defaults to the current time. */
  readonly now?: Date;
}

/** The result of an import: the services that loaded and a report of what happened to the rest. */
export interface ImportResult {
  readonly services: Service[];
  readonly report: ImportReport;
}

/** The file or data is not a directory at all (not JSON, not a list of services, no envelope we know). */
export class DirectoryFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DirectoryFormatError';
  }
}

const PageFields = z.looseObject({
  totalElements: z.number().optional(),
  total_items: z.number().optional(),
  totalItems: z.number().optional(),
  totalPages: z.number().optional(),
  total_pages: z.number().optional(),
  number: z.number().optional(),
  page: z.number().optional(),
  /** ORUK 3.0 (HSDS 3) pages: `page_number`, `total_pages`, `total_items`. */
  page_number: z.number().optional(),
});

interface Unwrapped {
  readonly records: readonly unknown[];
  readonly envelope: EnvelopeKind;
  readonly page?: ImportReport['page'];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function unwrap(raw: unknown): Unwrapped {
  if (Array.isArray(raw)) return { records: raw, envelope: 'array' };
  if (!isRecord(raw)) throw new DirectoryFormatError('expected a list of services or an API page, found ' + typeof raw);
  for (const key of ['content', 'contents'] as const) {
    const inner = raw[key];
    if (Array.isArray(inner)) {
      const paging = PageFields.safeParse(raw);
      const fields = paging.success ? paging.data : {};
      const page = {
        number: fields.number ?? fields.page ?? fields.page_number,
        totalPages: fields.totalPages ?? fields.total_pages,
        totalItems: fields.totalElements ?? fields.total_items ?? fields.totalItems,
      };
      const hasPaging = Object.values(page).some((value) => value !== undefined);
      return { records: inner, envelope: key, ...(hasPaging ? { page } : {}) };
    }
  }
  if ('id' in raw && 'name' in raw) return { records: [raw], envelope: 'single' };
  throw new DirectoryFormatError(
    'expected a list of services, an API page with "content" or "contents", or one service with "id" and "name"',
  );
}

function shapeOf(record: Record<string, unknown>): OrukShape {
  if (ORUK3_MARKERS.some((field) => field in record)) return 'oruk3';
  if (ORUK1_MARKERS.some((field) => field in record)) return 'oruk1';
  return 'undetermined';
}

function normaliseStatus(raw: string | undefined): ServiceStatus {
  const status = (raw ?? '').trim().toLowerCase().replace(/[_-]+/g, ' ');
  if (status === 'inactive') return 'inactive';
  if (status === 'defunct' || status === 'closed' || status === 'permanently closed') return 'defunct';
  if (status === 'temporarily closed') return 'temporarily closed';
  return 'active';
}

function isoDate(raw: string | undefined): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})/.exec((raw ?? '').trim());
  return match?.[1];
}

const WEEKDAYS: Readonly<Record<string, string>> = {
  monday: 'MO',
  tuesday: 'TU',
  wednesday: 'WE',
  thursday: 'TH',
  friday: 'FR',
  saturday: 'SA',
  sunday: 'SU',
};

function dayCodes(byday: string | undefined, weekday: string | undefined): string[] {
  const codes = new Set<string>();
  for (const part of (byday ?? '').split(/[,;\s]+/)) {
    const code = part.trim().toUpperCase().replace(/^[+-]?\d+/, '');
    if (/^(MO|TU|WE|TH|FR|SA|SU)$/.test(code)) codes.add(code);
  }
  const named = WEEKDAYS[(weekday ?? '').trim().toLowerCase()];
  if (named) codes.add(named);
  return [...codes];
}

function unique(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

const CARERS_ONLY_TEXT = /\b(?:only\s+for|for|open\s+to)\s+(?:unpaid\s+|adult\s+|young\s+|family\s+)?carers\b(?!\s+and\b)|\bcarers\s+only\b/i;
const CARER_AUDIENCE = /carer/i;

function toService(raw: RawOrukService): Service {
  const eligibilityText = raw.eligibilitys
    .map((entry) => optionalLabel(entry.eligibility))
    .filter((text): text is string => text !== undefined);
  const minAges = [raw.minimum_age, ...raw.eligibilitys.map((entry) => entry.minimum_age)].filter(
    (age): age is number => age !== undefined && age > 0,
  );
  const maxAges = [raw.maximum_age, ...raw.eligibilitys.map((entry) => entry.maximum_age)].filter(
    (age): age is number => age !== undefined && age > 0 && age < 130,
  );
  const audiences = unique(
    raw.pc_targetAudience.map((entry) => cleanLabel(entry.audienceType ?? '')).filter((label) => label.length > 0),
  );
  const name = cleanLabel(raw.name ?? '');
  // An audience tag of "Carers" alone is too weak to hide a service from everyone else (directories tag dementia
  // charities that way); it counts only when the service's own name says it is for carers too.
  const carersOnly =
    eligibilityText.some((text) => CARERS_ONLY_TEXT.test(text)) ||
    (audiences.length > 0 && audiences.every((label) => CARER_AUDIENCE.test(label)) && CARER_AUDIENCE.test(name));

  const areas = unique(
    raw.service_areas
      .map((area) => optionalLabel(area.service_area ?? area.name))
      .filter((label): label is string => label !== undefined),
  );
  const districts = unique(areas.flatMap(districtsInAreaLabel));

  const locations: Location[] = raw.service_at_locations.flatMap((link) => {
    const location = link.location;
    if (!location) return [];
    const addresses = [...location.physical_addresses, ...location.addresses];
    const first = addresses[0];
    const postcode = optionalLabel(first?.postal_code ?? location.postcode);
    const address = first
      ? optionalLabel([first.address_1, first.city].filter((part) => part && part.trim()).join(', '))
      : undefined;
    const district = postcode ? postcodeDistrict(postcode) : undefined;
    return [{ name: optionalLabel(location.name), address, postcode, district }];
  });

  const schedules: Schedule[] = [...raw.regular_schedules, ...raw.schedules].map((schedule) => ({
    byDay: dayCodes(schedule.byday, schedule.weekday),
    opensAt: optionalLabel(schedule.opens_at),
    closesAt: optionalLabel(schedule.closes_at),
    description: optionalLabel(schedule.description),
  }));

  const costs: CostOption[] = raw.cost_options.map((cost) => {
    const amount = cost.amount === null || cost.amount === undefined || cost.amount === '' ? NaN : Number(cost.amount);
    return {
      option: optionalLabel(cost.option),
      amount: Number.isFinite(amount) && amount >= 0 ? amount : undefined,
      description: optionalLabel(cost.amount_description),
    };
  });
  const fees = optionalLabel(raw.fees ?? raw.fees_description);
  const free = freeOf(fees, costs);

  const taxonomy: TaxonomyTerm[] = [
    ...raw.service_taxonomys.map((link) => link.taxonomy),
    ...raw.attributes.map((attribute) => attribute.taxonomy_term ?? attribute.taxonomy),
  ].flatMap((term) => {
    const name = optionalLabel(term?.name ?? term?.term);
    return term && name ? [{ id: optionalLabel(term.id), name, vocabulary: optionalLabel(term.vocabulary) }] : [];
  });

  const contacts: Contact[] = raw.contacts.map((contact) => ({
    name: optionalLabel(contact.name),
    title: optionalLabel(contact.title),
    phones: contact.phones.map((phone) => optionalLabel(phone.number)).filter((n): n is string => n !== undefined),
  }));
  const servicePhones = raw.phones.map((phone) => optionalLabel(phone.number)).filter((n): n is string => !!n);
  if (servicePhones.length > 0) contacts.push({ phones: servicePhones });

  const organizationName = optionalLabel(raw.organization?.name);
  const languages = unique(
    raw.languages
      .map((language) => optionalLabel(typeof language === 'string' ? language : (language.language ?? language.name)))
      .filter((name): name is string => name !== undefined),
  );

  return {
    id: raw.id.trim(),
    name,
    description: htmlToText(raw.description ?? ''),
    url: optionalLabel(raw.url),
    email: optionalLabel(raw.email),
    status: normaliseStatus(raw.status),
    organization: organizationName
      ? {
          id: optionalLabel(raw.organization?.id),
          name: organizationName,
          url: optionalLabel(raw.organization?.url ?? raw.organization?.website),
        }
      : undefined,
    contacts,
    eligibility: {
      minAge: minAges.length > 0 ? Math.min(...minAges) : undefined,
      maxAge: maxAges.length > 0 ? Math.max(...maxAges) : undefined,
      text: eligibilityText,
      carersOnly,
    },
    areas,
    districts,
    locations,
    schedules,
    costs,
    fees,
    free,
    languages,
    taxonomy,
    audiences,
    assuredDate: isoDate(raw.assured_date) ?? isoDate(raw.pc_metadata?.date_assured),
    alert: optionalLabel(raw.alert),
  };
}

const FREE_WORDS = /\b(free|no charge|no cost)\b/i;

function freeOf(fees: string | undefined, costs: readonly CostOption[]): boolean | undefined {
  if (costs.some((cost) => cost.amount !== undefined && cost.amount > 0)) return false;
  if (costs.some((cost) => cost.amount === 0)) return true;
  if (fees && FREE_WORDS.test(fees)) return true;
  if (costs.some((cost) => FREE_WORDS.test(`${cost.option ?? ''} ${cost.description ?? ''}`))) return true;
  return fees ? false : undefined;
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'record'} ${issue.message}`)
    .join('; ');
}

function labelOf(record: unknown, key: 'id' | 'name'): string | undefined {
  if (!isRecord(record)) return undefined;
  const value = record[key];
  return typeof value === 'string' || typeof value === 'number' ? String(value).trim() || undefined : undefined;
}

/**
 * Imports a directory as councils publish it: a plain array of services, an API page (`content` or `contents`
 * envelope), ORUK 1.0 or 3.0 records and vendor extensions. It cleans as it goes and leaves out, with a reason,
 * records that fail validation, have no name, are inactive or defunct, or repeat an id already loaded.
 * @throws DirectoryFormatError when the data is not a directory at all.
 */
export function importDirectory(raw: unknown, options: ImportOptions = {}): ImportResult {
  const now = options.now ?? new Date();
  const { records, envelope, page } = unwrap(raw);
  const services: Service[] = [];
  const skipped: SkippedRecord[] = [];
  const shapes: Record<OrukShape, number> = { oruk1: 0, oruk3: 0, undetermined: 0 };
  const seen = new Set<string>();

  const skip = (index: number, record: unknown, reason: SkipReason, detail?: string): void => {
    skipped.push({ index, id: labelOf(record, 'id'), name: labelOf(record, 'name'), reason, detail });
  };

  records.forEach((record, index) => {
    if (!isRecord(record)) {
      skip(index, record, 'invalid', 'record is not an object');
      return;
    }
    shapes[shapeOf(record)] += 1;
    const parsed = RawOrukService.safeParse(record);
    if (!parsed.success) {
      skip(index, record, 'invalid', describeIssues(parsed.error));
      return;
    }
    const candidate = toService(parsed.data);
    if (candidate.name === '') return skip(index, record, 'blankName');
    if (candidate.status === 'inactive' || candidate.status === 'defunct') return skip(index, record, candidate.status);
    if (seen.has(candidate.id)) return skip(index, record, 'duplicateId');
    const checked = Service.safeParse(candidate);
    if (!checked.success) return skip(index, record, 'invalid', describeIssues(checked.error));
    seen.add(candidate.id);
    services.push(checked.data);
  });

  const skippedByReason: Record<SkipReason, number> = {
    invalid: 0,
    blankName: 0,
    inactive: 0,
    defunct: 0,
    duplicateId: 0,
  };
  for (const entry of skipped) skippedByReason[entry.reason] += 1;

  return {
    services,
    report: {
      envelope,
      ...(page ? { page } : {}),
      total: records.length,
      loaded: services.length,
      shapes,
      skipped,
      skippedByReason,
      stale: services.filter((service) => isStale(service, now)).map((service) => service.id),
      neverAssured: services.filter((service) => service.assuredDate === undefined).map((service) => service.id),
      withAlert: services.filter((service) => service.alert !== undefined).map((service) => service.id),
    },
  };
}

/**
 * Reads and imports a directory file.
 * @throws DirectoryFormatError naming the file when it is missing, unreadable, not JSON or not a directory.
 */
export async function loadDirectoryFile(file: string, options: ImportOptions = {}): Promise<ImportResult> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = isRecord(error) && typeof error.code === 'string' ? error.code : '';
    const why = code === 'ENOENT' ? 'the file does not exist' : `the file cannot be read (${code || 'unknown error'})`;
    throw new DirectoryFormatError(`Cannot load the directory ${file}: ${why}.`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : 'unknown error';
    throw new DirectoryFormatError(`Cannot load the directory ${file}: it is not valid JSON (${detail}).`);
  }
  try {
    return importDirectory(raw, options);
  } catch (error) {
    if (error instanceof DirectoryFormatError) {
      throw new DirectoryFormatError(`Cannot load the directory ${file}: ${error.message}.`);
    }
    throw error;
  }
}
