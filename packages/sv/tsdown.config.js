import { defineConfig } from 'tsdown'

// One bundle with everything but `sv` (the peer dependency): community add-ons must have no
// `dependencies`, so `@sveltejs/sv-utils` is bundled, as in sv's own add-on template.
export default defineConfig({
  entry: ['src/index.ts'],
  format: 'esm',
  platform: 'node',
  target: 'node20',
  dts: false,
  deps: {
    neverBundle: ['sv'],
    onlyBundle: ['@sveltejs/sv-utils'],
  },
})
