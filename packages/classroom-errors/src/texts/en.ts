/** The catalog's prose in English: pass it to `createExplainer` for summaries, causes, actions, meanings and advice. */
import texts from '../generated/en-texts.ts';

export type * from '../types.ts';
export default texts;
