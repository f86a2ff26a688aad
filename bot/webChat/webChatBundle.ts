import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** The Web Chat UMD bundle, read once, with a gzipped copy for browsers that accept it (4 MB becomes about 1 MB). */
export interface WebChatBundle {
  readonly version: string;
  readonly plain: Buffer;
  readonly gzipped: Buffer;
}

/**
 * Finds `dist/webchat.js` of the installed botframework-webchat. The package's `exports` map hides `dist/`, so the
 * folder is found from the package's main entry (`lib/index.js`) instead of importing the file.
 */
export function webChatBundlePath(): string {
  const main = createRequire(import.meta.url).resolve('botframework-webchat');
  let folder = path.dirname(main);
  // Walk up to the package root (the folder whose package.json names the package), wherever main sits inside it.
  while (!fs.existsSync(path.join(folder, 'package.json')) && path.dirname(folder) !== folder) folder = path.dirname(folder);
  return path.join(folder, 'dist', 'webchat.js');
}

/** Reads the bundle and its version. Synchronous and called lazily: once, on the first request for it. */
export function loadWebChatBundle(): WebChatBundle {
  const file = webChatBundlePath();
  const packageJson: unknown = JSON.parse(fs.readFileSync(path.join(path.dirname(file), '..', 'package.json'), 'utf8'));
  const version =
    typeof packageJson === 'object' && packageJson !== null && 'version' in packageJson && typeof packageJson.version === 'string'
      ? packageJson.version
      : 'unknown';
  const plain = fs.readFileSync(file);
  return { version, plain, gzipped: gzipSync(plain, { level: 6 }) };
}
