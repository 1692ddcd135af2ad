import { readFileSync } from 'node:fs';
import { DEFAULT_FLAGS, parseFlags, RENDER_FLAG_VARIABLES } from '../render/flags';
import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES, ConfigError, parseConfig } from './config';

function errorFor(env: Record<string, string>): ConfigError {
	try {
		parseConfig(env);
	} catch (error) {
		if (error instanceof ConfigError) return error;
		throw error;
	}
	throw new Error(`accepted ${JSON.stringify(env)}`);
}

describe('parseConfig', () => {
	it('gives the documented defaults for an empty environment', () => {
		const config = parseConfig({});
		expect(config).toMatchObject({
			PORT: 3000,
			HOST: '0.0.0.0',
			DATA_DIR: './data',
			LOG_LEVEL: 'info',
			SHUTDOWN_TIMEOUT: 6,
			NODE_ENV: 'production'
		});
		expect(config.DATABASE_URL).toBeUndefined();
		expect(config.REDIS_URL).toBeUndefined();
	});

	it('treats empty values as unset', () => {
		const config = parseConfig({ REDIS_URL: '', DATABASE_URL: '', PORT: '' });
		expect(config.REDIS_URL).toBeUndefined();
		expect(config.DATABASE_URL).toBeUndefined();
		expect(config.PORT).toBe(3000);
	});

	it('accepts and converts valid values', () => {
		const config = parseConfig({
			PORT: '8080',
			DATABASE_URL: 'postgresql://u:p@db:5432/app',
			REDIS_URL: 'rediss://cache:6380',
			LOG_LEVEL: 'debug',
			HEALTH_HEAP_FAIL_PERCENT: '97.5'
		});
		expect(config.PORT).toBe(8080);
		expect(config.DATABASE_URL).toBe('postgresql://u:p@db:5432/app');
		expect(config.REDIS_URL).toBe('rediss://cache:6380');
		expect(config.HEALTH_HEAP_FAIL_PERCENT).toBe(97.5);
	});

	it.each([
		[{ REDIS_URL: 'http://cache:6379' }, 'REDIS_URL', 'must be a redis:// URL'],
		[{ REDIS_URL: 'not a url' }, 'REDIS_URL', 'must be a redis:// URL'],
		[{ DATABASE_URL: 'mysql://db/app' }, 'DATABASE_URL', 'must be a postgres:// URL'],
		[{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL', 'must be one of fatal, error, warn, info'],
		[{ PORT: '70000' }, 'PORT', 'must be a whole number from 1 to 65535'],
		[{ PORT: '3e3' }, 'PORT', 'must be a whole number'],
		[{ ORIGIN: 'example.com' }, 'ORIGIN', 'must be a http:// or https:// URL'],
		[{ NODE_ENV: 'staging' }, 'NODE_ENV', 'must be development, production or test'],
		[{ SHUTDOWN_TIMEOUT: '0' }, 'SHUTDOWN_TIMEOUT', 'must be a whole number'],
		[
			{ HEALTH_EVENT_LOOP_WARN_MS: '2000', HEALTH_EVENT_LOOP_FAIL_MS: '1000' },
			'HEALTH_EVENT_LOOP_WARN_MS',
			'must not be above HEALTH_EVENT_LOOP_FAIL_MS'
		]
	])('rejects %o naming the variable in one line', (env, variable, problem) => {
		const error = errorFor(env);
		expect(error.variable).toBe(variable);
		expect(error.message).toBe(`Configuration error: ${variable}: ${error.problem}`);
		expect(error.problem.startsWith(problem)).toBe(true);
		expect(error.message).not.toContain('\n');
	});
});

describe('.env.example', () => {
	const documented = readFileSync('.env.example', 'utf8')
		.split('\n')
		.filter((line) => /^[A-Z][A-Z0-9_]*=/.test(line))
		.map((line) => line.slice(0, line.indexOf('=')));

	it('lists every variable, each once', () => {
		expect([...documented].sort()).toEqual([...CONFIG_VARIABLES, ...RENDER_FLAG_VARIABLES].sort());
	});

	it('has a comment above each variable and only valid values', () => {
		const lines = readFileSync('.env.example', 'utf8').split('\n');
		for (const [i, line] of lines.entries()) {
			if (/^[A-Z][A-Z0-9_]*=/.test(line)) expect(lines[i - 1].startsWith('#')).toBe(true);
		}
		const env = Object.fromEntries(
			lines
				.filter((l) => /^[A-Z][A-Z0-9_]*=/.test(l))
				.map((l) => [l.split('=')[0], l.slice(l.indexOf('=') + 1)])
		);
		expect(() => parseConfig(env)).not.toThrow();
		expect(parseFlags(env)).toEqual(DEFAULT_FLAGS);
	});
});
