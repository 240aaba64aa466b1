export { startLanguageServer } from './start-language-server.js'
