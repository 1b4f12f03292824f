export {parseLines, retextArticleEnglish} from './retext-article-english.js'
