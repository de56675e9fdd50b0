// Quick schema check used while drafting bank content: node scripts/validate-bank.mjs FILE...
// (needs `npm run build`). `pm-coach lint` is the full check.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { BankFileSchema } from '../dist/bank/schema.js';

let bad = 0;
for (const file of process.argv.slice(2)) {
  const result = BankFileSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (result.success) {
    const qs = result.data.questions;
    const ids = new Set();
    for (const q of qs) {
      if (ids.has(q.id)) console.log(`${file}: duplicate id ${q.id}`), bad++;
      ids.add(q.id);
      const sum = q.rubric.reduce((s, c) => s + c.weight, 0);
      if (sum !== 100) console.log(`${file}: ${q.id} weights add up to ${sum}`), bad++;
      if (!q.exemplars.some((e) => e.label === 'strong') || !q.exemplars.some((e) => e.label === 'weak'))
        console.log(`${file}: ${q.id} needs a strong and a weak exemplar`), bad++;
      if (q.time.phases) {
        const p = Object.values(q.time.phases).reduce((s, n) => s + n, 0);
        if (p !== q.time.minutes)
          console.log(`${file}: ${q.id} phases add up to ${p}, not ${q.time.minutes}`), bad++;
      } else if (q.round === 'system-design')
        console.log(`${file}: ${q.id} system-design needs time.phases`), bad++;
      const crit = new Set(q.rubric.map((c) => c.id));
      for (const f of q.followUps)
        for (const t of f.targets ?? [])
          if (!crit.has(t))
            console.log(`${file}: ${q.id} follow-up ${f.id} targets unknown criterion ${t}`), bad++;
    }
    console.log(`${file}: ${qs.length} questions OK`);
  } else {
    bad++;
    for (const issue of result.error.issues)
      console.log(`${file}: ${issue.path.join('.')}: ${issue.message}`);
  }
}
process.exit(bad ? 1 : 0);
