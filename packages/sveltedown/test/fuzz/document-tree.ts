/**
 * The shape of a generated document, before it is written out as text. Generating a tree and
 * printing it (`print-document.ts`) keeps every construct closed in its own container, and lets
 * fast-check shrink a failing document by dropping whole constructs. Marker words (`mkw12`) are
 * not in the tree: the printer numbers them, one in every text, code span, fence and `{@html}`.
 */

export type Inline =
  | { t: 'text'; words: string[] }
  | { t: 'emphasis'; kind: 'em' | 'strong' | 'del'; underscore: boolean; children: Inline[] }
  | { t: 'code'; text: string }
  | { t: 'link'; kind: 'inline' | 'titled' | 'reference'; children: Inline[] }
  | { t: 'image'; reference: boolean }
  | { t: 'autolink'; angle: boolean }
  | { t: 'expression'; expression: string }
  | { t: 'element'; name: string; attributes: string[]; children: Inline[] }
  | { t: 'void'; html: string }
  | { t: 'if'; condition: string; children: Inline[]; otherwise: Inline[] | null }
  | { t: 'entity'; text: string }
  | { t: 'escape'; text: string }
  | { t: 'footnote' }

/** A line of a paragraph, and how it ends (soft break, two spaces or a backslash: hard break). */
export interface Line {
  content: Inline[]
  end: 'soft' | 'spaces' | 'backslash'
}

export type Block =
  | { t: 'paragraph'; lines: Line[] }
  | { t: 'atx'; level: number; content: Inline[]; closed: boolean }
  | { t: 'setext'; level: 1 | 2; content: Inline[] }
  | { t: 'fence'; tildes: boolean; lang: string; body: string[] }
  | { t: 'list'; ordered: boolean; task: boolean; items: Block[][] }
  | { t: 'quote'; children: Block[] }
  | { t: 'table'; header: Inline[][]; rows: Inline[][][]; align: string[] }
  | { t: 'break'; text: string }
  /** A flow element or component: opening and closing tags on their own lines. */
  | {
      t: 'element'
      name: string
      attributes: string[]
      multiline: boolean
      indent: boolean
      children: Block[]
    }
  /** Elements whose children are lines of their own (`<li>`, `<tr>`, `<summary>`, `<figcaption>`). */
  | {
      t: 'structure'
      kind: 'ul' | 'table' | 'details' | 'figure'
      items: Inline[][]
      body: Block[]
    }
  | { t: 'p-element'; content: Inline[] }
  | {
      t: 'if'
      condition: string
      indent: boolean
      body: Block[]
      elseIfs: Block[][]
      otherwise: Block[] | null
    }
  | {
      t: 'each'
      indent: boolean
      index: boolean
      key: boolean
      constTag: boolean
      body: Block[]
      otherwise: Block[] | null
    }
  | {
      t: 'await'
      indent: boolean
      pending: Block[]
      resolved: Block[] | null
      caught: Block[] | null
    }
  | { t: 'key'; indent: boolean; body: Block[] }
  | { t: 'snippet'; indent: boolean; body: Block[] }
  | { t: 'html' }
  | { t: 'expression'; expression: string }

export interface DocumentTree {
  /** One indentation unit for the whole document, as an author would use. */
  indent: '\t' | '  ' | '    '
  frontmatter: boolean
  /** The instance script that declares every name the markup uses; `none` for bare markup. */
  script: 'js' | 'ts' | 'none'
  moduleScript: boolean
  style: boolean
  /** Where the instance script goes: before or after the markup. */
  scriptLast: boolean
  /** Footnote and link definitions right after the block that uses them, or at the end. */
  definitionsInPlace: boolean
  blocks: Block[]
  /** Blank lines between sibling blocks: one flag per gap, cycled. */
  gaps: boolean[]
}
