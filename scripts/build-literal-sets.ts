// npm run literals: writes src/core/data/literal-sets.json, what every vocabulary source cannot match without
// (src/core/literals.ts), so that the background, the command line and the draft checker start without parsing
// the sources. Run it after changing a vocabulary or literals.ts; test/unit/core/literal-sets.test.ts says when.
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {computeLiteralSets, literalSetsAsked} from '../src/core/literals';
import {askEveryVocabulary} from './literal-sets-workload';

askEveryVocabulary();
const table: Record<string, string[][]> = {};
for (const source of [...literalSetsAsked()].sort()) table[source] = computeLiteralSets(source);
const path = join(import.meta.dirname, '../src/core/data/literal-sets.json');
writeFileSync(path, `${JSON.stringify(table)}\n`);
console.log(`${Object.keys(table).length} sources written to ${path}`);
