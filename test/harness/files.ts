import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Every file below a folder, at any depth. */
export function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/** The files below a folder whose content holds `marker`: what an erasure test expects to be none. */
export function filesHolding(folder: string, marker: string): string[] {
  return filesUnder(folder).filter((file) => readFileSync(file, 'utf8').includes(marker));
}
