import { compile } from 'sveltedown'
import fs from 'node:fs'
import path from 'node:path'
const root = '/work/shared/corpus'
const files = fs.readdirSync(root, { recursive: true }).map(String).filter(f => f.endsWith('.md') && f.includes('documentation')).sort()
const docs = files.map(f => ({ path: path.join(root, f), value: fs.readFileSync(path.join(root, f), 'utf8') }))
const opts = process.env.NOHL ? { highlight: false } : {}
let ok = [], rej = 0
let t = performance.now()
for (const d of docs) { try { await compile(d.value, { ...opts, filename: d.path }); ok.push(d) } catch (e) { rej++ } }
console.log('first pass', (performance.now() - t).toFixed(0), 'ms; ok', ok.length, 'rej', rej)
for (let p = 0; p < Number(process.env.PASSES ?? 4); p++) {
  t = performance.now()
  for (const d of ok) await compile(d.value, { ...opts, filename: d.path })
  const ms = performance.now() - t
  console.log('pass', p, ms.toFixed(0), 'ms', (ok.length / ms * 1000).toFixed(1), 'docs/s')
}
console.log('rss', (process.memoryUsage().rss / 1e6).toFixed(0), 'MB')
