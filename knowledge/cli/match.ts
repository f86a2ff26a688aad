import { z } from 'zod';
import { SAMPLE_DIRECTORY_FILE } from '../../bot/config.js';
import { Audience } from '../directorySchema.js';
import { describeMatch } from '../describeMatch.js';
import { createMatcher } from '../matcher.js';
import { loadDirectoryFile } from '../orukImport.js';
import { CliLanguage, UsageError, knowledgeT, parseCliArgs, runCli } from './cliSupport.js';

const USAGE = `Usage: npm run match -- [--json] [--knowledge FILE] [--age N] [--postcode PC] [--audience resident|carer|staff]
                       [--limit N] [--lang en|cy] "what the person said"

Prints the directory services that match, best first, with why they matched.
  --json        print an array of { id, name, score, why }
  --knowledge   an Open Referral UK export (default: the bundled sample directory)`;

/** One line of `--json` output. */
export const MatchLine = z.object({ id: z.string(), name: z.string(), score: z.number(), why: z.string() });
/** One line of `--json` output. */
export type MatchLine = z.infer<typeof MatchLine>;

function wholeNumber(raw: string | undefined, name: string, min: number, max: number): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || value < min || value > max) {
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, not "${raw}".`);
  }
  return value;
}

async function main(): Promise<void> {
  const parsed = parseCliArgs({
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      knowledge: { type: 'string' },
      age: { type: 'string' },
      postcode: { type: 'string' },
      audience: { type: 'string' },
      limit: { type: 'string' },
      lang: { type: 'string', default: 'en' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const text = positionals.join(' ').trim();
  if (text === '') throw new UsageError('Say what the person said, in quotes.');
  const audience = values.audience === undefined ? undefined : Audience.safeParse(values.audience);
  if (audience && !audience.success) throw new UsageError(`--audience must be resident, carer or staff.`);
  const lang = CliLanguage.safeParse(values.lang);
  if (!lang.success) throw new UsageError('--lang must be en or cy.');

  const { services } = await loadDirectoryFile(values.knowledge ?? SAMPLE_DIRECTORY_FILE);
  const matches = createMatcher(services).match({
    text,
    age: wholeNumber(values.age, 'age', 0, 130),
    postcode: values.postcode,
    audience: audience?.data,
    limit: wholeNumber(values.limit, 'limit', 1, 100),
  });
  const t = knowledgeT(lang.data);
  if (values.json) {
    const lines: MatchLine[] = matches.map((match) => ({
      id: match.service.id,
      name: match.service.name,
      score: match.score,
      why: describeMatch(match, t).why,
    }));
    process.stdout.write(`${JSON.stringify(lines, null, 2)}\n`);
    return;
  }
  if (matches.length === 0) {
    process.stdout.write('No matching services.\n');
    return;
  }
  matches.forEach((match, index) => {
    const { why, warnings } = describeMatch(match, t);
    process.stdout.write(`${index + 1}. ${match.service.name}  [${match.service.id}]  score ${match.score}\n   ${why}\n`);
    for (const warning of warnings) process.stdout.write(`   ! ${warning}\n`);
  });
}

runCli(main, USAGE);
