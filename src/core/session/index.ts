export { settingsOf } from './options.js';
export { promptFor } from './prompts.js';
export { type RestoreOptions, restoreCheckedSession } from './restore.js';
export { CLOCK_SKEW, progressKey, progressScope } from './saved-progress.js';
export { createCheckedSession } from './session.js';
