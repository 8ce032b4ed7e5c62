/** The catalog in English: what `createExplainer` reads. */
import data from '../generated/en.ts';

export type * from '../types.ts';
export default data;
