import { z } from 'zod';
import { parseAllowList } from './metrics/access';

/**
 * The one place that reads the environment. Every variable is validated here at start-up;
 * `.env.example` documents each one. To add a variable: add it to `schema` (with a default or
 * `.optional()`), then to `.env.example`.
 */

/** A bad variable, reported as one line that names it. */
export class ConfigError extends Error {
	constructor(
		readonly variable: string,
		readonly problem: string
	) {
		super(`Configuration error: ${variable}: ${problem}`);
		this.name = 'ConfigError';
	}
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Empty strings (`REDIS_URL=` in a .env file) mean "not set". */
const unsetIfEmpty = (value: unknown) => (value === '' ? undefined : value);

const optional = <T extends z.ZodType>(type: T) => z.preprocess(unsetIfEmpty, type.optional());
// `prefault` (unlike `default`) runs the fallback through the same parsing as a given value.
const withDefault = <T extends z.ZodType>(type: T, fallback: z.input<T>) =>
	z.preprocess(unsetIfEmpty, type.prefault(fallback as never));

function urlWithProtocols(protocols: string[], label: string) {
	return z.string().refine(
		(value) => {
			try {
				return protocols.includes(new URL(value).protocol);
			} catch {
				return false;
			}
		},
		{ message: `must be a ${label} URL` }
	);
}

const integer = (min: number, max: number) =>
	z
		.string()
		.regex(/^\d+$/, { message: `must be a whole number from ${min} to ${max}` })
		.transform(Number)
		.refine((n) => n >= min && n <= max, {
			message: `must be a whole number from ${min} to ${max}`
		});

const decimal = (min: number, max: number) =>
	z
		.string()
		.regex(/^\d+(\.\d+)?$/, { message: `must be a number from ${min} to ${max}` })
		.transform(Number)
		.refine((n) => n > min && n <= max, {
			message: `must be a number above ${min}, at most ${max}`
		});

const schema = z
	.object({
		NODE_ENV: withDefault(
			z.enum(['development', 'production', 'test'], {
				message: 'must be development, production or test'
			}),
			'production'
		),
		// adapter-node reads PORT, HOST, ORIGIN and SHUTDOWN_TIMEOUT itself; they are validated here
		// so that a typo stops start-up with a clear line instead of a stack trace.
		PORT: withDefault(integer(1, 65535), '3000'),
		HOST: withDefault(z.string(), '0.0.0.0'),
		ORIGIN: optional(urlWithProtocols(['http:', 'https:'], 'http:// or https://')),
		SHUTDOWN_TIMEOUT: withDefault(integer(1, 300), '6'),
		DATABASE_URL: optional(urlWithProtocols(['postgres:', 'postgresql:'], 'postgres://')),
		DATA_DIR: withDefault(z.string(), './data'),
		MIGRATIONS_DIR: withDefault(z.string(), './drizzle'),
		REDIS_URL: optional(urlWithProtocols(['redis:', 'rediss:'], 'redis://')),
		// Sign-ups allowed per client address per hour; raised for load tests or a shared NAT.
		SIGNUP_LIMIT_PER_HOUR: withDefault(integer(1, 1_000_000), '10'),
		LOG_LEVEL: withDefault(
			z.enum(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(', ')}` }),
			'info'
		),
		HEALTH_EVENT_LOOP_WARN_MS: withDefault(decimal(0, 60_000), '200'),
		HEALTH_EVENT_LOOP_FAIL_MS: withDefault(decimal(0, 60_000), '1000'),
		HEALTH_HEAP_WARN_PERCENT: withDefault(decimal(0, 100), '85'),
		HEALTH_HEAP_FAIL_PERCENT: withDefault(decimal(0, 100), '95'),
		METRICS_ALLOW: optional(
			z.string().superRefine((value, context) => {
				try {
					parseAllowList(value);
				} catch (error) {
					context.addIssue({ code: 'custom', message: (error as Error).message });
				}
			})
		),
		METRICS_TOKEN: optional(z.string().min(16, { message: 'must be at least 16 characters' })),
		// Read by scripts/backup and scripts/restore (validated here so .env.example lists them).
		BACKUP_DIR: withDefault(z.string(), './backups'),
		BACKUP_RETENTION_DAYS: withDefault(integer(1, 3650), '30'),
		BACKUP_COPY_COMMAND: optional(z.string())
	})
	.refine((c) => c.HEALTH_EVENT_LOOP_WARN_MS <= c.HEALTH_EVENT_LOOP_FAIL_MS, {
		path: ['HEALTH_EVENT_LOOP_WARN_MS'],
		message: 'must not be above HEALTH_EVENT_LOOP_FAIL_MS'
	})
	.refine((c) => c.HEALTH_HEAP_WARN_PERCENT <= c.HEALTH_HEAP_FAIL_PERCENT, {
		path: ['HEALTH_HEAP_WARN_PERCENT'],
		message: 'must not be above HEALTH_HEAP_FAIL_PERCENT'
	});

export type Config = z.infer<typeof schema>;

/** The names of all variables, e.g. to check that `.env.example` documents each. */
export const CONFIG_VARIABLES = Object.keys(schema.shape) as (keyof Config)[];

/** Validates an environment; throws a `ConfigError` naming the first bad variable. */
export function parseConfig(env: Record<string, string | undefined>): Config {
	const result = schema.safeParse(env);
	if (!result.success) {
		const issue = result.error.issues[0];
		const variable = String(issue.path[0] ?? 'environment');
		const problem = issue.code === 'invalid_type' ? 'has the wrong type' : issue.message;
		throw new ConfigError(variable, problem);
	}
	return result.data;
}

let current: Config | undefined;

/** The process's configuration, read from `process.env` once. */
export function getConfig(): Config {
	current ??= parseConfig(process.env);
	return current;
}
