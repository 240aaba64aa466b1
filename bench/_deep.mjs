import { compile } from 'sveltedown'
const n = Number(process.argv[2] ?? 1000)
const cases = {
  blockquote: '> '.repeat(n) + 'deep\n',
  list: Array.from({ length: n }, (_, i) => '  '.repeat(i) + '- item').join('\n') + '\n',
  listInline: '- '.repeat(n) + 'x\n',
  components: '<div>\n'.repeat(n) + 'text\n' + '</div>\n'.repeat(n),
  componentsInline: '<span>'.repeat(n) + 'text' + '</span>'.repeat(n) + '\n',
  Components: '<C>\n'.repeat(n) + 'text\n' + '</C>\n'.repeat(n),
  blocks: '{#if a}\n'.repeat(n) + 'x\n' + '{/if}\n'.repeat(n),
  emphasis: '*'.repeat(n) + 'x' + '*'.repeat(n) + '\n',
  brackets: '['.repeat(n) + 'x' + ']'.repeat(n) + '\n',
  links: '[a]('.repeat(n) + ')'.repeat(n) + '\n',
  unclosed: '<div>\n'.repeat(n) + 'text\n',
}
for (const [name, src] of Object.entries(cases)) {
  if (process.argv[3] && name !== process.argv[3]) continue
  const t = performance.now()
  try { const r = await compile(src, { highlight: false }); console.log(name, 'ok', r.code.length, (performance.now()-t).toFixed(0)+'ms') }
  catch (e) { console.log(name, 'ERR', e.code, e.name, String(e.message).slice(0, 100), (performance.now()-t).toFixed(0)+'ms') }
}
