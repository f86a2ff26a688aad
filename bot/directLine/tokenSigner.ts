import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { TokenClaims } from './schemas.js';

/** File in the data folder holding the token signing secret. */
export const TOKEN_SECRET_FILE = 'directline-token-secret';

const JWT_HEADER = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));

function base64url(text: string | Buffer): string {
  return Buffer.from(text).toString('base64url');
}

/**
 * Reads the signing secret from `dataDir`, creating it (mode 0600) on first start. Keeping it on disk is what lets a
 * page that reconnects after a server restart present its stored token and be accepted.
 */
export function loadOrCreateTokenSecret(dataDir: string): Buffer {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = path.join(dataDir, TOKEN_SECRET_FILE);
  try {
    fs.writeFileSync(file, randomBytes(32).toString('hex'), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    // EEXIST is the normal case after the first start; anything else is a real problem with the data folder.
    if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
  }
  // A copied data folder may have lost its permissions; the secret must not be readable by other users.
  if ((fs.statSync(file).mode & 0o077) !== 0) fs.chmodSync(file, 0o600);
  const secret = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'hex');
  if (secret.length < 32) throw new Error(`${file} is damaged: delete it and restart (open conversations will end)`);
  return secret;
}

/** Why a token was refused, for the 403 message. */
export type TokenProblem = 'missing' | 'malformed' | 'bad-signature' | 'expired';

/** Result of checking a token: the claims, or why it was refused. */
export type TokenCheck = { ok: true; claims: TokenClaims } | { ok: false; problem: TokenProblem };

/**
 * Signs and checks Direct Line tokens: compact HS256 JWTs over conversation id, user id and expiry. A JWT (rather
 * than an opaque string) because DirectLineJS decodes the `user` claim and then uses that user id for every post.
 */
export class TokenSigner {
  constructor(
    private readonly secret: Buffer,
    private readonly lifetimeSeconds: number,
    private readonly now: () => number,
  ) {}

  /** Seconds a freshly issued token lasts (the `expires_in` field of Direct Line answers). */
  get expiresIn(): number {
    return this.lifetimeSeconds;
  }

  /** Issues a token for one user in one conversation. */
  issue(conversationId: string, userId: string): string {
    const iat = Math.floor(this.now() / 1000);
    const claims: TokenClaims = { conv: conversationId, user: userId, iat, exp: iat + this.lifetimeSeconds };
    const unsigned = `${JWT_HEADER}.${base64url(JSON.stringify(claims))}`;
    return `${unsigned}.${this.sign(unsigned)}`;
  }

  /** Checks signature and expiry of an `Authorization: Bearer …` header value. */
  check(authorization: string | undefined): TokenCheck {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
    const token = match?.[1];
    if (token === undefined) return { ok: false, problem: 'missing' };
    const parts = token.split('.');
    const [header, payload, signature] = parts;
    if (parts.length !== 3 || header !== JWT_HEADER || payload === undefined || signature === undefined) {
      return { ok: false, problem: 'malformed' };
    }
    const expected = Buffer.from(this.sign(`${header}.${payload}`));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, problem: 'bad-signature' };
    let decoded: unknown;
    try {
      decoded = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    } catch {
      return { ok: false, problem: 'malformed' };
    }
    const claims = TokenClaims.safeParse(decoded);
    if (!claims.success) return { ok: false, problem: 'malformed' };
    if (claims.data.exp * 1000 <= this.now()) return { ok: false, problem: 'expired' };
    return { ok: true, claims: claims.data };
  }

  private sign(unsigned: string): string {
    return createHmac('sha256', this.secret).update(unsigned).digest('base64url');
  }
}
