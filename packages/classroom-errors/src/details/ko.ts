/** The catalog's details in Korean: pass them to `createExplainer` for summaries, causes, actions, meanings and advice, and the method of the failed call. */
import details from '../generated/ko-details.ts';

export type * from '../types.ts';
export default details;
