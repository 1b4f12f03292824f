/**
 * Ordinary text for the hostile-input bench: invented news stories, every
 * sentence built anew from lists of names, places, bodies and figures by a
 * seeded generator, so nothing repeats (repeated paragraphs would let the
 * digest’s caches make ordinary text look cheaper than it is).
 */

const firsts = 'Ana Lars Maren Tomas Ingrid Per Jonas Leila Omar Sofia Karin Ravi Mei Elena Yusuf Hana Pavel Nadia Bruno Ines Kofi Marta Aiko Dmitri'.split(' ')
const lasts = 'Okafor Reyes Palm Berglund Lind Åström Novak Haddad Castillo Moreau Tanaka Silva Kowalski Mensah Varga Ruiz Lindqvist Ferreira Brandt Osei Petrov Nakamura Duarte Holm'.split(' ')
const places = 'Västervik Harrow Bay Ostrava Tamsin Falls Corvale Linden Port Aster Millbrook Karsten Eldham Riverside Norholt Saltmarsh Quillon Bramley Dunmore'.split(' ')
const bodies = [
  'the town council', 'the regional water board', 'the ministry of transport', 'the port authority', 'the teachers’ union',
  'the national rail operator', 'the energy regulator', 'the district court', 'the hospital trust', 'the farmers’ cooperative'
]
const subjects = [
  'a new bridge', 'the ferry service', 'a solar farm', 'the school budget', 'the bus network', 'a housing plan', 'the harbour wall',
  'the library', 'a wind park', 'the night trains', 'the water tariff', 'a clinic', 'the old mill', 'the market square'
]
const verbs = ['approved', 'rejected', 'delayed', 'questioned', 'funded', 'reviewed', 'announced', 'cancelled', 'expanded', 'defended']
const days = ['on Monday', 'on Tuesday', 'on Wednesday', 'on Thursday', 'on Friday', 'last week', 'in March', 'this spring']
const roles = ['a spokeswoman', 'the chief engineer', 'a local shopkeeper', 'the mayor', 'an opposition member', 'a retired teacher']
const said = [
  'We cannot wait another winter', 'The numbers do not add up', 'People here have asked for this for years',
  'It is a fair price for what we get', 'Nobody told us about the delay', 'We will keep the service running'
]

/** A seeded generator of numbers in [0, 1) (a linear congruential one). */
function generator(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0
    return state / 4_294_967_296
  }
}

/** Varied, non-repeated ordinary article text of about `size` characters. */
export function variedText(size: number, seed = 17): string {
  const random = generator(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
  const person = () => `${pick(firsts)} ${pick(lasts)}`
  const amount = () => `${Math.floor(random() * 900) + 10}${random() < 0.5 ? ' million' : ',000'} ${pick(['kronor', 'euros', 'dollars'])}`
  const sentence = (index: number): string => {
    switch (Math.floor(random() * 5)) {
      case 0: {
        return `${cap(pick(bodies))} of ${pick(places)} ${pick(verbs)} ${pick(subjects)} ${pick(days)}, a plan that would cost ${amount()}.`
      }

      case 1: {
        return `“${pick(said)},” said ${person()}, ${pick(roles)}, who has followed the project since ${1990 + (index % 35)}.`
      }

      case 2: {
        return `About ${Math.floor(random() * 90) + 5}% of residents in ${pick(places)} use ${pick(subjects)} at least once a week, according to ${pick(bodies)}.`
      }

      case 3: {
        return `${person()} said ${pick(subjects)} had been ${pick(verbs)} ${Math.floor(random() * 12) + 2} times since ${2000 + (index % 26)}.`
      }

      default: {
        return `The work on ${pick(subjects)} is due to start ${pick(days)}, once ${pick(bodies)} has ${pick(verbs)} the last permits (case ${index}).`
      }
    }
  }

  const parts: string[] = []
  let length = 0
  for (let story = 0; length < size; story++) {
    const head = `${cap(pick(subjects))} ${pick(verbs)} in ${pick(places)} (${story})\n\nBy ${person()}\n\n`
    parts.push(head)
    length += head.length
    const paragraphs = 8 + Math.floor(random() * 8)
    for (let p = 0; p < paragraphs && length < size; p++) {
      const sentences = Array.from({length: 2 + Math.floor(random() * 3)}, (_, s) => sentence(story * 100 + p * 10 + s))
      const paragraph = sentences.join(' ') + '\n\n'
      parts.push(paragraph)
      length += paragraph.length
    }
  }

  return parts.join('').slice(0, size)
}

function cap(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1)
}
