// What a playground does: the browser build of the compiler, reached through `#platform`'s
// `browser` condition, on the window for the test to call.
import { compile } from '../../dist/browser.js'

;(window as unknown as { compile: typeof compile }).compile = compile
