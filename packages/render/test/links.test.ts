import { render } from 'svelte/server'
import { describe, expect, test } from 'vitest'
import { Markdown, type RenderOptions, renderMarkdown } from '../src/index.ts'
import { normalizeHtml } from './normalize-html.ts'

const html = (source: string, options: RenderOptions = {}) => {
  const server = normalizeHtml(
    render(Markdown, { props: { source, ...options } as { source: string } }).body,
  )
  // `renderMarkdown` and `<Markdown>` share the pipeline: the same HTML either way.
  expect(normalizeHtml(renderMarkdown(source, options).html)).toBe(server)
  return server
}

const site = {
  defaultOrigin: 'https://example.com',
  allowedLinkPrefixes: ['https://example.com/docs'],
}

describe('links and images by default', () => {
  test('external links get rel="noopener noreferrer"; relative and fragment links do not', () => {
    expect(html('[a](https://svelte.dev) [b](/docs) [c](#intro) [d](//evil.com/x)')).toBe(
      '<p><a href="https://svelte.dev" rel="noopener noreferrer">a</a> <a href="/docs">b</a> <a href="#intro">c</a> <a href="//evil.com/x" rel="noopener noreferrer">d</a></p>',
    )
  })

  test('`linkTarget` sets the target of external links only', () => {
    expect(html('[a](https://svelte.dev) [b](/docs)', { linkTarget: '_blank' })).toBe(
      '<p><a href="https://svelte.dev" rel="noopener noreferrer" target="_blank">a</a> <a href="/docs">b</a></p>',
    )
  })

  test('a blocked link renders as text with the URL as its title', () => {
    expect(html('[click](javascript:alert(1)) and <a href="vbscript:x">raw</a>')).toBe(
      '<p><span title="javascript:alert(1)">click</span> and <span title="vbscript:x">raw</span></p>',
    )
  })

  test('a blocked image renders as its alt text', () => {
    expect(html('![a chart](javascript:alert(1)) ![](ftp://x/y.png)')).toBe('<p>a chart</p>')
  })

  test('`data:` images are off by default; `allowDataImages` allows raster types, never SVG', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo='
    const svg = 'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4='
    expect(html(`![dot](${png})`)).toBe('<p>dot</p>')
    expect(html(`![dot](${png}) ![svg](${svg})`, { allowDataImages: true })).toBe(
      `<p><img alt="dot" src="${png}"> svg</p>`,
    )
  })

  test('`allowedProtocols` replaces the schemes links and images may use', () => {
    expect(html('[m](mailto:a@b.c) [h](https://x.dev)', { allowedProtocols: ['https'] })).toBe(
      '<p><span title="mailto:a@b.c">m</span> <a href="https://x.dev" rel="noopener noreferrer">h</a></p>',
    )
  })
})

describe('prefixes and the default origin', () => {
  test('relative URLs are resolved against `defaultOrigin`', () => {
    expect(
      html('[a](/docs/start) ![i](img/a.png) [f](#top)', {
        defaultOrigin: 'https://example.com/blog/',
      }),
    ).toBe(
      '<p><a href="https://example.com/docs/start">a</a> <img alt="i" src="https://example.com/blog/img/a.png"> <a href="#top">f</a></p>',
    )
  })

  test('only links under an allowed prefix stay links, compared by origin and path', () => {
    const source = [
      '[ok](https://example.com/docs/a)',
      '[rel](/docs/b)',
      '[up](/docs/../admin)',
      '[other](https://example.com/admin)',
      '[user](https://example.com@evil.com/docs)',
      '[sub](https://example.com.evil.com/docs)',
      '[proto](//evil.com/docs)',
      '[slash](/\\evil.com/docs)',
    ].join(' ')
    expect(html(source, site)).toBe(
      '<p><a href="https://example.com/docs/a">ok</a> <a href="https://example.com/docs/b">rel</a> <span title="/docs/../admin">up</span> <span title="https://example.com/admin">other</span> <span title="https://example.com@evil.com/docs">user</span> <span title="https://example.com.evil.com/docs">sub</span> <span title="//evil.com/docs">proto</span> <span title="/%5Cevil.com/docs">slash</span></p>',
    )
  })

  test('without `defaultOrigin`, a prefix list blocks relative URLs', () => {
    expect(
      html('[a](/docs) [b](https://example.com/docs/x)', {
        allowedLinkPrefixes: ['https://example.com/'],
      }),
    ).toBe(
      '<p><span title="/docs">a</span> <a href="https://example.com/docs/x" rel="noopener noreferrer">b</a></p>',
    )
  })

  test('image prefixes are separate from link prefixes', () => {
    const options = { allowedImagePrefixes: ['https://cdn.example.com/'] }
    expect(
      html('![ok](https://cdn.example.com/a.png) ![no](https://evil.com/a.png)', options),
    ).toBe('<p><img alt="ok" src="https://cdn.example.com/a.png"> no</p>')
  })

  test('with `sanitize: false`, only the URL options given apply', () => {
    expect(html('[x](foo:bar)', { sanitize: false })).toBe('<p><a href="foo:bar">x</a></p>')
    expect(
      html('[x](foo:bar) [y](https://a.dev)', { sanitize: false, allowedProtocols: ['https'] }),
    ).toBe(
      '<p><span title="foo:bar">x</span> <a href="https://a.dev" rel="noopener noreferrer">y</a></p>',
    )
  })
})
