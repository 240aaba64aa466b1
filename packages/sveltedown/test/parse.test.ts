import type { Root, RootContent } from 'mdast'
import { describe, expect, it } from 'vitest'
import { createProcessor } from '../src/index.js'

const processor = createProcessor()

function parse(source: string): Root {
  return processor.parse(source) as Root
}

/** `line:column-line:column` of a node, for compact position assertions. */
function at(node: { position?: RootContent['position'] } | undefined): string {
  const p = node?.position
  return p ? `${p.start.line}:${p.start.column}-${p.end.line}:${p.end.column}` : 'none'
}

describe('parse: scripts and styles', () => {
  it('keeps a script raw, with its attributes, context and position', () => {
    const tree = parse(
      '<script lang="ts" generics="T extends Item">\nconst a = "</div>"\n\n# not a heading\n</script>\n\n# Title',
    )
    const [script, heading] = tree.children
    expect(script).toMatchObject({
      type: 'svelteScript',
      context: 'instance',
      value: '\nconst a = "</div>"\n\n# not a heading\n',
      attributes: [
        { name: 'lang', value: 'ts', source: 'lang="ts"' },
        { name: 'generics', value: 'T extends Item', source: 'generics="T extends Item"' },
      ],
    })
    expect(at(script)).toBe('1:1-5:10')
    expect(heading?.type).toBe('heading')
  })

  it('reads `<script module>` and `<script context="module">` as module scripts', () => {
    expect(parse('<script module>\nexport const a = 1\n</script>').children[0]).toMatchObject({
      type: 'svelteScript',
      context: 'module',
    })
    expect(
      parse('<script context="module">\nexport const a = 1\n</script>').children[0],
    ).toMatchObject({ type: 'svelteScript', context: 'module' })
  })

  it('ends a script only at a `</script>` outside strings, templates and comments', () => {
    const value = "\nconst a = '</script>'\nconst b = `${'</script>'}`\n// </script>\n"
    const [script] = parse(`<script>${value}</script>`).children
    expect(script).toMatchObject({ type: 'svelteScript', value })
  })

  it('keeps a style raw', () => {
    const [style] = parse('<style>\n  p { color: red }\n\n  /* } */\n</style>').children
    expect(style).toMatchObject({
      type: 'svelteStyle',
      value: '\n  p { color: red }\n\n  /* } */\n',
    })
  })
})

describe('parse: elements', () => {
  it('parses a component on its own lines with Markdown flow children, no blank lines needed', () => {
    const tree = parse('<Card title="a">\n# Hi\n- item\n</Card>')
    const [card] = tree.children
    expect(card).toMatchObject({ type: 'svelteElement', name: 'Card', selfClosing: false })
    expect(card && 'children' in card && card.children.map((child) => child.type)).toEqual([
      'heading',
      'list',
    ])
    expect(at(card)).toBe('1:1-4:8')
  })

  it('parses content on the tag line as inline, without a paragraph', () => {
    const [card] = parse('<Card>some *text*</Card>').children
    expect(card).toMatchObject({ type: 'svelteTextElement', name: 'Card' })
    expect(card && 'children' in card && card.children.map((child) => child.type)).toEqual([
      'text',
      'emphasis',
    ])
  })

  it('parses a tag inside a paragraph', () => {
    const [paragraph] = parse('Click <Button kind="primary">here</Button> now').children
    expect(paragraph?.type).toBe('paragraph')
    const button = paragraph && 'children' in paragraph ? paragraph.children[1] : undefined
    expect(button).toMatchObject({ type: 'svelteTextElement', name: 'Button' })
    expect(at(button)).toBe('1:7-1:43')
  })

  it('reads every attribute form with its source and position', () => {
    const source =
      '<Foo.Bar a="x &amp; y" b={c} {...d} {e} bind:value on:click|once={f} class="g {h}" i {@attach j} />'
    const [element] = parse(source).children
    expect(element).toMatchObject({ type: 'svelteElement', name: 'Foo.Bar', selfClosing: true })
    const attributes = element?.type === 'svelteElement' ? element.attributes : []
    expect(
      attributes.map((attribute) => [attribute.name, attribute.value, attribute.source]),
    ).toEqual([
      ['a', 'x & y', 'a="x &amp; y"'],
      ['b', null, 'b={c}'],
      [null, null, '{...d}'],
      [null, null, '{e}'],
      ['bind:value', null, 'bind:value'],
      ['on:click|once', null, 'on:click|once={f}'],
      ['class', null, 'class="g {h}"'],
      ['i', true, 'i'],
      [null, null, '{@attach j}'],
    ])
    expect(at(attributes[1])).toBe('1:24-1:29')
  })

  it('reads attributes written on several lines', () => {
    const [element] = parse('<Card\n  title="a"\n  count={1 +\n    2}\n>\ntext\n</Card>').children
    const attributes = element?.type === 'svelteElement' ? element.attributes : []
    expect(attributes.map((attribute) => attribute.source)).toEqual([
      'title="a"',
      'count={1 +\n    2}',
    ])
    expect(at(attributes[1])).toBe('3:3-4:7')
  })

  it('closes void elements without a closing tag', () => {
    const [paragraph] = parse('a<br>b').children
    expect(paragraph && 'children' in paragraph && paragraph.children.map((c) => c.type)).toEqual([
      'text',
      'svelteTextElement',
      'text',
    ])
  })

  it('keeps `a < b` as text', () => {
    const [paragraph] = parse('a < b and c<d').children
    expect(paragraph).toMatchObject({
      type: 'paragraph',
      children: [{ type: 'text', value: 'a < b and c<d' }],
    })
  })

  it('parses components in list items and block quotes', () => {
    const tree = parse('- <Note>\n  inside\n  </Note>\n\n> <Note>\n> quoted\n> </Note>')
    const [list, quote] = tree.children
    const item = list && 'children' in list ? list.children[0] : undefined
    expect(item && 'children' in item && item.children[0]).toMatchObject({
      type: 'svelteElement',
      name: 'Note',
    })
    expect(quote && 'children' in quote && quote.children[0]).toMatchObject({
      type: 'svelteElement',
      name: 'Note',
    })
  })

  it('parses HTML comments', () => {
    expect(parse('<!-- note -->').children[0]).toMatchObject({
      type: 'html',
      value: '<!-- note -->',
    })
  })
})

describe('parse: blocks', () => {
  it('parses a flow block with branches and positions', () => {
    const [block] = parse('{#if a}\n**yes**\n{:else if b}\nmaybe\n{:else}\nno\n{/if}').children
    expect(block).toMatchObject({ type: 'svelteBlock', name: 'if', closing: '/if' })
    const branches = block && 'children' in block ? block.children : []
    expect(branches.map((branch) => 'tag' in branch && branch.tag)).toEqual([
      '#if a',
      ':else if b',
      ':else',
    ])
    expect(branches.map((branch) => at(branch))).toEqual(['1:1-3:1', '3:1-5:1', '5:1-7:1'])
    expect(at(block)).toBe('1:1-7:6')
  })

  it('parses an inline block inside a paragraph', () => {
    const [paragraph] = parse('You have {#if n === 1}one item{:else}{n} items{/if}.').children
    const block = paragraph && 'children' in paragraph ? paragraph.children[1] : undefined
    expect(block).toMatchObject({ type: 'svelteTextBlock', name: 'if' })
    expect(at(block)).toBe('1:10-1:52')
  })

  it('parses a block tag that spans several lines', () => {
    const [block] = parse(
      '{#each items.filter((item) =>\n  item.visible) as item (item.id)}\n- {item.name}\n{/each}',
    ).children
    expect(block).toMatchObject({ type: 'svelteBlock', name: 'each' })
    const branch = block && 'children' in block ? block.children[0] : undefined
    expect(branch && 'tag' in branch && branch.tag).toBe(
      '#each items.filter((item) =>\n  item.visible) as item (item.id)',
    )
  })

  it('parses `{#snippet}` and `{#await}` with `{:then}` and `{:catch}`', () => {
    expect(parse('{#snippet row(item)}\n- {item}\n{/snippet}').children[0]).toMatchObject({
      name: 'snippet',
    })
    const [block] = parse('{#await p}\nwait\n{:then v}\n{v}\n{:catch e}\n{e}\n{/await}').children
    expect(block && 'children' in block && block.children.length).toBe(3)
  })
})

describe('parse: expressions', () => {
  it('parses an expression alone on a line as flow, with its kind', () => {
    const tree = parse('{title}\n\n{@html raw}\n\n{@render row(1)}\n\n{@debug a}')
    expect(tree.children.map((node) => [node.type, 'kind' in node ? node.kind : ''])).toEqual([
      ['svelteExpression', 'expression'],
      ['svelteExpression', 'html'],
      ['svelteExpression', 'render'],
      ['svelteExpression', 'debug'],
    ])
  })

  it('matches braces in strings, template literals, comments and regexes', () => {
    const value = "fn({ a: '}', b: `${ {c: 1}.c }}`, d: /}/ /* } */ })"
    const [paragraph] = parse(`x {${value}} y`).children
    const expression = paragraph && 'children' in paragraph ? paragraph.children[1] : undefined
    expect(expression).toMatchObject({ type: 'svelteTextExpression', value })
  })

  it('reads `\\{` as a literal brace and never reads code as expressions', () => {
    const tree = parse('a \\{b\\} `{c}`\n\n```js\n{d}\n```')
    const [paragraph, code] = tree.children
    expect(paragraph && 'children' in paragraph && paragraph.children.map((c) => c.type)).toEqual([
      'text',
      'inlineCode',
    ])
    expect(code).toMatchObject({ type: 'code', value: '{d}' })
  })

  it('does not read indented lines as code by default', () => {
    expect(parse('<Note>\n    indented text\n</Note>').children[0]).toMatchObject({
      children: [{ type: 'paragraph' }],
    })
    const indented = createProcessor({ indentedCode: true }).parse('    code') as Root
    expect(indented.children[0]?.type).toBe('code')
  })
})

describe('to-markdown', () => {
  it('writes Svelte nodes back from their source, Markdown around them re-serialized', async () => {
    const { toMarkdown } = await import('mdast-util-to-markdown')
    const { svelteToMarkdown } = await import('../src/index.js')
    const source = '<Card title="a {b}">\n**bold**\n</Card>\n\n{#if x}\nyes {y}\n{/if}\n'
    const output = toMarkdown(parse(source), { extensions: [svelteToMarkdown()] })
    expect(output).toBe('<Card title="a {b}">\n**bold**\n</Card>\n\n{#if x}\nyes {y}\n{/if}\n')
    // And it parses back to the same structure.
    const again = parse(output)
    expect(again.children.map((node) => node.type)).toEqual(['svelteElement', 'svelteBlock'])
  })
})
