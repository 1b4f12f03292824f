/**
 * The blocks of a long input, gathered section by section in flat arrays
 * and made into `Block` objects once, at the end.
 *
 * A digest has a block for every line of its input: 10 MB of one-character
 * lines make five million. Kept as objects while the sections are read (64
 * bytes each, with the array's slot), they would be most of the heap that
 * every garbage collection walks again; in typed arrays they take 13 bytes.
 */
import type {Block, BlockRole} from '../types.js'

/** A number for every role (a role added to `BlockRole` and not here does not compile). */
const roleNumbers: Record<BlockRole, number> = {headline: 0, dek: 1, byline: 2, body: 3, signoff: 4, boilerplate: 5}
const roles = Object.keys(roleNumbers) as BlockRole[]

export class BlockList {
  private starts = new Int32Array(1024)
  private ends = new Int32Array(1024)
  private roleIds = new Uint8Array(1024)
  /** Rule of each block, as a number into `ruleNames` (0: none). */
  private ruleIds = new Uint32Array(1024)
  private readonly ruleNames: Array<string | null> = [null]
  private readonly ruleNumbers = new Map<string, number>()
  private size = 0

  /** Add `blocks`, in order, after those added before. */
  append(blocks: readonly Block[]): void {
    this.reserve(this.size + blocks.length)
    for (const block of blocks) {
      const at = this.size++
      this.starts[at] = block.start
      this.ends[at] = block.end
      this.roleIds[at] = roleNumbers[block.role]
      this.ruleIds[at] = this.ruleNumber(block.rule)
    }
  }

  /** The blocks added, as objects. */
  toArray(): Block[] {
    const blocks: Block[] = new Array(this.size)
    for (let at = 0; at < this.size; at++) {
      blocks[at] = {role: roles[this.roleIds[at]!]!, rule: this.ruleNames[this.ruleIds[at]!]!, start: this.starts[at]!, end: this.ends[at]!}
    }

    return blocks
  }

  private ruleNumber(rule: string | null): number {
    if (rule === null) return 0
    let number = this.ruleNumbers.get(rule)
    if (number === undefined) {
      number = this.ruleNames.length
      this.ruleNames.push(rule)
      this.ruleNumbers.set(rule, number)
    }

    return number
  }

  /** Make room for `count` blocks, doubling. */
  private reserve(count: number): void {
    if (count <= this.starts.length) return
    let length = this.starts.length
    while (length < count) length *= 2
    this.starts = grown(this.starts, new Int32Array(length))
    this.ends = grown(this.ends, new Int32Array(length))
    this.roleIds = grown(this.roleIds, new Uint8Array(length))
    this.ruleIds = grown(this.ruleIds, new Uint32Array(length))
  }
}

function grown<T extends Int32Array | Uint8Array | Uint32Array>(old: T, next: T): T {
  next.set(old)
  return next
}
