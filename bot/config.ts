import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The project root, found from this file so paths hold wherever the process was started. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The bundled fictional directory, used when `KNOWLEDGE_FILE` is not set. */
export const SAMPLE_DIRECTORY_FILE = path.join(PROJECT_ROOT, 'knowledge', 'sample-directory.json');

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '::1', 'localhost']);

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .default('false')
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const ukPhone = z.string().trim().regex(/^[0-9 ]{3,16}$/, 'must be a phone number of digits and spaces');

const sha256List = z
  .string()
  .default('')
  .transform((raw) => raw.split(',').map((part) => part.trim().toLowerCase()).filter((part) => part.length > 0))
  .pipe(z.array(z.string().regex(/^[0-9a-f]{64}$/, 'each entry must be 64 hex characters (a SHA-256 digest)')));

/**
 * Every environment variable the bot reads, with its default. The Bot Framework names are kept as Azure writes them,
 * so an App Service `.env` works unchanged. `.env.example` documents each one.
 */
export const EnvSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3978),
    HOST: z.string().trim().min(1).default('127.0.0.1'),
    /** Set to `true` to listen beyond loopback with no Bot Framework authentication (only behind your own gateway). */
    ALLOW_UNAUTHENTICATED_REMOTE: booleanFlag,
    DATA_DIR: z.string().trim().min(1).default('./data'),
    KNOWLEDGE_FILE: z.string().trim().min(1).optional(),
    COUNCIL_NAME: z.string().trim().min(1).max(120).default('Anytown Council'),
    COUNCIL_CONTACT_PHONE: ukPhone.default('01632 960000'),
    COUNCIL_CONTACT_URL: z.url().default('https://www.anytown.example/contact-adult-social-care'),
    SAFEGUARDING_PHONE: ukPhone.default('01632 960999'),
    /** England: NHS 111 option 2 reaches the mental health crisis team. Wales: NHS 111 option 2 too. */
    NATION: z.enum(['england', 'wales']).default('england'),
    /** A local mental health crisis line, shown beside NHS 111 option 2 when set. */
    LOCAL_CRISIS_LINE: ukPhone.optional(),
    STAFF_TOKEN_SHA256: sha256List,
    REFERRAL_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
    MicrosoftAppId: z.string().trim().default(''),
    MicrosoftAppPassword: z.string().default(''),
    MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI', '']).default(''),
    MicrosoftAppTenantId: z.string().trim().default(''),
  })
  .superRefine((env, context) => {
    const authOff = env.MicrosoftAppId === '';
    if (authOff && !LOOPBACK_HOSTS.has(env.HOST) && !env.ALLOW_UNAUTHENTICATED_REMOTE) {
      context.addIssue({
        code: 'custom',
        path: ['HOST'],
        message:
          `is ${env.HOST}, but MicrosoftAppId is empty, so anyone who can reach the bot could talk to it as any channel. ` +
          'Listen on 127.0.0.1, set MicrosoftAppId and MicrosoftAppPassword, or set ALLOW_UNAUTHENTICATED_REMOTE=true ' +
          'if a gateway of your own authenticates callers.',
      });
    }
    if (env.MicrosoftAppId !== '' && env.MicrosoftAppType !== 'UserAssignedMSI' && env.MicrosoftAppPassword === '') {
      context.addIssue({ code: 'custom', path: ['MicrosoftAppPassword'], message: 'is required when MicrosoftAppId is set' });
    }
    if (env.MicrosoftAppType === 'SingleTenant' && env.MicrosoftAppTenantId === '') {
      context.addIssue({ code: 'custom', path: ['MicrosoftAppTenantId'], message: 'is required for a SingleTenant app' });
    }
  });

/** The parsed, trusted configuration. */
export type AppConfig = z.infer<typeof EnvSchema> & {
  /** Absolute data folder. */
  readonly dataDir: string;
  /** Absolute directory file. */
  readonly knowledgeFile: string;
  /** Whether Bot Framework authentication is on. */
  readonly authEnabled: boolean;
};

/** A configuration error that names each bad variable. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Care Navigator cannot start; fix these settings:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Parses the environment once, at start. Relative paths resolve from the working directory, as an operator expects.
 * @throws ConfigError naming every bad variable.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): AppConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.') || 'environment'} ${issue.message}`),
    );
  }
  const values = parsed.data;
  return {
    ...values,
    dataDir: path.resolve(cwd, values.DATA_DIR),
    knowledgeFile: values.KNOWLEDGE_FILE ? path.resolve(cwd, values.KNOWLEDGE_FILE) : SAMPLE_DIRECTORY_FILE,
    authEnabled: values.MicrosoftAppId !== '',
  };
}
