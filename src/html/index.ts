export {digestHtml, htmlToText} from './digest-html.js'
export type {HtmlDigest} from './digest-html.js'
export {rehypeArticleBlocks} from './rehype-article-blocks.js'
export type {PageText} from './text.js'
