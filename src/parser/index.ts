export {defaultMaxLength, parseLines, retextArticleEnglish} from './retext-article-english.js'
export type {ParserOptions} from './retext-article-english.js'
