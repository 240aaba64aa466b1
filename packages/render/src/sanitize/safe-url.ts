/** Characters browsers strip from URLs before reading the scheme (`java\tscript:` runs). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const ignored = /[\u0000-\u0020\u007f-\u009f]/g

/**
 * The URL if its scheme is allowed, else `undefined`. Relative URLs pass. `javascript:` and
 * `vbscript:` never pass; `data:` only for images in `src`, with a raster image type.
 */
export function safeUrl(
  url: string,
  attribute: string,
  tagName: string,
  protocols: string[],
): string | undefined {
  if (attribute === 'srcset' || attribute === 'ping') return undefined
  const flat = url.replace(ignored, '')
  const colon = flat.indexOf(':')
  // No scheme: a scheme ends at the first `:` before any `/`, `?` or `#`.
  if (colon === -1 || /[/?#]/.test(flat.slice(0, colon))) return url
  const scheme = flat.slice(0, colon).toLowerCase()
  if (scheme === 'javascript' || scheme === 'vbscript') return undefined
  if (scheme === 'data') {
    const imageData = /^data:image\/(?:png|gif|jpe?g|webp|avif|bmp|x-icon);/i
    return attribute === 'src' && tagName === 'img' && imageData.test(flat) ? url : undefined
  }
  return protocols.includes(scheme) ? url : undefined
}
