import { schemeOf } from './url-policy.js'

/**
 * The URL of an attribute other than a link's `href` or an image's `src` (those follow the
 * {@link UrlPolicy}) if its scheme is allowed, else `undefined`. Relative URLs pass.
 * `javascript:`, `vbscript:` and `data:` never pass, nor `srcset` and `ping` at all.
 */
export function safeUrl(url: string, attribute: string, protocols: string[]): string | undefined {
  if (attribute === 'srcset' || attribute === 'ping') return undefined
  const scheme = schemeOf(url)
  if (scheme === undefined) return url
  if (scheme === 'javascript' || scheme === 'vbscript' || scheme === 'data') return undefined
  return protocols.includes(scheme) ? url : undefined
}
