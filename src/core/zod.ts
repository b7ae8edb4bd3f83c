// zod for every schema that uses its full API, set up first (zod-config.ts). Lint allows zod's values nowhere else.
import './zod-config';

export {z} from 'zod';
