/** A chat answer that uses every test component, inline and as blocks. */
export const componentDocument = [
  'Sales grew, as the chart shows:',
  '',
  '<Chart data="[3,1,4]" title="Sales" />',
  '',
  'See the report <Citation id="7">page **7**</Citation>, or <Citation id="8">the appendix</Citation>.',
  '',
  '<Callout type="warning">',
  '',
  'Markdown *inside* a component.',
  '',
  '</Callout>',
  '',
  'Done.',
  '',
].join('\n')

/** Every component a render shows, as the HTML it rendered. */
export function shownComponents(html: string): string[] {
  return html.match(/<(figure|sup|aside) class="(?:chart|citation|callout)"[\s\S]*?<\/\1>/g) ?? []
}
