import { buildForProduction } from './lib/build';

/** Builds the app once for every file of the production tests. */
export default function setup() {
	buildForProduction();
}
