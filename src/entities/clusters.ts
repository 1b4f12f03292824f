/**
 * Coreference within one article: mentions of the same name are grouped, and
 * short forms join the full name they stand for (`Kim` → `Kim Jong Un`,
 * `Putin` → `Vladimir Putin`), so an entity is counted once, in full.
 */
import {FullNames} from '../nlcst/full-names.js'
import {titleCase} from '../title-case.js'
import {addEvidence, isTyped, kindOf, type Evidence, type Kind, type Mention} from './evidence.js'

const shoutedWord = /\p{Lu}{3}/u
const lowerLetter = /\p{Ll}/u

/** Mentions of one entity. */
export interface Cluster {
  /** Lower-case words, or `place:` and the canonical place name. */
  key: string
  words: string[]
  place: string | undefined
  mentions: Mention[]
  evidence: Evidence
  /** The cluster this one was merged into, if any. */
  parent: Cluster | undefined
}

/** Clusters of an article, by key, with the short-form index over them. */
export class ClusterBook {
  readonly clusters = new Map<string, Cluster>()
  readonly fullNames = new FullNames()

  /** File `mention` under its key. */
  add(mention: Mention): Cluster {
    const key = keyOf(mention.words, mention.place)
    let cluster = this.clusters.get(key)
    if (!cluster) {
      cluster = {key, words: mention.words, place: mention.place, mentions: [], evidence: {person: 0, place: 0, organization: 0}, parent: undefined}
      this.clusters.set(key, cluster)
    }

    cluster.mentions.push(mention)
    addEvidence(cluster.evidence, mention.evidence)
    return cluster
  }

  /**
   * Merge short forms into the longer names they start or end. Longer names
   * merge first, so `Jong Un` → `Kim Jong Un` holds before `Un` is looked at.
   */
  mergeShortForms(): void {
    const ordered = [...this.clusters.values()].sort((a, b) => b.words.length - a.words.length)
    for (const cluster of ordered) {
      if (cluster.place === undefined && cluster.words.length > 1) this.fullNames.add(cluster.key, cluster.words)
    }

    for (const cluster of ordered) {
      const target = this.#longerForm(cluster)
      if (target) cluster.parent = target
    }

    for (const cluster of ordered) {
      const root = rootOf(cluster)
      if (root === cluster) continue
      root.mentions.push(...cluster.mentions)
      addEvidence(root.evidence, cluster.evidence)
    }
  }

  /**
   * Type acronyms as the one name in full whose initials they spell (`NFF`
   * as `National Farmers Federation`, `ECB` as `European Central Bank`),
   * small words aside (`of`, `and`, `the`): the acronym takes the evidence
   * of its expansion. Both stay names of their own, as the article writes
   * both.
   */
  typeAcronyms(): void {
    const byInitials = new Map<string, Cluster[]>()
    for (const cluster of this.roots()) {
      if (cluster.place !== undefined || cluster.words.length < 2) continue
      const initials = initialsOf(cluster.words)
      if (initials.length < 2) continue
      const list = byInitials.get(initials)
      if (list) list.push(cluster)
      else byInitials.set(initials, [cluster])
    }

    if (byInitials.size === 0) return
    for (const cluster of this.roots()) {
      const word = cluster.words[0]!
      if (cluster.words.length !== 1 || !acronym.test(word)) continue
      const targets = byInitials.get(word)
      if (targets?.length !== 1) continue
      addEvidence(cluster.evidence, targets[0]!.evidence)
    }
  }

  /**
   * The cluster `words` belongs to: its own, or the one person whose full
   * name it is a short form of (`KIM` in a headline).
   */
  find(words: readonly string[], place: string | undefined): Cluster | undefined {
    const own = this.clusters.get(keyOf(words, place))
    if (own) return rootOf(own)
    if (place !== undefined) return undefined
    const longer = this.fullNames.longerForms(words)
    if (longer.length !== 1) return undefined
    const root = rootOf(this.clusters.get(longer[0]!)!)
    return kindOf(root.evidence) === 'person' ? root : undefined
  }

  /** Clusters that were not merged into another. */
  roots(): Cluster[] {
    return [...this.clusters.values()].filter((cluster) => cluster.parent === undefined)
  }

  #longerForm(cluster: Cluster): Cluster | undefined {
    let best: Cluster | undefined
    // A place stands for a person only as a surname (`Jordan` of `Michael Jordan`, not `China` of `China Daily`).
    for (const key of this.fullNames.longerForms(cluster.words, cluster.place !== undefined)) {
      if (key === cluster.key) continue
      const candidate = rootOf(this.clusters.get(key)!)
      if (candidate === cluster || !compatible(cluster, kindOf(candidate.evidence))) continue
      if (!best || candidate.mentions.length > best.mentions.length) best = candidate
    }

    return best
  }
}

const acronym = /^\p{Lu}{2,6}$/u
const smallWords = new Set(['of', 'and', 'the', 'for', 'on', 'in', '&'])

/** The initials of a name's capitalised words (`National Farmers Federation` → `NFF`). */
function initialsOf(words: readonly string[]): string {
  let initials = ''
  for (const word of words) {
    if (smallWords.has(word.toLowerCase())) continue
    const first = word.charAt(0)
    if (first === first.toLowerCase()) return ''
    initials += first
  }

  return initials
}

/** The cluster a cluster was finally merged into. */
export function rootOf(cluster: Cluster): Cluster {
  let root = cluster
  while (root.parent) root = root.parent
  return root
}

/** Key of a name: its canonical place, or its words in lower case. */
export function keyOf(words: readonly string[], place: string | undefined): string {
  if (place !== undefined) return 'place:' + place
  return words.join(' ').toLowerCase().replace(/\u2019/g, "'")
}

/**
 * Name of an entity: as first written in full (with the most words),
 * preferring normal case over capitals (`SEOUL` → `Seoul` when known).
 */
export function nameOf(cluster: Cluster): string {
  let best: Mention | undefined
  for (const mention of cluster.mentions) {
    if (!mention.demonym && (!best || better(mention, best))) best = mention
  }

  const text = best ? best.text : cluster.words.join(' ')
  if (!isShouted(text)) return text
  if (cluster.place !== undefined) return cluster.place
  // A place known only from a dateline in capitals (`BERGEN`): in title case, as the dateline gives it.
  const {person, place, organization} = cluster.evidence
  return place > person && place > organization ? titleCase(text) : text
}

function better(mention: Mention, best: Mention): boolean {
  const shouted = isShouted(mention.text)
  const bestShouted = isShouted(best.text)
  if (shouted !== bestShouted) return bestShouted
  if (mention.words.length !== best.words.length) return mention.words.length > best.words.length
  return mention.start < best.start
}

/** Written in capitals for emphasis (`SEOUL`), not as an acronym (`U.S.`). */
function isShouted(text: string): boolean {
  return shoutedWord.test(text) && !lowerLetter.test(text)
}

/**
 * Whether a short form may join a full name of `kind`: not when it is
 * clearly something else (`ASHFORD` of a dateline is no `Ashford Gazette`).
 * A known place may still be a person’s name (`Jordan` of `Michael Jordan`).
 */
function compatible(cluster: Cluster, kind: Kind | undefined): boolean {
  if (cluster.place !== undefined) return kind === 'person'
  if (kind === 'place') return false
  return !isTyped(cluster.evidence) || kindOf(cluster.evidence) === kind
}
