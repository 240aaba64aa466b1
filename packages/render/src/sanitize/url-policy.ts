/** Characters browsers strip from URLs before reading the scheme (`java\tscript:` runs). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const ignored = /[\u0000-\u0020\u007f-\u009f]/g

/** Raster image types a `data:` image may have: never SVG, which can carry script. */
const dataImage = /^data:image\/(?:png|gif|jpe?g|webp|avif|bmp|x-icon)[;,]/i

/** Stands in for the page's origin when no `defaultOrigin` is given, to tell where a URL leads. */
const placeholder = new URL('https://placeholder.invalid')

/** What a link or image URL must satisfy: the link and image options, resolved once. */
export interface UrlPolicy {
  /** Schemes links may use, without `:`; `'*'` allows any (but `javascript:`, `vbscript:`). */
  linkProtocols: string[]
  imageProtocols: string[]
  /** Absolute URL prefixes; `undefined` allows any URL that passes the scheme check. */
  linkPrefixes: URL[] | undefined
  imagePrefixes: URL[] | undefined
  /** Relative URLs are resolved against this origin. */
  origin: URL | undefined
  /** `data:` images of a raster type. */
  dataImages: boolean
  /** `target` of external links. */
  target: string | undefined
}

export interface UrlPolicyOptions {
  allowedLinkPrefixes?: string[] | undefined
  allowedImagePrefixes?: string[] | undefined
  defaultOrigin?: string | undefined
  allowedProtocols?: string[] | undefined
  allowDataImages?: boolean | undefined
  linkTarget?: string | undefined
}

export function createUrlPolicy(
  options: UrlPolicyOptions,
  defaults: { link: string[]; image: string[] },
): UrlPolicy {
  const origin = options.defaultOrigin ? new URL(options.defaultOrigin) : undefined
  const prefixes = (list: string[] | undefined) =>
    list === undefined || list.includes('*')
      ? undefined
      : list.flatMap((prefix) => {
          // A prefix that is not a URL (or relative without an origin) allows nothing.
          const url = parseUrl(prefix, origin)
          return url ? [url] : []
        })
  return {
    linkProtocols: lower(options.allowedProtocols ?? defaults.link),
    imageProtocols: lower(options.allowedProtocols ?? defaults.image),
    linkPrefixes: prefixes(options.allowedLinkPrefixes),
    imagePrefixes: prefixes(options.allowedImagePrefixes),
    origin,
    dataImages: options.allowDataImages ?? false,
    target: options.linkTarget,
  }
}

/** The scheme of a URL as a browser reads it (lowercase, no `:`), or `undefined` if relative. */
export function schemeOf(url: string): string | undefined {
  const flat = url.replace(ignored, '')
  const colon = flat.indexOf(':')
  // A scheme ends at the first `:` before any `/`, `?` or `#`, and is ASCII letters, digits, `+-.`.
  if (colon === -1 || /[/?#]/.test(flat.slice(0, colon))) return undefined
  const scheme = flat.slice(0, colon)
  return /^[a-z][a-z\d+.-]*$/i.test(scheme) ? scheme.toLowerCase() : undefined
}

/**
 * The URL to write for a link (`href`) or an image (`src`), or `undefined` when it is blocked.
 * The check reads the URL the way the browser will: the WHATWG URL parser resolves it against the
 * origin, so `//evil.com`, `/\evil.com`, `https://example.com@evil.com` and Unicode host names are
 * compared by where they really lead, not by their spelling. `#fragment` links stay in the page.
 */
export function checkUrl(
  url: string,
  kind: 'link' | 'image',
  policy: UrlPolicy,
): string | undefined {
  const scheme = schemeOf(url)
  if (scheme === 'javascript' || scheme === 'vbscript') return undefined
  if (scheme === 'data') {
    return kind === 'image' && policy.dataImages && dataImage.test(url.replace(ignored, ''))
      ? url
      : undefined
  }
  const protocols = kind === 'link' ? policy.linkProtocols : policy.imageProtocols
  if (scheme !== undefined && !protocols.includes('*') && !protocols.includes(scheme)) {
    return undefined
  }
  if (scheme === undefined && url.trim().startsWith('#')) return url
  const prefixes = kind === 'link' ? policy.linkPrefixes : policy.imagePrefixes
  if (prefixes === undefined) {
    if (scheme !== undefined || !policy.origin) return url
    return parseUrl(url, policy.origin)?.href
  }
  // Relative URLs without an origin could lead anywhere the page is served from: blocked.
  if (scheme === undefined && !policy.origin) return undefined
  const resolved = parseUrl(url, policy.origin)
  if (!resolved) return undefined
  return prefixes.some((prefix) => matches(resolved, prefix)) ? resolved.href : undefined
}

/** Whether a link leaves the site: an absolute URL (after resolving) on another origin. */
export function isExternal(url: string, policy: UrlPolicy): boolean {
  if (url.trim().startsWith('#')) return false
  const base = policy.origin ?? placeholder
  const resolved = parseUrl(url, base)
  if (!resolved) return false
  if (resolved.protocol !== 'http:' && resolved.protocol !== 'https:') return false
  return resolved.origin !== base.origin
}

function matches(url: URL, prefix: URL): boolean {
  // Hierarchical URLs compare by origin, then path: a spelling trick cannot change the origin.
  if (prefix.origin !== 'null') {
    return url.origin === prefix.origin && url.pathname.startsWith(prefix.pathname)
  }
  return url.href.startsWith(prefix.href)
}

function lower(list: string[]): string[] {
  return list.map((scheme) => scheme.toLowerCase().replace(/:$/, ''))
}

/** `URL.parse`, which older Safari lacks. */
function parseUrl(url: string, base?: URL): URL | undefined {
  try {
    return new URL(url, base)
  } catch {
    return undefined
  }
}
