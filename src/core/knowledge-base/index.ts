export { checkedCopy, isChecked, loadValidator, markChecked, requireChecked } from './checked.js';
export { KnowledgeBaseError, type KnowledgeBaseProblem } from './error.js';
export type * from './part-types.js';
export type * from './types.js';
export { childPath, validateKnowledgeBase, validateTranslation } from './validate.js';
