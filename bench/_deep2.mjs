import { compile } from 'sveltedown'
const n = Number(process.argv[2] ?? 1000)
const cases = {
  list: Array.from({ length: n }, (_, i) => '  '.repeat(i) + '- item').join('\n') + '\n',
  listInline: '- '.repeat(n) + 'x\n',
  blocks: '{#if a}\n'.repeat(n) + 'x\n' + '{/if}\n'.repeat(n),
}
const src = cases[process.argv[3]]
const t = performance.now()
try { await compile(src, { highlight: false }) ; console.log('ok') } catch (e) { console.log(e.stack.split('\n').slice(0, 30).join('\n')) }
console.log((performance.now()-t).toFixed(0)+'ms')
