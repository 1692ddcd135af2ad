/**
 * HTTPS to the test's Nginx: Node's `https` with the self-signed certificate accepted (loopback
 * only). Bodies are returned as raw bytes: compression is checked as sent, not decoded.
 */
import http from 'node:http';
import https from 'node:https';

export const insecureAgent = new https.Agent({
	rejectUnauthorized: false,
	keepAlive: true,
	maxSockets: 32
});

export interface RawResponse {
	status: number;
	headers: http.IncomingHttpHeaders;
	body: Buffer;
	text(): string;
}

export interface RequestOptions {
	method?: string;
	headers?: Record<string, string>;
	body?: string;
	timeoutMs?: number;
	agent?: http.Agent | false;
	/** Source address, e.g. 127.0.0.2 to look like another client. */
	localAddress?: string;
}

/**
 * One request to an http:// or https:// URL on 127.0.0.1; rejects on network errors. Like a
 * browser (RFC 9112 §9.3.1), a GET or HEAD sent on a kept-alive connection that the server had
 * just closed (e.g. an Nginx worker retiring after a reload) is sent once more on a new one.
 */
export async function request(url: string, options: RequestOptions = {}): Promise<RawResponse> {
	try {
		return await requestOnce(url, options);
	} catch (error) {
		const idempotent = ['GET', 'HEAD'].includes(options.method ?? 'GET');
		if (idempotent && (error as { reusedSocket?: boolean }).reusedSocket) {
			// On a new connection, as a browser does: another idle socket of the pool may belong
			// to the same retiring worker and be closed a moment later too.
			return requestOnce(url, { ...options, agent: options.agent ?? freshConnection(url) });
		}
		throw error;
	}
}

/** An agent that opens one connection and does not keep it. */
function freshConnection(url: string): http.Agent {
	return url.startsWith('https:')
		? new https.Agent({ rejectUnauthorized: false, keepAlive: false })
		: new http.Agent({ keepAlive: false });
}

function requestOnce(url: string, options: RequestOptions): Promise<RawResponse> {
	const target = new URL(url);
	const client = target.protocol === 'https:' ? https : http;
	const agent = options.agent ?? (target.protocol === 'https:' ? insecureAgent : undefined);
	return new Promise((resolve, reject) => {
		const req = client.request(
			target,
			{
				method: options.method ?? 'GET',
				headers: options.headers,
				agent,
				localAddress: options.localAddress,
				// Loopback only, to the test's own throw-away certificate.
				rejectUnauthorized: false,
				timeout: options.timeoutMs ?? 15_000
			},
			(res) => {
				const chunks: Buffer[] = [];
				res.on('data', (c: Buffer) => chunks.push(c));
				res.on('error', reject);
				res.on('end', () => {
					const body = Buffer.concat(chunks);
					resolve({
						status: res.statusCode ?? 0,
						headers: res.headers,
						body,
						text: () => body.toString('utf8')
					});
				});
			}
		);
		req.on('timeout', () => req.destroy(new Error(`timed out: ${url}`)));
		req.on('error', (error: Error & { reusedSocket?: boolean; code?: string }) => {
			// Only a connection closed under us before any answer qualifies for the retry.
			if (req.reusedSocket && error.code === 'ECONNRESET') error.reusedSocket = true;
			else if (error.code === 'ECONNRESET') error.message += ' (on a new connection)';
			reject(error);
		});
		if (options.body !== undefined) req.write(options.body);
		req.end();
	});
}

/** Signs up `email` through a form post to `origin`; returns the `name=value` session cookie. */
export async function signUp(origin: string, email: string, password: string): Promise<string> {
	const form = new URLSearchParams({ email, password, confirm: password }).toString();
	const response = await request(`${origin}/signup`, {
		method: 'POST',
		headers: {
			origin,
			'content-type': 'application/x-www-form-urlencoded',
			'content-length': String(Buffer.byteLength(form))
		},
		body: form
	});
	const cookie = [response.headers['set-cookie'] ?? []]
		.flat()
		.map((c) => c.split(';')[0])
		.find((c) => /^(__Host-)?session=./.test(c));
	if (!cookie) {
		throw new Error(
			`sign-up gave no session cookie (${response.status}): ${response.text().slice(0, 500)}`
		);
	}
	return cookie;
}
