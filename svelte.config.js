import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// BUILD_DIR / KIT_OUT_DIR let two builds run side by side (e.g. a deploy test building a
		// second release) without overwriting each other.
		adapter: adapter({ out: process.env.BUILD_DIR ?? 'build' }),
		outDir: process.env.KIT_OUT_DIR ?? '.svelte-kit',
		alias: { $shaders: 'shaders' },
		// Content Security Policy: SvelteKit adds a nonce (server-rendered pages) or hashes
		// (prerendered ones) for its own inline scripts, so no 'unsafe-inline' and no 'unsafe-eval'
		// for scripts. The 3D view needs blob: workers and images (three's texture loading);
		// tests/e2e/csp.spec.ts fails on any violation in the three renderer tiers.
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				// Style attributes only (in server-rendered markup and set by Svelte, e.g. the editor's
				// positions): they cannot run code. <style> elements stay 'self'-only.
				'style-src-attr': ['unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'worker-src': ['self', 'blob:'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'frame-ancestors': ['none'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
