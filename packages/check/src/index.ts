export { baseTsconfig, type CheckOptions, check } from './check.js'
export type { CheckDiagnostic, CheckResult } from './check-diagnostic.js'
export { type CompileDocument, type CompiledShadow, compileShadow } from './compile-shadow.js'
export { formatResult, type OutputFormat } from './format-result.js'
export { loadProject, type Project } from './load-project.js'
export { main } from './main.js'
export { mapRange } from './map-diagnostic.js'
export { shadowFolder, shadowPaths } from './shadow-paths.js'
export {
  type LspPosition,
  type MappedShadow,
  toDocument,
  toDocumentRange,
  toShadow,
} from './shadow-position.js'
export { writeShadowFiles } from './write-shadow.js'
export { writeTsconfig } from './write-tsconfig.js'
