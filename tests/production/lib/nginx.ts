/**
 * Runs Debian's Nginx with the project's docker/nginx config, rendered for loopback ports and a
 * throw-away self-signed certificate. Rendering is a list of exact substitutions, each of which
 * must match: when docker/nginx/nginx.conf changes shape, this fails loudly instead of testing
 * something else.
 */
import { execFileSync, spawn } from 'node:child_process';
import {
	copyFileSync,
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	writeFileSync
} from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './build';
import { freePort } from './ports';

export const NGINX = process.env.NGINX_BIN ?? '/usr/sbin/nginx';
const CONFIG_DIR = join(repoRoot, 'docker', 'nginx');

export interface RenderOptions {
	dir: string;
	httpPort: number;
	httpsPort: number;
	/** `host:port` of each app instance. */
	upstreams: string[];
	/** The benchmark measures proxying, not the limiter: it drops the `limit_req` lines. */
	withoutRateLimits?: boolean;
}

function replaceExactly(text: string, from: string, to: string): string {
	if (!text.includes(from)) throw new Error(`docker/nginx/nginx.conf no longer contains "${from}"`);
	return text.split(from).join(to);
}

/** `server …;` lines for upstream.conf, the format scripts/deploy writes too. */
export function upstreamLines(servers: string[]): string {
	return servers.map((s) => `server ${s} max_fails=1 fail_timeout=5s;\n`).join('');
}

export function makeCertificate(dir: string) {
	mkdirSync(dir, { recursive: true });
	execFileSync(
		'openssl',
		[
			'req',
			'-x509',
			'-newkey',
			'rsa:2048',
			'-nodes',
			'-days',
			'2',
			'-subj',
			'/CN=127.0.0.1',
			'-addext',
			'subjectAltName=IP:127.0.0.1',
			'-keyout',
			join(dir, 'privkey.pem'),
			'-out',
			join(dir, 'fullchain.pem')
		],
		{ stdio: 'ignore' }
	);
}

export function renderNginxConfig(options: RenderOptions): string {
	const { dir, httpPort, httpsPort } = options;
	mkdirSync(dir, { recursive: true });
	for (const file of readdirSync(CONFIG_DIR)) copyFileSync(join(CONFIG_DIR, file), join(dir, file));
	let conf = readFileSync(join(CONFIG_DIR, 'nginx.conf'), 'utf8');
	conf = replaceExactly(conf, 'worker_processes auto;', 'worker_processes 1;');
	conf = replaceExactly(conf, '\t\tlisten [::]:80;\n', '');
	conf = replaceExactly(conf, '\t\tlisten [::]:443 ssl http2;\n', '');
	conf = replaceExactly(conf, 'listen 80;', `listen 127.0.0.1:${httpPort};`);
	conf = replaceExactly(conf, 'listen 443 ssl http2;', `listen 127.0.0.1:${httpsPort} ssl http2;`);
	conf = replaceExactly(conf, '/etc/nginx/certs/', `${join(dir, 'certs')}/`);
	// The test's access log also records which instance answered (and retries: "a, b").
	conf = replaceExactly(
		conf,
		'access_log /var/log/nginx/access.log;',
		`log_format upstreams '$status "$upstream_addr" "$upstream_status" "$request"';\n` +
			`\taccess_log ${join(dir, 'access.log')} upstreams;`
	);
	if (options.withoutRateLimits) conf = conf.replace(/^\s*limit_req zone=.*\n/gm, '');
	const file = join(dir, 'nginx.conf');
	writeFileSync(file, conf);
	writeFileSync(join(dir, 'upstream.conf'), upstreamLines(options.upstreams));
	if (!existsSync(join(dir, 'certs', 'fullchain.pem'))) makeCertificate(join(dir, 'certs'));
	return file;
}

export interface RunningNginx {
	httpPort: number;
	httpsPort: number;
	dir: string;
	origin: string;
	pidFile: string;
	/** Command line prefix (`nginx -p … -c … -g …`) for `-t` and `-s reload`. */
	args: string[];
	setUpstreams(servers: string[]): void;
	/** `nginx -s reload`: new workers read upstream.conf, old ones finish their requests. */
	reload(): void;
	stop(): Promise<void>;
	errorLog(): string;
	/** Parsed access-log lines: status, the instances tried (in order) and the request line. */
	accessLog(): { status: number; upstreams: string[]; request: string }[];
}

export async function startNginx(
	dir: string,
	upstreams: string[],
	extra: Partial<RenderOptions> = {}
): Promise<RunningNginx> {
	const httpPort = await freePort();
	const httpsPort = await freePort();
	const conf = renderNginxConfig({ dir, httpPort, httpsPort, upstreams, ...extra });
	const pidFile = join(dir, 'nginx.pid');
	const errorLog = join(dir, 'error.log');
	// As root the workers would run as `nobody`; keep them ours so they can use the temp dirs.
	const user = process.getuid?.() === 0 ? 'user root; ' : '';
	const globals = `${user}pid ${pidFile};`;
	const args = ['-p', `${dir}/`, '-e', errorLog, '-c', conf, '-g', globals];
	execFileSync(NGINX, [...args, '-t', '-q'], { stdio: 'pipe' });
	const runArgs = ['-p', `${dir}/`, '-e', errorLog, '-c', conf, '-g', `${globals} daemon off;`];
	const child = spawn(NGINX, runArgs, { stdio: ['ignore', 'ignore', 'pipe'] });
	let stderr = '';
	child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	let done = false;
	void exited.then(() => (done = true));
	const origin = `https://127.0.0.1:${httpsPort}`;
	// Ready when the TLS port accepts connections.
	const deadline = Date.now() + 15_000;
	for (;;) {
		if (done) throw new Error(`nginx exited at start: ${stderr}\n${readLog(errorLog)}`);
		const up = await fetch(`http://127.0.0.1:${httpPort}/`, { redirect: 'manual' }).then(
			() => true,
			() => false
		);
		if (up) break;
		if (Date.now() > deadline) throw new Error('nginx did not start listening');
		await new Promise((r) => setTimeout(r, 100));
	}
	return {
		httpPort,
		httpsPort,
		dir,
		origin,
		pidFile,
		args,
		setUpstreams(servers) {
			writeFileSync(join(dir, 'upstream.conf'), upstreamLines(servers));
		},
		reload() {
			execFileSync(NGINX, [...args, '-s', 'reload'], { stdio: 'pipe' });
		},
		async stop() {
			if (done) return;
			child.kill('SIGQUIT');
			const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
			await exited;
			clearTimeout(force);
		},
		errorLog: () => readLog(errorLog),
		accessLog: () =>
			readFileSync(join(dir, 'access.log'), 'utf8')
				.split('\n')
				.filter(Boolean)
				.map((line) => {
					const match = /^(\d+) "([^"]*)" "[^"]*" "([^"]*)"$/.exec(line);
					if (!match) throw new Error(`unexpected access-log line: ${line}`);
					return {
						status: Number(match[1]),
						upstreams: match[2] === '-' ? [] : match[2].split(/, | : /),
						request: match[3]
					};
				})
	};
}

function readLog(file: string): string {
	try {
		return readFileSync(file, 'utf8').slice(-4000);
	} catch {
		return '';
	}
}
