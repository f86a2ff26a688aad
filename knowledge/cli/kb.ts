import { type ImportReport, SkipReason } from '../directorySchema.js';
import { loadDirectoryFile } from '../orukImport.js';
import { UsageError, parseCliArgs, runCli } from './cliSupport.js';

const USAGE = `Usage: npm run kb -- check [--json] FILE

Validates an Open Referral UK export and prints what would load: counts, skipped records with reasons, stale records.`;

const REASON_WORDS: Readonly<Record<SkipReason, string>> = {
  invalid: 'failed validation',
  blankName: 'has no name',
  inactive: 'is inactive',
  defunct: 'is defunct',
  duplicateId: 'repeats an id already loaded',
};

const LISTED = 20;

/** The report in words, for staff checking their data. */
export function formatReport(file: string, report: ImportReport): string {
  const lines = [`Directory: ${file}`, `Envelope: ${report.envelope}`];
  if (report.page) {
    lines.push(
      `Page: ${report.page.number ?? '?'} of ${report.page.totalPages ?? '?'} (${report.page.totalItems ?? '?'} services in all); only this page was checked`,
    );
  }
  const shapes = Object.entries(report.shapes)
    .filter(([, count]) => count > 0)
    .map(([shape, count]) => `${shape} ${count}`)
    .join(', ');
  lines.push(`Records: ${report.total} (${shapes || 'none'})`, `Loaded: ${report.loaded}`, `Skipped: ${report.skipped.length}`);
  for (const reason of SkipReason.options) {
    const count = report.skippedByReason[reason] ?? 0;
    if (count > 0) lines.push(`  ${count} ${REASON_WORDS[reason]}`);
  }
  for (const entry of report.skipped.slice(0, LISTED)) {
    const label = [entry.name ? `"${entry.name}"` : undefined, entry.id ? `id ${entry.id}` : undefined]
      .filter(Boolean)
      .join(', ');
    lines.push(`  - record ${entry.index}${label ? ` (${label})` : ''}: ${REASON_WORDS[entry.reason]}${entry.detail ? `: ${entry.detail}` : ''}`);
  }
  if (report.skipped.length > LISTED) lines.push(`  ... and ${report.skipped.length - LISTED} more`);
  lines.push(
    `Stale (assured over a year ago): ${report.stale.length}`,
    `Never assured: ${report.neverAssured.length}`,
    `With an alert: ${report.withAlert.length}`,
  );
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  const parsed = parseCliArgs({
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
  });
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const [command, file, ...extra] = positionals;
  if (command !== 'check') throw new UsageError(command ? `Unknown command "${command}".` : 'Give a command.');
  if (!file || extra.length > 0) throw new UsageError('Give exactly one file to check.');
  const { report } = await loadDirectoryFile(file);
  process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(file, report));
}

runCli(main, USAGE);
