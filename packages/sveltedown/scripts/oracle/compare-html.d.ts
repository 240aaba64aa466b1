// Types of compare-html.js (the oracle runs on plain Node, so it is JavaScript), for the tests.
import type { Root } from 'hast'

export function normalizeTree(html: string): Root['children'][number]
export function normalizeHtml(html: string): string
export function compareRenders(
  svelte: { head: string; body: string },
  svx: { head: string; body: string },
): { identical: boolean; cause?: string; detail?: string }
