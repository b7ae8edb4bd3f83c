import {readFileSync} from 'node:fs';
import {analyzeDraft} from './src/core/draft';
import {splitSentences} from './src/core/text';
import {SUGGESTIONS} from './src/core/suggestions';
import {extractRequirements} from './src/core/requirements';
const rows = readFileSync('../shared/data/postings/dev.jsonl','utf8').split('\n').filter(Boolean).map(l=>JSON.parse(l));
const pool0 = [...rows.flatMap(r=>splitSentences(r.description)).filter((_,i)=>i%7===0), ...Object.values(SUGGESTIONS).map(s=>s.example), 'Location: Denver, CO', 'Remote'];
const touches = (line: string) => { const r = extractRequirements([line]); return r.evidence.degree.length > 0 || r.evidence.years.length > 0 || /\byears?\b/i.test(line); };
const pool = pool0.filter(l => !(l.includes(':') || l.split(' ').length <= 4) && !touches(l));
const drafts = rows.slice(0,80).map(r=>`${r.title}\n${r.description}`);
let found = 0;
for (let n=0; n<3000 && found<4; n++) {
  const d = drafts[Math.floor(Math.random()*drafts.length)]!, s = pool[Math.floor(Math.random()*pool.length)]!;
  const lines = d.split('\n'); const idx = Math.floor(Math.random()*(lines.length+1));
  const g = [...lines.slice(0,idx), s, ...lines.slice(idx)].join('\n');
  const B = analyzeDraft({text:d}).analysis, A = analyzeDraft({text:g}).analysis;
  if (A.completeness.score < B.completeness.score) { found++; console.log(B.completeness.score, A.completeness.score, A.completeness.missing.filter(x=>!B.completeness.missing.includes(x)), '| inserted:', s.slice(0,200), '| at', idx, B.salary.posted?.text, '->', A.salary.posted?.text); }
}
