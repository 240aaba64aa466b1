/**
 * Split text into `count` chunks of about equal size, like tokens arriving from a model: how the
 * streaming tests and the streaming benchmark feed a growing document.
 */
export function chunk(text: string, count: number): string[] {
  const chunks: string[] = []
  for (let index = 0; index < count; index++) {
    chunks.push(
      text.slice(
        Math.round((index * text.length) / count),
        Math.round(((index + 1) * text.length) / count),
      ),
    )
  }
  return chunks.filter((piece) => piece !== '')
}
