/**
 * The deploy itself (run through `scripts/deploy`). Steps, each logged on stderr:
 *   1. back up: `scripts/backup` (pg_dump custom format, checksums, retention, copy hook) when
 *      it exists, else `pg_dump -Fc` into --backup-dir; a failed backup stops the deploy;
 *   2. start the new release's instances on spare ports (`node <release>/build`); each applies
 *      the migrations at start, under the app's advisory lock, while the old ones keep serving
 *      (so migrations must stay compatible with the running release: add, then remove later);
 *   3. wait until each answers 200 on /api/health — or roll back: stop them, leave Nginx alone;
 *   4. rewrite Nginx's upstream file, test the config and reload (old workers finish their
 *      requests) — on failure put the old file back, reload, stop the new instances;
 *   5. drain the old instances: SIGTERM, which lets in-flight requests finish.
 * The state (which pids and ports are live) is kept in <state-dir>/current.json.
 */
import { execSync, spawn, spawnSync } from 'node:child_process';
import {
	accessSync,
	constants,
	copyFileSync,
	existsSync,
	mkdirSync,
	openSync,
	readFileSync,
	writeFileSync
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, parseEnv } from 'node:util';

const HELP = `Usage: scripts/deploy --release DIR [options]

  --release DIR         release to deploy: holds build/ (adapter-node output) and drizzle/
  --env-file FILE       the app's environment (DATABASE_URL, REDIS_URL, ORIGIN, ...)
  --state-dir DIR       where live instances are recorded   [/var/lib/house-planner/deploy]
  --upstream-file FILE  Nginx upstream include to rewrite    [/etc/nginx/house-planner/upstream.conf]
  --nginx-test CMD      shell command that checks the config [nginx -t -q]
  --nginx-reload CMD    shell command that reloads Nginx      [nginx -s reload]
  --ports LIST          candidate ports, e.g. 3001-3010 or 3001,3002   [3001-3010]
  --host ADDR           address the instances listen on and Nginx reaches them at [127.0.0.1]
  --instances N         how many instances to run    [as many as now, at least 1]
  --health-timeout S    seconds a new instance has to become healthy   [60]
  --drain-delay S       seconds between the Nginx reload and stopping the old instances [5]
  --backup-dir DIR      where backups go (BACKUP_DIR for scripts/backup, else the pg_dump
                        target)   [BACKUP_DIR from the env file; else <state-dir>/backups]
  --skip-backup         do not back up (e.g. the very first deploy)
Exit status: 0 deployed, 1 failed and rolled back (the old release still serves), 2 bad usage.`;

const scriptsDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const log = (message) => process.stderr.write(`deploy: ${message}\n`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

class UsageError extends Error {}

function options() {
	const { values } = parseArgs({
		options: {
			release: { type: 'string' },
			'env-file': { type: 'string' },
			'state-dir': { type: 'string', default: '/var/lib/house-planner/deploy' },
			'upstream-file': { type: 'string', default: '/etc/nginx/house-planner/upstream.conf' },
			'nginx-test': { type: 'string', default: 'nginx -t -q' },
			'nginx-reload': { type: 'string', default: 'nginx -s reload' },
			ports: { type: 'string', default: '3001-3010' },
			host: { type: 'string', default: '127.0.0.1' },
			instances: { type: 'string' },
			'health-timeout': { type: 'string', default: '60' },
			'drain-delay': { type: 'string', default: '5' },
			'backup-dir': { type: 'string' },
			'skip-backup': { type: 'boolean', default: false },
			help: { type: 'boolean', default: false }
		}
	});
	if (values.help) {
		console.log(HELP);
		process.exit(0);
	}
	if (!values.release) throw new UsageError('--release is required');
	const release = resolve(values.release);
	if (!existsSync(join(release, 'build', 'index.js')))
		throw new UsageError(`${release}/build/index.js does not exist`);
	const number = (name, min) => {
		const n = Number(values[name]);
		if (!Number.isFinite(n) || n < min) throw new UsageError(`--${name} must be a number ≥ ${min}`);
		return n;
	};
	return {
		release,
		envFile: values['env-file'] && resolve(values['env-file']),
		stateDir: resolve(values['state-dir']),
		upstreamFile: resolve(values['upstream-file']),
		nginxTest: values['nginx-test'],
		nginxReload: values['nginx-reload'],
		ports: parsePorts(values.ports),
		host: values.host,
		instances: values.instances === undefined ? undefined : number('instances', 1),
		healthTimeoutMs: number('health-timeout', 1) * 1000,
		drainDelayMs: number('drain-delay', 0) * 1000,
		backupDir: values['backup-dir'] && resolve(values['backup-dir']),
		skipBackup: values['skip-backup']
	};
}

function parsePorts(text) {
	const ports = text.split(',').flatMap((part) => {
		const [from, to = from] = part.split('-').map(Number);
		if (!Number.isInteger(from) || !Number.isInteger(to) || from < 1 || to > 65535 || to < from)
			throw new UsageError(`--ports: bad range "${part}"`);
		return Array.from({ length: to - from + 1 }, (_, i) => from + i);
	});
	return [...new Set(ports)];
}

/** Alive and not a zombie (an exited child of a deploy that is gone, not yet reaped). */
function alive(pid) {
	try {
		process.kill(pid, 0);
	} catch {
		return false;
	}
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
	} catch {
		return true;
	}
}

/** SIGTERM, then SIGKILL after `graceMs`; resolves when the process is gone. */
async function stopProcess(pid, graceMs) {
	if (!alive(pid)) return;
	process.kill(pid, 'SIGTERM');
	const deadline = Date.now() + graceMs;
	while (alive(pid) && Date.now() < deadline) await sleep(100);
	if (alive(pid)) {
		log(`pid ${pid} still running after ${graceMs} ms: SIGKILL`);
		process.kill(pid, 'SIGKILL');
		while (alive(pid)) await sleep(50);
	}
}

function readState(stateDir) {
	const file = join(stateDir, 'current.json');
	if (!existsSync(file)) return { release: null, instances: [] };
	const state = JSON.parse(readFileSync(file, 'utf8'));
	return { ...state, instances: state.instances.filter((i) => alive(i.pid)) };
}

function writeState(stateDir, state) {
	const file = join(stateDir, 'current.json');
	if (existsSync(file)) copyFileSync(file, join(stateDir, 'previous.json'));
	writeFileSync(`${file}.tmp`, JSON.stringify(state, null, 2) + '\n');
	execSync(`mv ${JSON.stringify(`${file}.tmp`)} ${JSON.stringify(file)}`);
}

function appEnv(envFile) {
	const fromFile = envFile ? parseEnv(readFileSync(envFile, 'utf8')) : {};
	// BODY_SIZE_LIMIT as scripts/start.js: adapter-node's 512 KB default refuses designs that
	// carry uploaded models or a trace image; the app's own limit (20 MB) answers a clear 413.
	const body = { BODY_SIZE_LIMIT: process.env.BODY_SIZE_LIMIT ?? '21M' };
	return { ...process.env, NODE_ENV: 'production', SHUTDOWN_TIMEOUT: '6', ...body, ...fromFile };
}

function backup(opts, env) {
	if (opts.skipBackup) return log('backup skipped (--skip-backup)');
	const script = join(scriptsDir, 'backup');
	if (existsSync(script)) {
		accessSync(script, constants.X_OK);
		log(`backup: ${script}`);
		const backupEnv = opts.backupDir ? { ...env, BACKUP_DIR: opts.backupDir } : env;
		const result = spawnSync(script, [], {
			env: backupEnv,
			stdio: ['ignore', 'inherit', 'inherit']
		});
		if (result.status !== 0) throw new Error(`scripts/backup failed (exit ${result.status})`);
		return;
	}
	if (!env.DATABASE_URL) {
		return log('backup: no DATABASE_URL (embedded PGlite): copy DATA_DIR yourself');
	}
	const dir = opts.backupDir ?? env.BACKUP_DIR ?? join(opts.stateDir, 'backups');
	mkdirSync(dir, { recursive: true });
	const file = join(dir, `pre-deploy-${new Date().toISOString().replace(/[:.]/g, '-')}.dump`);
	log(`backup: pg_dump -Fc → ${file}`);
	const result = spawnSync('pg_dump', ['-Fc', '-f', file, env.DATABASE_URL], {
		stdio: ['ignore', 'inherit', 'inherit']
	});
	if (result.status !== 0) throw new Error(`pg_dump failed (exit ${result.status})`);
}

/** Starts `node <release>/build` detached: it outlives this script, logging to a file. */
function startInstance(opts, env, port) {
	const logsDir = join(opts.stateDir, 'logs');
	mkdirSync(logsDir, { recursive: true });
	const logFile = join(logsDir, `${port}.log`);
	const out = openSync(logFile, 'a');
	const child = spawn(process.execPath, [join(opts.release, 'build')], {
		cwd: opts.release,
		env: {
			...env,
			PORT: String(port),
			HOST: opts.host,
			MIGRATIONS_DIR: env.MIGRATIONS_DIR ?? join(opts.release, 'drizzle')
		},
		detached: true,
		stdio: ['ignore', out, out]
	});
	child.unref();
	log(`started pid ${child.pid} on ${opts.host}:${port} (log ${logFile})`);
	return { pid: child.pid, port };
}

async function healthStatus(url) {
	try {
		const response = await fetch(url, { signal: AbortSignal.timeout(3000) });
		await response.arrayBuffer();
		return response.status;
	} catch {
		return 0;
	}
}

async function waitHealthy(opts, instance) {
	const url = `http://${opts.host.includes(':') ? `[${opts.host}]` : opts.host}:${instance.port}/api/health`;
	const deadline = Date.now() + opts.healthTimeoutMs;
	let last = 0;
	while (Date.now() < deadline) {
		if (!alive(instance.pid)) throw new Error(`pid ${instance.pid} exited during start`);
		last = await healthStatus(url);
		if (last === 200) return;
		await sleep(250);
	}
	throw new Error(
		`${url} not healthy within ${opts.healthTimeoutMs / 1000} s (last: ${last || 'no answer'})`
	);
}

function shell(command) {
	const result = spawnSync('sh', ['-c', command], { stdio: ['ignore', 'inherit', 'inherit'] });
	if (result.status !== 0) throw new Error(`"${command}" failed (exit ${result.status})`);
}

function upstreamText(opts, instances) {
	const lines = instances.map(
		(i) => `server ${opts.host}:${i.port} max_fails=1 fail_timeout=5s;\n`
	);
	return `# Written by scripts/deploy at ${new Date().toISOString()}.\n${lines.join('')}`;
}

async function deploy(opts) {
	mkdirSync(opts.stateDir, { recursive: true });
	const env = appEnv(opts.envFile);
	const current = readState(opts.stateDir);
	const count = opts.instances ?? Math.max(1, current.instances.length);
	const busy = new Set(current.instances.map((i) => i.port));
	const ports = opts.ports.filter((p) => !busy.has(p)).slice(0, count);
	if (ports.length < count) throw new UsageError(`--ports has fewer than ${count} spare ports`);
	log(
		`release ${opts.release}; now live: ${current.instances.map((i) => i.port).join(', ') || 'nothing'}`
	);

	backup(opts, env);

	const started = ports.map((port) => startInstance(opts, env, port));
	const stopNew = () => Promise.all(started.map((i) => stopProcess(i.pid, 10_000)));
	try {
		await Promise.all(started.map((i) => waitHealthy(opts, i)));
	} catch (error) {
		log(`new release unhealthy: ${error.message}`);
		log('rolling back: stopping the new instances; Nginx still sends everything to the old ones');
		await stopNew();
		return 1;
	}
	log('new instances healthy');

	const previousUpstream = existsSync(opts.upstreamFile)
		? readFileSync(opts.upstreamFile, 'utf8')
		: null;
	try {
		writeFileSync(opts.upstreamFile, upstreamText(opts, started));
		shell(opts.nginxTest);
		shell(opts.nginxReload);
	} catch (error) {
		log(`switching Nginx failed: ${error.message}; restoring the old upstream`);
		if (previousUpstream !== null) writeFileSync(opts.upstreamFile, previousUpstream);
		try {
			shell(opts.nginxReload);
		} catch (reloadError) {
			log(`reload with the old upstream failed too: ${reloadError.message}`);
		}
		await stopNew();
		return 1;
	}
	writeState(opts.stateDir, {
		release: opts.release,
		since: new Date().toISOString(),
		instances: started
	});
	log(`Nginx now sends to ${started.map((i) => i.port).join(', ')}`);

	// Nginx's old workers finish the requests they hold, on their keep-alive connections to the
	// old instances; then SIGTERM lets the instances finish theirs (SHUTDOWN_TIMEOUT).
	await sleep(opts.drainDelayMs);
	const grace = (Number(env.SHUTDOWN_TIMEOUT) || 6) * 1000 + 5000;
	await Promise.all(current.instances.map((i) => stopProcess(i.pid, grace)));
	if (current.instances.length) log(`drained ${current.instances.map((i) => i.port).join(', ')}`);
	log('deployed');
	return 0;
}

try {
	process.exitCode = await deploy(options());
} catch (error) {
	log(error.message);
	process.exitCode = error instanceof UsageError ? 2 : 1;
}
