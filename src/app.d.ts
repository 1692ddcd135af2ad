// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Error {
			message: string;
		}
		interface Locals {
			/** Set by `handleRequestLog` (src/lib/server/log.ts); also in the x-request-id header. */
			requestId: string;
			/** Set by `handleAuth` (src/lib/server/auth/handle.ts): null when signed out. */
			user: import('$lib/server/auth/session').PublicUser | null;
			session: import('$lib/server/db/schema').Session | null;
		}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
