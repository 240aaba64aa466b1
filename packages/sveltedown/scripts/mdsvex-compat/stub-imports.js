// A page of a site imports that site's components, `$lib` helpers, `$app/stores` and npm packages,
// none of which exist here. Both compiles of a page (mdsvex's and sveltedown's) get the same stand-in
// for every import except Svelte's own: a value that is a component rendering its children and
// slots, and otherwise anything the page asks of it (a namespace of components, a store, a function,
// an empty list, an empty string). The two renders then differ only where the compiled markup does.

/** What rendering a stub shows: nothing of its own, only the content the page gave it. */
function renderContent(renderer, props) {
  const slots = props?.$$slots ?? {}
  if (typeof slots.default === 'function') slots.default(renderer, stubProps)
  else if (typeof props?.children === 'function') props.children(renderer)
  for (const [name, slot] of Object.entries(slots)) {
    if (name !== 'default' && typeof slot === 'function') slot(renderer, stubProps)
  }
}

/** Svelte's server renderer, told apart from arrays and other values passed to a stub function. */
const isRenderer = (value) =>
  value !== null && typeof value === 'object' && value.constructor?.name === 'Renderer'

const noop = () => {}

/** @type {any} */
export const stub = new Proxy(function stub() {}, {
  get(_target, key) {
    if (key === Symbol.toPrimitive) return () => ''
    if (key === 'toString' || key === 'valueOf' || key === 'toJSON') return () => ''
    if (key === Symbol.iterator) return [][Symbol.iterator].bind([])
    if (key === 'then' || typeof key === 'symbol') return undefined
    if (key === 'length') return 0
    if (key === 'subscribe') {
      return (run) => {
        run?.(stub)
        return noop
      }
    }
    return stub
  },
  apply(_target, _this, args) {
    if (isRenderer(args[0])) {
      renderContent(args[0], args[1])
      return undefined
    }
    return stub
  },
  construct: () => stub,
  has: () => false,
  ownKeys: () => ['prototype'],
  getOwnPropertyDescriptor: (target, key) => Reflect.getOwnPropertyDescriptor(target, key),
})

/** The props a page is rendered with (`data`, `snippets`, …): each is a stub. */
export const stubProps = new Proxy(
  {},
  { get: (_target, key) => (typeof key === 'symbol' ? undefined : stub) },
)

/**
 * Rewrites a compiled server module so it can run from a `data:` URL: Svelte's imports point at the
 * one Svelte installed here, every other import becomes the stub.
 * @param {string} code `compile(…, { generate: 'server' }).js.code`
 * @param {(specifier: string) => string} resolveSvelte gives the file URL of `svelte/…`
 */
export function stubImports(code, resolveSvelte) {
  // Only module scope, before the component function: the same text inside a template literal (a
  // code block showing an import) is page content.
  const split = code.search(/^export default function/m)
  const head = split === -1 ? code : code.slice(0, split)
  const rewritten = head.replace(
    /^import\s+(?:([\s\S]*?)\s+from\s+)?(['"])([^'"]+)\2;?[ \t]*$/gm,
    (...match) => rewrite(match, resolveSvelte),
  )
  return rewritten + (split === -1 ? '' : code.slice(split))
}

function rewrite([statement, clause, quote, specifier], resolveSvelte) {
  if (specifier === 'svelte' || specifier.startsWith('svelte/')) {
    return statement
      .trim()
      .replace(`${quote}${specifier}${quote}`, JSON.stringify(resolveSvelte(specifier)))
  }
  if (!clause) return ''
  return clause
    .split(/,(?![^{]*})/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      if (part.startsWith('{')) {
        return part
          .replace(/[{}]/g, '')
          .split(',')
          .map((name) => name.trim().replace(/^type\s+/, ''))
          .filter(Boolean)
          .map((name) => {
            const [imported, local] = name.split(/\s+as\s+/)
            return `const ${local ?? imported} = globalThis.__compatStub;`
          })
          .join('\n')
      }
      const name = part.replace(/^\*\s+as\s+/, '')
      return `const ${name} = globalThis.__compatStub;`
    })
    .join('\n')
}
