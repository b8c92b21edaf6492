/** The JSON contract (DESIGN §3): ESLint's result shape plus actual / expected / tail / coverage. */
import type { Formatter } from './types';

const json: Formatter = (results) => JSON.stringify(results, null, 2) + '\n';
export default json;
