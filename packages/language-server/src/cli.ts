#!/usr/bin/env node
import { startLanguageServer } from './start-language-server.js'

startLanguageServer()
