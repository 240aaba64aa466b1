import type { Point } from 'micromark-util-types'
import type { Point as UnistPoint } from 'unist'

/** A micromark point without its buffer fields, for a node's or an error's position. */
export function unistPoint(point: Point): UnistPoint {
  return { line: point.line, column: point.column, offset: point.offset }
}
