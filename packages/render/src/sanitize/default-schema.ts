/**
 * An allowed attribute: its name, or its name and the values it may take (each a string or a
 * RegExp; for `class`, every class must match one).
 */
export type AllowedAttribute = string | [name: string, ...values: Array<string | RegExp>]

export interface SanitizeSchema {
  /** Elements kept. Others are unwrapped: their content stays, the tag goes. */
  tagNames: string[]
  /** Elements removed together with everything inside them. */
  strip: string[]
  /** Allowed attributes per element name, and for all elements under `'*'`. HTML attribute names. */
  attributes: Record<string, AllowedAttribute[]>
  /** Allowed URL schemes per URL attribute. Relative URLs are always allowed. */
  protocols: Record<string, string[]>
  /**
   * Attributes whose values name elements: prefixed with `clobberPrefix` so that `id="location"`
   * cannot shadow a global (DOM clobbering). `aria-describedby` follows so references still match.
   */
  clobber: string[]
  clobberPrefix: string
  /** Keep HTML comments. */
  allowComments: boolean
}

/**
 * GitHub's allow-list, slightly narrowed: no `style`, no forms, no embedded content, and only the
 * classes and data attributes that GFM's own output uses (task lists, footnotes, code languages).
 */
export const defaultSchema: SanitizeSchema = {
  tagNames: [
    'a',
    'abbr',
    'b',
    'bdi',
    'bdo',
    'blockquote',
    'br',
    'caption',
    'cite',
    'code',
    'col',
    'colgroup',
    'dd',
    'del',
    'details',
    'dfn',
    'div',
    'dl',
    'dt',
    'em',
    'figcaption',
    'figure',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'hr',
    'i',
    'img',
    'input',
    'ins',
    'kbd',
    'li',
    'mark',
    'ol',
    'p',
    'picture',
    'pre',
    'q',
    'rp',
    'rt',
    'ruby',
    's',
    'samp',
    'section',
    'small',
    'span',
    'strike',
    'strong',
    'sub',
    'summary',
    'sup',
    'table',
    'tbody',
    'td',
    'tfoot',
    'th',
    'thead',
    'time',
    'tr',
    'tt',
    'u',
    'ul',
    'var',
    'wbr',
  ],
  strip: [
    'script',
    'style',
    'iframe',
    'frame',
    'frameset',
    'object',
    'embed',
    'applet',
    'noscript',
    'noembed',
    'noframes',
    'template',
    'textarea',
    'select',
    'option',
    'button',
    'title',
    'xmp',
    'plaintext',
    'svg',
    'math',
    'base',
    'link',
    'meta',
  ],
  attributes: {
    '*': ['title', 'lang', 'dir', 'align', 'id', 'aria-hidden', 'aria-label'],
    a: ['href', 'name', 'data-footnote-ref', 'data-footnote-backref', 'aria-describedby'],
    blockquote: ['cite'],
    code: [['class', /^language-[\w+#.-]+$/]],
    del: ['cite'],
    ins: ['cite'],
    img: ['src', 'alt', 'width', 'height'],
    input: [['type', 'checkbox'], 'checked', 'disabled'],
    li: ['value', ['class', 'task-list-item']],
    ol: ['start', 'reversed', ['class', 'contains-task-list']],
    ul: [['class', 'contains-task-list']],
    q: ['cite'],
    section: ['data-footnotes', ['class', 'footnotes']],
    h2: [['class', 'sr-only']],
    td: ['colspan', 'rowspan'],
    th: ['colspan', 'rowspan', 'scope'],
    details: ['open'],
    time: ['datetime'],
  },
  protocols: {
    href: ['http', 'https', 'mailto', 'tel', 'xmpp', 'irc', 'ircs'],
    cite: ['http', 'https'],
    src: ['http', 'https'],
  },
  clobber: ['id', 'name', 'aria-describedby'],
  clobberPrefix: 'user-content-',
  allowComments: false,
}
