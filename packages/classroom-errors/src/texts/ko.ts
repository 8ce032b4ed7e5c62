/** The catalog's prose in Korean: pass it to `createExplainer` for summaries, causes, actions, meanings and advice. */
import texts from '../generated/ko-texts.ts';

export type * from '../types.ts';
export default texts;
