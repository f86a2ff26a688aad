import path from 'node:path';
import { PROJECT_ROOT } from '../../bot/config.js';

/** Fixture files written for these tests. */
export const FIXTURES = path.join(PROJECT_ROOT, 'test', 'knowledge', 'fixtures');

/** The real Bristol export, read in place from the shared folder beside the checkout (never copied). */
export const BRISTOL_FILE = path.resolve(PROJECT_ROOT, '..', 'shared', 'data', 'oruk', 'bristol-services.json');

/** The ORUK 3.0 profile's full example of one service, from the shared folder. */
export const V3_EXAMPLE_FILE = path.resolve(PROJECT_ROOT, '..', 'shared', 'data', 'oruk', 'v3-service-full-example.json');

/** A fixed clock, so staleness never depends on the day the tests run. */
export const NOW = new Date('2026-11-22T12:00:00Z');
