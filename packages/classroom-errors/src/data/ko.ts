/** The catalog in Korean: what `createExplainer` reads. */
import data from '../generated/ko.ts';

export type * from '../types.ts';
export default data;
