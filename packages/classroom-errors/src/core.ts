/**
 * `explain` and `retryDecision` over one language's data, without the data:
 * a browser bundle imports this module and one of `classroom-errors/data/en`
 * or `classroom-errors/data/ko`, and carries nothing of the other language.
 *
 * ```ts
 * import { createExplainer } from 'classroom-errors/core';
 * import ko from 'classroom-errors/data/ko';
 * const explain = createExplainer(ko);
 * ```
 */
export type * from './types.ts';
export { createExplainer, explainWith } from './explain.ts';
export { retryDecisionWith } from './retry.ts';
