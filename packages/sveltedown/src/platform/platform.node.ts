import nodeFs from 'node:fs'
import nodePath from 'node:path'
import type { PlatformFileSystem, PlatformPath } from './platform.js'

export const fs: PlatformFileSystem = nodeFs
export const path: PlatformPath = nodePath
export const cwd = (): string => process.cwd()
/** Files can be read: relative images and links to documents are checked. */
export const hasFiles = true
