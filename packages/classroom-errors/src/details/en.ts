/** The catalog's details in English: pass them to `createExplainer` for summaries, causes, actions, meanings and advice, and the method of the failed call. */
import generated from '../generated/en-details.ts';
import { withCallReader } from '../call-reader.ts';

export type * from '../types.ts';
/** With the step that reads the failed call, which only the details carry. */
const details = /* @__PURE__ */ withCallReader(generated);

export default details;
