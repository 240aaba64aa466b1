import { catalogue } from 'sveltedown'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readProperties } from '../plugins/options-reference.js'
import { optionsSources } from '../plugins/options-sources.js'
import { openSite, type Site } from './open-site.js'

let site: Site

beforeAll(async () => {
  site = await openSite()
})

afterAll(async () => {
  await site?.close()
})

describe('the generated reference', () => {
  it('documents every option the types declare, with its TSDoc', async () => {
    const page = await site.open()
    await page.goto(`${site.url}/reference/options`)
    // GitHub-style ids: lower case, and a name documented twice (`images` of the compile
    // options and of a `content` entry) gets `-1` the second time.
    const seen = new Map<string, number>()
    for (const source of optionsSources) {
      for (const property of readProperties(source.file, source.name)) {
        const slug = property.name.toLowerCase()
        const count = seen.get(slug) ?? 0
        seen.set(slug, count + 1)
        const heading = page.locator(`h3#${count === 0 ? slug : `${slug}-${count}`}`)
        expect(await heading.count(), property.name).toBe(1)
        const text = await heading.evaluate(
          (element) => element.nextElementSibling?.nextElementSibling?.textContent ?? '',
        )
        // The first words of the comment, as the page renders them (code spans lose backticks).
        expect(text.replace(/\s+/g, ' '), property.name).toContain(
          property.doc.replace(/`/g, '').replace(/\s+/g, ' ').slice(0, 20),
        )
      }
    }
    await page.close()
  })

  it('has a section for every code, with the report of its example', async () => {
    const page = await site.open()
    await page.goto(`${site.url}/reference/errors`)
    for (const code of Object.keys(catalogue)) {
      expect(await page.locator(`h2#${code}`).count(), code).toBe(1)
      const section = await page.evaluate((id) => {
        let text = ''
        let element = document.getElementById(id)?.nextElementSibling
        while (element && element.tagName !== 'H2') {
          text += `${element.textContent}\n`
          element = element.nextElementSibling
        }
        return text
      }, code)
      if (code === 'internal_error') expect(section).toContain('reported for bugs')
      else expect(section, code).toMatch(new RegExp(`example\\.svx:\\d+:\\d+ ${code}: Unexpected`))
    }
    await page.close()
  })
})
