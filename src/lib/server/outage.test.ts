import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './outage';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
	it('knows socket and postgres-js connection errors, also wrapped (drizzle) or aggregated', () => {
		expect(isDatabaseUnavailable(withCode('ECONNREFUSED'))).toBe(true);
		expect(isDatabaseUnavailable(withCode('CONNECTION_CLOSED'))).toBe(true);
		expect(
			isDatabaseUnavailable(new Error('Failed query', { cause: withCode('ECONNRESET') }))
		).toBe(true);
		expect(isDatabaseUnavailable(new AggregateError([withCode('ECONNREFUSED')]))).toBe(true);
	});

	it('knows PostgreSQL shutting down and connection SQLSTATEs', () => {
		expect(isDatabaseUnavailable(withCode('57P01'))).toBe(true);
		expect(isDatabaseUnavailable(withCode('08006'))).toBe(true);
	});

	it('leaves real bugs and query errors alone', () => {
		expect(isDatabaseUnavailable(new TypeError('undefined is not a function'))).toBe(false);
		expect(isDatabaseUnavailable(withCode('23505'))).toBe(false); // unique violation
		expect(isDatabaseUnavailable(withCode('42P01'))).toBe(false); // no such table
		expect(isDatabaseUnavailable(null)).toBe(false);
	});
});
