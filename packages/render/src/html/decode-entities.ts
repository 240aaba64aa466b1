import { decodeNamedCharacterReference } from 'decode-named-character-reference'

const reference = /&(?:#[xX]([0-9a-fA-F]{1,8});?|#([0-9]{1,8});?|([A-Za-z][A-Za-z0-9]{1,31});)/g

/**
 * Decode character references in raw HTML text or attribute values. Named references need their
 * `;` (the legacy forms without it are rare in Markdown and ambiguous in attributes). Decoding
 * before the URL check is what makes `jav&#x09;ascript:` visible as `javascript:`.
 */
export function decodeEntities(value: string): string {
  if (!value.includes('&')) return value
  return value.replace(reference, (all, hex: string, dec: string, name: string) => {
    if (name) {
      const decoded = decodeNamedCharacterReference(name)
      return decoded === false ? all : decoded
    }
    const code = hex ? Number.parseInt(hex, 16) : Number.parseInt(dec, 10)
    // The HTML standard maps NUL, surrogates and out-of-range values to U+FFFD.
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD'
    return String.fromCodePoint(code)
  })
}
