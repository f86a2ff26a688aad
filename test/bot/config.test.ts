import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, SAMPLE_DIRECTORY_FILE } from '../../bot/config.js';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env, '/srv/care');
  } catch (error) {
    if (error instanceof ConfigError) return [...error.problems];
    throw error;
  }
  return [];
}

describe('configuration from the environment', () => {
  it('has safe defaults for a local run', () => {
    const config = loadConfig({}, '/srv/care');
    expect(config.PORT).toBe(3978);
    expect(config.HOST).toBe('127.0.0.1');
    expect(config.dataDir).toBe(path.resolve('/srv/care', 'data'));
    expect(config.knowledgeFile).toBe(SAMPLE_DIRECTORY_FILE);
    expect(config.authEnabled).toBe(false);
    expect(config.STAFF_TOKEN_SHA256).toEqual([]);
    expect(config.REFERRAL_RETENTION_DAYS).toBe(90);
  });

  it('resolves relative paths from the working directory', () => {
    const config = loadConfig({ DATA_DIR: 'state', KNOWLEDGE_FILE: 'exports/oruk.json' }, '/srv/care');
    expect(config.dataDir).toBe('/srv/care/state');
    expect(config.knowledgeFile).toBe('/srv/care/exports/oruk.json');
  });

  it('names the bad variable in its message', () => {
    expect(problemsOf({ PORT: 'eighty' })[0]).toMatch(/^PORT /);
    expect(problemsOf({ REFERRAL_RETENTION_DAYS: '0' })[0]).toMatch(/^REFERRAL_RETENTION_DAYS /);
    expect(problemsOf({ STAFF_TOKEN_SHA256: 'not-a-digest' })[0]).toMatch(/^STAFF_TOKEN_SHA256/);
    expect(problemsOf({ NATION: 'scotland' })[0]).toMatch(/^NATION /);
    expect(problemsOf({ SAFEGUARDING_PHONE: 'call us' })[0]).toMatch(/^SAFEGUARDING_PHONE /);
  });

  it('reports every bad variable at once, not one per restart', () => {
    expect(problemsOf({ PORT: '-1', NATION: 'mars', LOG_LEVEL: 'loud' })).toHaveLength(3);
  });

  it('refuses to listen beyond loopback with authentication off, and says why and how to fix it', () => {
    const [problem] = problemsOf({ HOST: '0.0.0.0' });
    expect(problem).toMatch(/^HOST /);
    expect(problem).toContain('MicrosoftAppId');
    expect(problem).toContain('ALLOW_UNAUTHENTICATED_REMOTE');
  });

  it('listens beyond loopback when the operator says so explicitly, or when authentication is on', () => {
    expect(loadConfig({ HOST: '0.0.0.0', ALLOW_UNAUTHENTICATED_REMOTE: 'true' }).HOST).toBe('0.0.0.0');
    const withAuth = loadConfig({ HOST: '0.0.0.0', MicrosoftAppId: 'app-id', MicrosoftAppPassword: 'secret', MicrosoftAppType: 'MultiTenant' });
    expect(withAuth.authEnabled).toBe(true);
  });

  it('asks for the password and tenant that an Azure app id needs', () => {
    expect(problemsOf({ MicrosoftAppId: 'app-id' })[0]).toMatch(/^MicrosoftAppPassword /);
    expect(problemsOf({ MicrosoftAppId: 'app-id', MicrosoftAppPassword: 'x', MicrosoftAppType: 'SingleTenant' })[0]).toMatch(
      /^MicrosoftAppTenantId /,
    );
  });

  it('takes staff token digests as a comma-separated list, in any case', () => {
    const digest = 'A'.repeat(64);
    const config = loadConfig({ STAFF_TOKEN_SHA256: ` ${digest} , ${'b'.repeat(64)}` });
    expect(config.STAFF_TOKEN_SHA256).toEqual(['a'.repeat(64), 'b'.repeat(64)]);
  });
});
