/**
 * The one place where sveltedown's node types are declared and where mdast, hast, micromark and
 * the mdast utilities are augmented. Plugin authors import these types from `sveltedown`.
 */
import type { ElementContent, Data as HastData, Parent as HastParent } from 'hast'
import type {
  BlockContent,
  DefinitionContent,
  Data as MdastData,
  Literal as MdastLiteral,
  Parent as MdastParent,
  PhrasingContent,
} from 'mdast'
import type { Point, Position } from 'unist'
import type { Recording } from './serialize/create-writer.js'

/** One attribute of a tag, exactly as written. */
export interface SvelteAttribute {
  /** Attribute name (`class`, `bind:value`, `on:click|once`); `null` for `{...spread}`, `{x}`, `{@attach f}`. */
  name: string | null
  /**
   * Static value, entity-decoded: a string for `a="b"`, `true` for a bare `a`.
   * `null` when the attribute is dynamic (an expression, directive, spread or shorthand).
   */
  value: string | true | null
  /** Exact source text of the whole attribute. */
  source: string
  /** Where the attribute was written. */
  position?: Position | undefined
  /**
   * An attribute made from pieces written in different places (a link's `href` with an
   * expression): `source` in pieces, each mapped from its `start`, character by character when
   * `exact` (an expression copied as written).
   */
  parts?: Array<{ text: string; start?: Point | undefined; exact?: boolean }> | undefined
}

/** Which part of a block a branch opens: `{#if}`, `{:else if}`, `{:else}`, `{:then}`, `{:catch}`. */
export interface SvelteBlockBranchFields {
  /** The tag opening this branch exactly as written, without its braces: `#if a`, `:else`. */
  tag: string
  /** Position of the opening tag (braces included). */
  tagPosition?: Position | undefined
}

/** Names of the blocks Svelte knows. */
export type SvelteBlockName = 'if' | 'each' | 'await' | 'key' | 'snippet'

/** Fields shared by block nodes. */
export interface SvelteBlockFields {
  name: SvelteBlockName
  /** The closing tag exactly as written, without braces (`/if`). */
  closing: string
  closingPosition?: Position | undefined
}

/** Kinds of brace tags in markup. */
export type SvelteExpressionKind = 'expression' | 'html' | 'render' | 'const' | 'debug'

// ---------------------------------------------------------------------------------------------
// mdast

/** A Svelte element or component with Markdown flow content: tags on their own lines. */
export interface SvelteElement extends MdastParent {
  type: 'svelteElement'
  name: string
  attributes: SvelteAttribute[]
  selfClosing: boolean
  children: Array<BlockContent | DefinitionContent | PhrasingContent | SvelteFlowContent>
  data?: SvelteElementData | undefined
}

/** A Svelte element or component inside a paragraph (its content is phrasing). */
export interface SvelteTextElement extends MdastParent {
  type: 'svelteTextElement'
  name: string
  attributes: SvelteAttribute[]
  selfClosing: boolean
  children: PhrasingContent[]
  data?: SvelteElementData | undefined
}

export interface SvelteElementData extends MdastData {
  /** Position of the opening tag alone. */
  openingPosition?: Position | undefined
  /** Position of the closing tag, when written. */
  closingPosition?: Position | undefined
}

/** A block (`{#if}` … `{/if}`) with flow content. Its children are its branches. */
export interface SvelteBlock extends MdastParent, SvelteBlockFields {
  type: 'svelteBlock'
  children: SvelteBlockBranch[]
}

/** A block inside a paragraph. */
export interface SvelteTextBlock extends MdastParent, SvelteBlockFields {
  type: 'svelteTextBlock'
  children: SvelteTextBlockBranch[]
}

export interface SvelteBlockBranch extends MdastParent, SvelteBlockBranchFields {
  type: 'svelteBlockBranch'
  children: Array<BlockContent | DefinitionContent | PhrasingContent | SvelteFlowContent>
}

export interface SvelteTextBlockBranch extends MdastParent, SvelteBlockBranchFields {
  type: 'svelteTextBlockBranch'
  children: PhrasingContent[]
}

/** `{expr}`, `{@html x}`, `{@render s()}`, `{@const a = b}`, `{@debug a}` alone on a line. */
export interface SvelteExpression extends MdastLiteral {
  type: 'svelteExpression'
  /** Everything between the braces, exactly as written. */
  value: string
  kind: SvelteExpressionKind
}

/** The same inside a paragraph. */
export interface SvelteTextExpression extends MdastLiteral {
  type: 'svelteTextExpression'
  value: string
  kind: SvelteExpressionKind
}

/** `<script>`, `<script module>`, `<script context="module">`: contents raw. */
export interface SvelteScript extends MdastLiteral {
  type: 'svelteScript'
  /** The contents between the tags, untouched. */
  value: string
  attributes: SvelteAttribute[]
  /** `module` for `<script module>` and `<script context="module">`. */
  context: 'instance' | 'module'
  /** Where `value` starts in the source. */
  valueStart?: Point | undefined
}

/** `<style>`: contents raw. */
export interface SvelteStyle extends MdastLiteral {
  type: 'svelteStyle'
  value: string
  attributes: SvelteAttribute[]
  valueStart?: Point | undefined
}

/** Flow content that sveltedown adds to mdast. */
export type SvelteFlowContent =
  | SvelteElement
  | SvelteBlock
  | SvelteExpression
  | SvelteScript
  | SvelteStyle
  | SvelteTextElement
  | SvelteTextBlock
  | SvelteTextExpression

/** Phrasing content that sveltedown adds to mdast. */
export type SveltePhrasingContent = SvelteTextElement | SvelteTextBlock | SvelteTextExpression

declare module 'mdast' {
  interface RootContentMap {
    svelteElement: SvelteElement
    svelteTextElement: SvelteTextElement
    svelteBlock: SvelteBlock
    svelteTextBlock: SvelteTextBlock
    svelteBlockBranch: SvelteBlockBranch
    svelteTextBlockBranch: SvelteTextBlockBranch
    svelteExpression: SvelteExpression
    svelteTextExpression: SvelteTextExpression
    svelteScript: SvelteScript
    svelteStyle: SvelteStyle
  }
  interface BlockContentMap {
    svelteElement: SvelteElement
    svelteBlock: SvelteBlock
    svelteExpression: SvelteExpression
    svelteScript: SvelteScript
    svelteStyle: SvelteStyle
  }
  interface PhrasingContentMap {
    svelteTextElement: SvelteTextElement
    svelteTextBlock: SvelteTextBlock
    svelteTextExpression: SvelteTextExpression
  }
  interface TextData {
    /** Inside `<pre>` or `<textarea>` written in the document: kept exactly as written. */
    svelteVerbatim?: boolean | undefined
  }
  interface ParagraphData {
    /**
     * Not a paragraph the author meant (an element read inline on lines of its own, or the text
     * after a closing tag that ended a paragraph): removed when parsing ends, its children kept.
     */
    svelteUnwrap?: boolean | undefined
  }
}

// ---------------------------------------------------------------------------------------------
// hast

/** A component or `svelte:*` element; HTML elements written in a document are plain hast `element`s. */
export interface HastSvelteElement extends HastParent {
  type: 'svelteElement'
  name: string
  attributes: SvelteAttribute[]
  selfClosing: boolean
  children: ElementContent[]
  data?: HastData | undefined
}

export interface HastSvelteBlock extends HastParent, SvelteBlockFields {
  type: 'svelteBlock'
  children: HastSvelteBlockBranch[]
}

export interface HastSvelteBlockBranch extends HastParent, SvelteBlockBranchFields {
  type: 'svelteBlockBranch'
  children: ElementContent[]
}

export interface HastSvelteExpression {
  type: 'svelteExpression'
  value: string
  kind: SvelteExpressionKind
  position?: Position | undefined
  data?: HastData | undefined
}

export interface HastSvelteScript {
  type: 'svelteScript'
  value: string
  attributes: SvelteAttribute[]
  context: 'instance' | 'module'
  valueStart?: Point | undefined
  position?: Position | undefined
  data?: HastData | undefined
}

export interface HastSvelteStyle {
  type: 'svelteStyle'
  value: string
  attributes: SvelteAttribute[]
  valueStart?: Point | undefined
  position?: Position | undefined
  data?: HastData | undefined
}

declare module 'hast' {
  interface RootContentMap {
    svelteElement: HastSvelteElement
    svelteBlock: HastSvelteBlock
    svelteBlockBranch: HastSvelteBlockBranch
    svelteExpression: HastSvelteExpression
    svelteScript: HastSvelteScript
    svelteStyle: HastSvelteStyle
  }
  interface ElementContentMap {
    svelteElement: HastSvelteElement
    svelteBlock: HastSvelteBlock
    svelteBlockBranch: HastSvelteBlockBranch
    svelteExpression: HastSvelteExpression
    svelteScript: HastSvelteScript
    svelteStyle: HastSvelteStyle
  }
  interface Data {
    /** On a component that replaces an HTML element: the element's name (`pre`, `a`). */
    svelteReplaces?: string | undefined
  }
  interface ElementData {
    /**
     * Attributes of an HTML element written in the document that are not plain strings
     * (expressions, directives, spreads), in source order. `after` is how many of the element's
     * static properties were written before it, so order survives serialization.
     */
    svelteAttributes?: Array<SvelteAttribute & { after: number }> | undefined
    /** Where each static property was written as an attribute, for the sourcemap. */
    sveltePropertyPositions?: Record<string, Position | undefined> | undefined
    /** A subtree whose serialized markup may be reused (a highlighted code block). */
    svelteMemo?: SvelteMemo | undefined
  }
}

/**
 * Reusable markup of a subtree: `key` says what it depends on besides the line it starts on,
 * `store` keeps the recordings. Removed when anything changes the subtree. See
 * `serialize/to-svelte.ts`. While `fill` is set the element is still empty: calling it puts its
 * properties and children in place, which is only needed when its markup was not recorded yet
 * or a step replaces one of its `tagNames`.
 */
export interface SvelteMemo {
  key: string
  line: number
  store: Map<string, Recording>
  tagNames: string[]
  fill?: (() => void) | undefined
}

// ---------------------------------------------------------------------------------------------
// micromark

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    svelteFlow: 'svelteFlow'
    svelteFlowWhitespace: 'svelteFlowWhitespace'
    svelteFlowTag: 'svelteFlowTag'
    svelteTextTag: 'svelteTextTag'
    svelteFlowBrace: 'svelteFlowBrace'
    svelteTextBrace: 'svelteTextBrace'
    svelteFlowComment: 'svelteFlowComment'
    svelteUnterminatedTag: 'svelteUnterminatedTag'
    svelteTextComment: 'svelteTextComment'
    svelteCommentData: 'svelteCommentData'
    svelteBraceMarker: 'svelteBraceMarker'
    svelteBraceValue: 'svelteBraceValue'
    svelteTagMarker: 'svelteTagMarker'
    svelteTagClosingMarker: 'svelteTagClosingMarker'
    svelteTagSelfClosingMarker: 'svelteTagSelfClosingMarker'
    svelteTagComment: 'svelteTagComment'
    svelteTagCommentMarker: 'svelteTagCommentMarker'
    svelteTagCommentData: 'svelteTagCommentData'
    svelteTagName: 'svelteTagName'
    svelteTagAttribute: 'svelteTagAttribute'
    svelteTagAttributeName: 'svelteTagAttributeName'
    svelteTagAttributeInitializerMarker: 'svelteTagAttributeInitializerMarker'
    svelteTagAttributeValue: 'svelteTagAttributeValue'
    svelteTagAttributeValueMarker: 'svelteTagAttributeValueMarker'
    svelteTagAttributeValueData: 'svelteTagAttributeValueData'
    svelteTagAttributeValueExpression: 'svelteTagAttributeValueExpression'
    svelteTagAttributeExpression: 'svelteTagAttributeExpression'
    svelteRaw: 'svelteRaw'
    svelteInlineFlow: 'svelteInlineFlow'
    svelteTextBackslash: 'svelteTextBackslash'
    svelteTextLessThan: 'svelteTextLessThan'
    svelteRawOpening: 'svelteRawOpening'
    svelteRawValue: 'svelteRawValue'
    svelteRawData: 'svelteRawData'
    svelteRawClosing: 'svelteRawClosing'
  }
}

declare module 'mdast-util-from-markdown' {
  interface CompileData {
    /** Open tags and blocks, innermost last, so closing tags can be matched and reported. */
    svelteStack?: SvelteOpenConstruct[] | undefined
    /** The tag being built while its tokens are exited. */
    svelteTag?: SvelteTagInProgress | undefined
    /** Whitespace after an item on a flow line, kept only if another item follows. */
    svelteFlowWhitespace?: import('micromark-util-types').Token | undefined
    /** Contents of the raw `<script>`/`<style>` being compiled. */
    svelteRawValue?: string | undefined
    svelteRawValueStart?: Point | undefined
  }
}

/** A tag being assembled from its tokens. */
export interface SvelteTagInProgress {
  name: string
  closing: boolean
  selfClosing: boolean
  attributes: SvelteAttribute[]
  attributeName: string | null
  attributeValue: string | null
  attributeDynamic: boolean
}

/** An element or block that is open while its content is parsed. */
export interface SvelteOpenConstruct {
  kind: 'element' | 'block'
  name: string
  flow: boolean
  position: Position
}
