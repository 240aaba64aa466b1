import { pairAttention, pairStrikethrough } from './pair-spans.js'
import {
  attentionFamily,
  type SpanFamily,
  type SpanSequence,
  strikethroughFamily,
} from './span-sequence.js'

/**
 * Pair the runs of `*`/`_` (attention) and `~` (GFM strikethrough) exactly as micromark's
 * resolvers do, changing the run tokens as they change them and recording each span on its two
 * runs (`pair-spans.ts`); `buildSpanEvents` then lays out the events once.
 *
 * micromark walks back from every closer over all earlier events, and splices the events for
 * every span: quadratic. Here each pass keeps its open runs on a stack, and, beside it, one
 * stack per class of opener, a class being what decides whether an opener suits a closer (the
 * marker, whether the opener can also close, its length mod 3; for `~`, its length). The nearest
 * suitable opener is then the highest of at most six class tops: O(1) per search.
 *
 * What micromark does and this keeps, beyond CommonMark's "process emphasis":
 * - the rule of 3 compares the lengths left at the time of the search, not the original ones,
 *   so an opener that was refused may suit the same kind of closer after a span used part of
 *   it: there is no `openers_bottom` (a bound past which a closer kind stops looking), which
 *   would miss those; the class stacks give the same speed without it;
 * - each span's content is resolved again when the span is made (micromark's `insideSpan`:
 *   strikethrough, then attention, then merging data), with the runs it holds. A run whose
 *   length changed after it failed to close can then pair inside (`_a**b****c*d_ e` gives
 *   `<em>a<strong>b</strong>*<em>c</em>d</em>`); a `~~` left unresolved when attention runs
 *   first pairs only inside the span that holds it. Such a pass is run only when one of its
 *   closers could find something new (see `mayPair`); otherwise its runs just become data.
 *
 * Cost: a search is O(1); each run is met by the pass over the text, then by the passes inside
 * the spans that hold it, each of which either only turns it into data, or (rarely: a run must
 * have been shortened after it failed to close) pairs again. How deep those pairing passes can
 * nest is not bounded by a proof here; no generated or hand-made input has made them cost
 * more than a constant factor (see the tests and bench/pathological).
 */
export class SpanMatcher {
  private clock = 0
  /** Per family, union-find links to the next run still unresolved at or after an index. */
  private readonly next: [Int32Array, Int32Array]

  constructor(
    private readonly sequences: SpanSequence[],
    /** The families resolved again inside each span, in `insideSpan` order. */
    private readonly inside: SpanFamily[],
  ) {
    const count = sequences.length
    const links = (family: SpanFamily) => {
      const next = new Int32Array(count + 1)
      for (let index = 0; index <= count; index++) {
        next[index] = index < count && sequences[index]?.family !== family ? index + 1 : index
      }
      return next
    }
    this.next = [links(attentionFamily), links(strikethroughFamily)]
  }

  /** Resolve the runs of `family` between the runs `low` and `high` (both excluded). */
  pass(family: SpanFamily, low: number, high: number): void {
    if (this.mayPair(family, low, high)) {
      const stack = new OpenerStack(this.sequences)
      for (
        let index = this.find(family, low + 1);
        index < high;
        index = this.find(family, index + 1)
      ) {
        const sequence = this.sequences[index] as SpanSequence
        if (sequence.close) {
          if (family === attentionFamily) this.closeAttention(sequence, index, stack)
          else this.closeStrikethrough(sequence, index, stack)
        }
        if (sequence.open && sequence.length > 0 && this.find(family, index) === index) {
          stack.push(index)
        }
      }
    }
    // What is left is text (micromark: "remove remaining sequences").
    for (
      let index = this.find(family, low + 1);
      index < high;
      index = this.find(family, index + 1)
    ) {
      ;(this.sequences[index] as SpanSequence).token.type = 'data'
      this.remove(family, index)
    }
  }

  /**
   * Whether some closer in the range can pair. A closer that found nothing cannot find anything
   * later while it and every opener before it keep their lengths: a later pass over a span that
   * holds it sees a subset of those openers. Spans are resolved again for every pair, so this is
   * what keeps those passes from costing their content again and again.
   */
  private mayPair(family: SpanFamily, low: number, high: number): boolean {
    let newest = -1
    for (
      let index = this.find(family, low + 1);
      index < high;
      index = this.find(family, index + 1)
    ) {
      const sequence = this.sequences[index] as SpanSequence
      if (
        sequence.close &&
        (sequence.searched < 0 ||
          sequence.changed > sequence.searched ||
          newest > sequence.searched)
      ) {
        return true
      }
      if (sequence.open && sequence.changed > newest) newest = sequence.changed
    }
    return false
  }

  private closeAttention(closer: SpanSequence, index: number, stack: OpenerStack): void {
    while (closer.length > 0) {
      const at = stack.findAttentionOpener(closer)
      if (at < 0) {
        closer.searched = ++this.clock
        return
      }
      const openerIndex = stack.truncateAbove(at)
      const opener = this.sequences[openerIndex] as SpanSequence
      stack.leaveClass(at)
      pairAttention(opener, closer)
      opener.changed = closer.changed = ++this.clock
      this.resolveInside(openerIndex, index)
      if (opener.length > 0) stack.enterClass(at)
      else {
        stack.pop()
        this.remove(attentionFamily, openerIndex)
      }
    }
    this.remove(attentionFamily, index)
  }

  private closeStrikethrough(closer: SpanSequence, index: number, stack: OpenerStack): void {
    const at = stack.findStrikethroughOpener(closer)
    if (at < 0) {
      closer.searched = ++this.clock
      return
    }
    const openerIndex = stack.truncateAbove(at)
    stack.leaveClass(at)
    stack.pop()
    pairStrikethrough(this.sequences[openerIndex] as SpanSequence, closer)
    this.remove(strikethroughFamily, openerIndex)
    this.remove(strikethroughFamily, index)
    this.resolveInside(openerIndex, index)
  }

  /** micromark's `resolveAll(insideSpan, events.slice(open + 1, index))` for a new span. */
  private resolveInside(low: number, high: number): void {
    for (const family of this.inside) this.pass(family, low, high)
  }

  /** The first run of `family` at or after `index` that is still unresolved. */
  private find(family: SpanFamily, index: number): number {
    const next = this.next[family]
    let root = index
    while (next[root] !== root) root = next[root] as number
    while (next[index] !== root) {
      const following = next[index] as number
      next[index] = root
      index = following
    }
    return root
  }

  private remove(family: SpanFamily, index: number): void {
    this.next[family][index] = index + 1
  }
}

/**
 * The open runs of one pass, in order, and per opener class the positions (in `items`) of its
 * members. Every change happens at the top, so each class's positions stay sorted.
 */
class OpenerStack {
  private readonly items: number[] = []
  private readonly classes = new Map<number, number[]>()

  constructor(private readonly sequences: SpanSequence[]) {}

  push(index: number): void {
    this.items.push(index)
    this.enterClass(this.items.length - 1)
  }

  pop(): void {
    this.items.pop()
  }

  /** Drop the openers above position `at` (they are inside the new span); the run at `at`. */
  truncateAbove(at: number): number {
    for (let position = this.items.length - 1; position > at; position--) this.leaveClass(position)
    this.items.length = at + 1
    return this.items[at] as number
  }

  enterClass(position: number): void {
    const key = this.classOf(this.items[position] as number)
    let members = this.classes.get(key)
    if (!members) this.classes.set(key, (members = []))
    members.push(position)
  }

  leaveClass(position: number): void {
    this.classes.get(this.classOf(this.items[position] as number))?.pop()
  }

  /**
   * The nearest opener for an attention closer: same marker, and not refused by the rule of 3
   * (when either run can both open and close, lengths that sum to a multiple of 3 do not pair,
   * unless both are multiples of 3), with the lengths left now.
   */
  findAttentionOpener(closer: SpanSequence): number {
    const closerRest = closer.length % 3
    let best = -1
    for (let canClose = 0; canClose < 2; canClose++) {
      for (let rest = 0; rest < 3; rest++) {
        if ((canClose || closer.open) && closerRest !== 0 && (rest + closerRest) % 3 === 0) continue
        best = Math.max(best, this.top(attentionKey(closer.marker, canClose === 1, rest)))
      }
    }
    return best
  }

  /** The nearest strikethrough opener of the same length. */
  findStrikethroughOpener(closer: SpanSequence): number {
    return this.top(strikethroughKey(closer.length))
  }

  private top(key: number): number {
    const members = this.classes.get(key)
    return members && members.length > 0 ? (members[members.length - 1] as number) : -1
  }

  private classOf(index: number): number {
    const sequence = this.sequences[index] as SpanSequence
    return sequence.family === attentionFamily
      ? attentionKey(sequence.marker, sequence.close, sequence.length % 3)
      : strikethroughKey(sequence.length)
  }
}

function attentionKey(marker: number, canClose: boolean, rest: number): number {
  return marker * 8 + (canClose ? 4 : 0) + rest
}

function strikethroughKey(length: number): number {
  return -1 - length
}
