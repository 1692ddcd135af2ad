import type { RequestEvent } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { createLogger, createRequestLogHandle, requestIdFrom } from './log';

function capture() {
	const lines: Record<string, unknown>[] = [];
	const logger = createLogger('info', { write: (line: string) => lines.push(JSON.parse(line)) });
	return { lines, handle: createRequestLogHandle(logger) };
}

function event(headers: Record<string, string> = {}) {
	return {
		request: new Request('http://localhost/designs/abc?token=secret', { headers }),
		route: { id: '/designs/[id]' },
		locals: {}
	} as unknown as RequestEvent;
}

describe('requestIdFrom', () => {
	it('keeps a sane incoming id and replaces anything else with a fresh UUID', () => {
		expect(requestIdFrom('req-42_a.b:c')).toBe('req-42_a.b:c');
		const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
		for (const bad of [null, '', 'has space', 'x'.repeat(129), 'quote"inject', 'new\nline']) {
			expect(requestIdFrom(bad)).toMatch(uuid);
		}
		expect(requestIdFrom(null)).not.toBe(requestIdFrom(null));
	});
});

describe('request log handle', () => {
	it('sets the id in locals and on the response, and logs one line per request', async () => {
		const { lines, handle } = capture();
		const e = event({ 'x-request-id': 'abc-123' });
		const response = await handle({
			event: e,
			resolve: async () => new Response('ok', { status: 201 })
		});
		expect(e.locals.requestId).toBe('abc-123');
		expect(response.headers.get('x-request-id')).toBe('abc-123');
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatchObject({
			level: 'info',
			requestId: 'abc-123',
			method: 'GET',
			route: '/designs/[id]',
			status: 201
		});
		expect(typeof lines[0].durationMs).toBe('number');
		// The path (which may hold a token) is not logged.
		expect(JSON.stringify(lines[0])).not.toContain('secret');
	});

	it('generates an id when none is sent', async () => {
		const { lines, handle } = capture();
		const e = event();
		const response = await handle({ event: e, resolve: async () => new Response('ok') });
		expect(e.locals.requestId).toMatch(/^[0-9a-f-]{36}$/);
		expect(response.headers.get('x-request-id')).toBe(e.locals.requestId);
		expect(lines[0].requestId).toBe(e.locals.requestId);
	});

	it('adds the header even to a response whose headers are immutable', async () => {
		const { handle } = capture();
		const immutable = Response.redirect('http://localhost/elsewhere', 303);
		const response = await handle({ event: event(), resolve: async () => immutable });
		expect(response.status).toBe(303);
		expect(response.headers.get('location')).toBe('http://localhost/elsewhere');
		expect(response.headers.get('x-request-id')).toBeTruthy();
	});

	it('logs a failing request as an error with status 500 and rethrows', async () => {
		const { lines, handle } = capture();
		const failure = new Error('boom');
		await expect(
			handle({
				event: event(),
				resolve: async () => {
					throw failure;
				}
			})
		).rejects.toBe(failure);
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatchObject({ level: 'error', status: 500, route: '/designs/[id]' });
	});
});
