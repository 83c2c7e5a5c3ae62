export { settingsOf } from './options.js';
export { promptFor } from './prompts.js';
export { type RestoreOptions, restoreCheckedSession } from './restore.js';
export { createCheckedSession } from './session.js';
