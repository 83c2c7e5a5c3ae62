export { promptFor } from './prompts.js';
export { createCheckedSession, type RestoreOptions, restoreCheckedSession, settingsOf } from './session.js';
