/** What the playground's URL holds, so a link shares the document and the options. */
export interface PlaygroundState {
  source: string
  highlight: boolean
  gfm: boolean
  smartypants: boolean
  frontmatter: boolean
}

/** The state as a URL hash: JSON, UTF-8, base64url. */
export function encodeState(state: PlaygroundState): string {
  const bytes = new TextEncoder().encode(JSON.stringify(state))
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/** The state in a hash, or `undefined` when there is none or it does not decode. */
export function decodeState(hash: string): PlaygroundState | undefined {
  const encoded = hash.replace(/^#/, '')
  if (!encoded) return undefined
  try {
    const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'))
    const bytes = Uint8Array.from(binary, (character) => character.charCodeAt(0))
    const value = JSON.parse(new TextDecoder().decode(bytes)) as Partial<PlaygroundState>
    if (typeof value.source !== 'string') return undefined
    return {
      source: value.source,
      highlight: value.highlight !== false,
      gfm: value.gfm !== false,
      smartypants: value.smartypants === true,
      frontmatter: value.frontmatter !== false,
    }
  } catch {
    return undefined
  }
}
