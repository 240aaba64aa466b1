import { compile } from 'sveltedown'
import fs from 'node:fs'; import path from 'node:path'; import { Session } from 'node:inspector/promises'
const root = '/work/shared/corpus'
const files = fs.readdirSync(root, { recursive: true }).map(String).filter(f => f.endsWith('.md') && f.includes('documentation')).sort()
const docs = files.map(f => ({ path: path.join(root, f), value: fs.readFileSync(path.join(root, f), 'utf8') }))
const opts = process.env.NOHL ? { highlight: false } : {}
const ok = []; for (const d of docs) { try { await compile(d.value, { ...opts, filename: d.path }); ok.push(d) } catch {} }
for (const d of ok) await compile(d.value, { ...opts, filename: d.path })
const s = new Session(); s.connect(); await s.post('Profiler.enable'); await s.post('Profiler.start')
const t = performance.now()
for (let p = 0; p < 3; p++) for (const d of ok) await compile(d.value, { ...opts, filename: d.path })
console.log('per pass', ((performance.now() - t) / 3).toFixed(0))
const { profile } = await s.post('Profiler.stop'); fs.writeFileSync(process.argv[2], JSON.stringify(profile))
