import { z } from 'zod/mini';

// Zod compiles object parsers with `new Function` when it may; under our Content Security Policy
// (no 'unsafe-eval', svelte.config.js) its probe for that is a CSP violation. Jitless parsing
// never tries.
z.config({ jitless: true });
