// Writes docs/reference/errors.md from the diagnostics catalogue (run after `pnpm build`).
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { renderErrorsDoc } from '../dist/diagnostics/render-errors-doc.js'

const target = path.resolve(fileURLToPath(import.meta.url), '../../../../docs/reference/errors.md')
fs.mkdirSync(path.dirname(target), { recursive: true })
fs.writeFileSync(target, renderErrorsDoc())
console.log(`wrote ${path.relative(process.cwd(), target)}`)
