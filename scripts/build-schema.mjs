// Writes schema/knowledge-base.schema.json and schema/knowledge-base-translation.schema.json from
// the validator's rules (npm run build, then npm run schema). A test checks the committed files match.
import { writeFileSync } from 'node:fs';
import { jsonSchemas } from '../dist/core/knowledge-base/validate.js';

const { knowledgeBase, translation } = jsonSchemas();
for (const [file, schema] of [
  ['schema/knowledge-base.schema.json', knowledgeBase],
  ['schema/knowledge-base-translation.schema.json', translation],
]) {
  writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${file}`);
}
