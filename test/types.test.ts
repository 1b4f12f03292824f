/**
 * Types: `file.data` stays typed through the plugins, whichever parser
 * produced the tree (checked by `npm run typecheck`, which covers
 * tests; the assertions are no-ops at run time).
 */
import type {Root} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expectTypeOf, it} from 'vitest'
import {digest, retextArticle, retextArticleEnglish} from '../src/index.js'
import type {
  ArticleStructure,
  BoilerplateEntry,
  Digest,
  DigestOptions,
  Entities,
  Quote,
  SummarySentence,
  Topics
} from '../src/index.js'
import type {HtmlDigest} from '../src/html/index.js'
import type {ArticleOptions, DateKind, DateMention, Figure, FigureKind, FigureRange, MetaDate, PageMeta, Story, StoryBlock, StoryLink} from '../src/index.js'

describe('types', () => {
  it('types digest()', () => {
    expectTypeOf(digest).parameters.toEqualTypeOf<[text: string, options?: Readonly<DigestOptions> | null]>()
    expectTypeOf(digest).returns.toEqualTypeOf<Digest>()
    expectTypeOf<Digest['summary']>().toEqualTypeOf<SummarySentence[]>()
    expectTypeOf<Digest['quotes'][number]['speaker']>().toEqualTypeOf<string | null>()
    expectTypeOf<Digest['meta']>().toEqualTypeOf<PageMeta | null>()
    expectTypeOf<HtmlDigest['meta']>().toEqualTypeOf<PageMeta>()
    expectTypeOf<PageMeta['published']>().toEqualTypeOf<MetaDate | null>()
    expectTypeOf<Digest['story']>().toEqualTypeOf<Story | null>()
    expectTypeOf<Extract<StoryBlock, {kind: 'image'}>>().toEqualTypeOf<{kind: 'image'; alt: string; src: string}>()
    expectTypeOf<Extract<StoryBlock, {kind: 'paragraph'}>['links']>().toEqualTypeOf<StoryLink[] | undefined>()
    expectTypeOf<StoryLink>().toEqualTypeOf<{text: string; href: string; start: number; end: number}>()
    expectTypeOf<DigestOptions['links']>().toEqualTypeOf<boolean | null | undefined>()
    expectTypeOf<DigestOptions['images']>().toEqualTypeOf<boolean | null | undefined>()
    expectTypeOf<Digest['figures']>().toEqualTypeOf<Figure[]>()
    expectTypeOf<Figure['kind']>().toEqualTypeOf<FigureKind>()
    expectTypeOf<FigureKind>().toEqualTypeOf<'money' | 'percent' | 'temperature' | 'measure' | 'count'>()
    expectTypeOf<Figure['currency']>().toEqualTypeOf<string | null>()
    expectTypeOf<Figure['range']>().toEqualTypeOf<FigureRange | null>()
    expectTypeOf<FigureRange>().toEqualTypeOf<{min: number; max: number}>()
    expectTypeOf<Digest['dates']>().toEqualTypeOf<DateMention[]>()
    expectTypeOf<DateMention['kind']>().toEqualTypeOf<DateKind>()
    expectTypeOf<'decade' | 'season' | 'time'>().toMatchTypeOf<DateKind>()
    expectTypeOf<DigestOptions['referenceDate']>().toEqualTypeOf<string | null | undefined>()
    expectTypeOf<DigestOptions['plugins']>().toEqualTypeOf<Readonly<ArticleOptions> | null | undefined>()
  })

  it('registers the fields of file.data', () => {
    const file = new VFile('')
    expectTypeOf(file.data.article).toEqualTypeOf<ArticleStructure | undefined>()
    expectTypeOf(file.data.boilerplate).toEqualTypeOf<BoilerplateEntry[] | undefined>()
    expectTypeOf(file.data.topics).toEqualTypeOf<Topics | undefined>()
    expectTypeOf(file.data.entities).toEqualTypeOf<Entities | undefined>()
    expectTypeOf(file.data.quotes).toEqualTypeOf<Quote[] | undefined>()
    expectTypeOf(file.data.digest).toEqualTypeOf<Digest | undefined>()
  })

  it('keeps processors typed with either parser', () => {
    const own = unified().use(retextArticleEnglish).use(retextArticle)
    expectTypeOf(own.parse('')).toEqualTypeOf<Root>()
    const english = unified().use(retextEnglish).use(retextArticle)
    expectTypeOf(english.parse('')).toEqualTypeOf<Root>()
  })
})
