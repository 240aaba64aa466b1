import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root. */
export const root = path.resolve(fileURLToPath(import.meta.url), '../../../../..')
/** Test data shared by the project (conformance, corpus), beside the repository. */
export const shared = path.resolve(root, '../shared')
export const fixtures = path.join(root, 'fixtures')
