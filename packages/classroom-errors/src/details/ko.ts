/** The catalog's details in Korean: pass them to `createExplainer` for summaries, causes, actions, meanings and advice, and the method of the failed call. */
import generated from '../generated/ko-details.ts';
import { withCallReader } from '../call-reader.ts';

export type * from '../types.ts';
/** With the step that reads the failed call, which only the details carry. */
const details = /* @__PURE__ */ withCallReader(generated);

export default details;
