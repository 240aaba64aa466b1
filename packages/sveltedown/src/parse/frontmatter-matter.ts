import type { Matter } from 'micromark-extension-frontmatter'
import type { FrontmatterOptions } from '../options.js'

/** The frontmatter fence for the configured type: `---` for YAML, `+++` for TOML. */
export function frontmatterMatter(options: FrontmatterOptions | undefined): Matter {
  const type = options?.type ?? 'yaml'
  const marker = options?.marker ?? (type === 'toml' ? '+' : '-')
  return { type, marker }
}
