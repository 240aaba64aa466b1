// Types of markdown-syntax.js (the oracle runs on plain Node, so it is JavaScript), for the tests.
export interface Finding {
  reason: string
  text: string
  line: number
}

export function markdownSyntax(source: string): {
  findings: Finding[]
  topLevelProse: boolean
  blockProse: boolean
}
