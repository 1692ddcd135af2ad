// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Error {
			message: string;
		}
		interface Locals {
			/** Set by `handleRequestLog` (src/lib/server/log.ts); also in the x-request-id header. */
			requestId: string;
			// Auth adds `user` and `session` here.
		}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
