import type { Element, Properties, Root, RootContent } from 'hast'
import { attributeName } from '../attributes.js'
import type { AllowedAttribute, SanitizeSchema } from './default-schema.js'
import { safeUrl } from './safe-url.js'
import { schemeOf } from './url-policy.js'

/** Attributes whose values are URLs, checked whatever the schema says. */
const urlAttributes = new Set([
  'href',
  'src',
  'cite',
  'action',
  'formaction',
  'poster',
  'background',
  'longdesc',
  'srcset',
  'xlink:href',
  'ping',
])

/**
 * Keep only what the schema allows, in place of the tree it returns a new one. Some rules hold
 * whatever the schema says, because no Markdown needs them and each one is a script vector:
 * `on*` handlers, `srcdoc`, `javascript:` / `vbscript:` / `data:` URLs are always dropped (links
 * and images are left to the URL policy, which always runs after sanitizing).
 */
export function sanitizeTree(tree: Root, schema: SanitizeSchema): Root {
  const allowedTags = new Set(schema.tagNames)
  const strip = new Set(schema.strip)

  const clean = (nodes: RootContent[]): RootContent[] => {
    const result: RootContent[] = []
    for (const node of nodes) {
      if (node.type === 'text') {
        result.push(node)
      } else if (node.type === 'comment') {
        if (schema.allowComments) result.push(node)
      } else if (node.type === 'element' && node.data?.component) {
        // The app chose to render this tag with its own component: its props pass, except
        // handlers and script URLs, which a component spreading its props would put in the DOM.
        result.push({
          ...node,
          properties: componentProperties(node.properties),
          children: clean(node.children) as Element['children'],
        })
      } else if (node.type === 'element') {
        const name = node.tagName.toLowerCase()
        if (strip.has(name) && !allowedTags.has(name)) continue
        const children = clean(node.children) as Element['children']
        if (allowedTags.has(name)) {
          result.push({
            ...node,
            properties: cleanProperties(name, node.properties, schema),
            children,
          })
        } else {
          result.push(...children)
        }
      }
      // Doctypes and unknown node types carry nothing a reader needs.
    }
    return result
  }

  return { ...tree, children: clean(tree.children) }
}

function cleanProperties(tagName: string, properties: Properties, schema: SanitizeSchema) {
  const allowed = [...(schema.attributes['*'] ?? []), ...(schema.attributes[tagName] ?? [])]
  const result: Properties = {}
  for (const [property, value] of Object.entries(properties)) {
    const name = attributeName(property)
    if (name.startsWith('on') || name === 'srcdoc' || name === 'is') continue
    const rules = allowed.filter((rule) => ruleName(rule) === name)
    if (rules.length === 0) continue
    let kept = keepValue(value, rules)
    if (kept === undefined) continue
    // A link's `href` and an image's `src` follow the URL policy (secure-links.ts), which
    // runs next and shows a blocked link as text rather than dropping what it pointed to.
    const followsPolicy =
      (tagName === 'a' && name === 'href') || (tagName === 'img' && name === 'src')
    if (urlAttributes.has(name) && !followsPolicy) {
      if (typeof kept !== 'string') continue
      const url = safeUrl(kept, name, schema.protocols[name] ?? [])
      if (url === undefined) continue
      kept = url
    }
    if (name === 'style' && typeof kept === 'string' && !safeStyle(kept)) continue
    if (schema.clobber.includes(name)) {
      const prefix = (id: string | number) =>
        String(id).startsWith(schema.clobberPrefix) ? String(id) : schema.clobberPrefix + id
      if (Array.isArray(kept)) kept = kept.map(prefix)
      else if (typeof kept === 'string' && kept !== '') kept = prefix(kept)
    }
    result[property] = kept
  }
  // A task list checkbox must never become an input the reader can type into.
  if (tagName === 'input') {
    if (result.type !== 'checkbox') return {}
    result.disabled = true
  }
  return result
}

function ruleName(rule: AllowedAttribute): string {
  return typeof rule === 'string' ? rule : rule[0]
}

function keepValue(value: Properties[string], rules: AllowedAttribute[]): Properties[string] {
  if (rules.some((rule) => typeof rule === 'string')) return value
  const matches = (item: string | number) =>
    rules.some((rule) =>
      (rule as [string, ...Array<string | RegExp>])
        .slice(1)
        .some((allowed) =>
          typeof allowed === 'string' ? allowed === String(item) : allowed.test(String(item)),
        ),
    )
  if (Array.isArray(value)) {
    const kept = value.filter(matches)
    return kept.length > 0 ? kept : undefined
  }
  if (typeof value === 'string' || typeof value === 'number') {
    return matches(value) ? value : undefined
  }
  return undefined
}

/** Inline styles are only kept when the schema allows `style`; even then, nothing that loads or runs. */
function safeStyle(style: string): boolean {
  const flat = style.replace(/\/\*[\s\S]*?\*\/|\\/g, '').toLowerCase()
  return !/expression\s*\(|url\s*\(|image-set|@import|javascript:|behavior\s*:|-moz-binding/.test(
    flat,
  )
}

const scriptSchemes = new Set(['javascript', 'vbscript', 'data'])

function componentProperties(properties: Properties): Properties {
  const result: Properties = {}
  for (const [name, value] of Object.entries(properties)) {
    const lower = name.toLowerCase()
    if (lower.startsWith('on') || lower === 'srcdoc' || lower === 'is') continue
    if (typeof value === 'string' && scriptSchemes.has(schemeOf(value) ?? '')) continue
    result[name] = value
  }
  return result
}
