/** Why a project cannot be set up automatically. Thrown before any file is written. */
export type SetupErrorCode =
  | 'config_unparsable'
  | 'config_not_found'
  | 'config_shape_unknown'
  | 'mdsvex_configured'

export class SetupError extends Error {
  override name = 'SetupError'
  readonly code: SetupErrorCode

  constructor(code: SetupErrorCode, message: string) {
    super(message)
    this.code = code
  }
}
