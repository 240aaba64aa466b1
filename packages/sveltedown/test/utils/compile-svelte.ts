import { compile as compileSvelte } from 'svelte/compiler'

export type Mode = 'runes' | 'legacy'

/**
 * Compile our output with the real Svelte compiler and return its warnings as `code: message`.
 * Throws Svelte's error when the output is not a valid component.
 */
export function compileSvelteWarnings(code: string, mode: Mode, filename = 'input.svelte') {
  const result = compileSvelte(code, {
    filename,
    runes: mode === 'runes',
    generate: 'server',
  })
  return result.warnings.map((warning) => `${warning.code}: ${warning.message}`)
}

/** Which modes a document can compile in: runes syntax needs runes, legacy syntax needs legacy. */
export function modesFor(source: string): Mode[] {
  if (/\$(state|props|derived|effect|bindable)\b/.test(source)) return ['runes']
  if (/export let |\$: |\bon:[a-z]|<slot|\$\$props/.test(source)) return ['legacy']
  return ['runes', 'legacy']
}
