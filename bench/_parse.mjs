import fs from 'node:fs'; import path from 'node:path'
import { unified } from 'unified'; import remarkParse from 'remark-parse'; import remarkGfm from 'remark-gfm'; import remarkFrontmatter from 'remark-frontmatter'
import { remarkSvelte, compile, createProcessor } from 'sveltedown'
import remarkRehype from 'remark-rehype'; import rehypeStringify from 'rehype-stringify'
const root = '/work/shared/corpus'
const files = fs.readdirSync(root, { recursive: true }).map(String).filter(f => f.endsWith('.md') && f.includes('documentation')).sort()
let docs = files.map(f => ({ path: path.join(root, f), value: fs.readFileSync(path.join(root, f), 'utf8') }))
const ok = []; for (const d of docs) { try { await compile(d.value, { highlight: false, filename: d.path }); ok.push(d) } catch {} }
docs = ok
const pipes = {
  parseGfm: unified().use(remarkParse).use(remarkGfm),
  parseGfmFm: unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm),
  parseSvelteGfm: unified().use(remarkParse).use(remarkSvelte).use(remarkGfm),
}
const full = { bareGfm: unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeStringify), sd: createProcessor({highlight:false}) }
const t = {}
for (let pass = 0; pass < 6; pass++) {
  for (const [n, p] of Object.entries(pipes)) { const s = performance.now(); for (const d of docs) p.runSync(p.parse(d.value)); (t[n] ??= []).push(performance.now() - s) }
  for (const [n, p] of Object.entries(full)) { const s = performance.now(); for (const d of docs) await p.process(d.value); (t[n] ??= []).push(performance.now() - s) }
}
for (const [n, a] of Object.entries(t)) console.log(n.padEnd(16), a.slice(2).sort((a,b)=>a-b)[2].toFixed(0), 'ms')
