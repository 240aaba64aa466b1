// Compile a batch of documents with the built compiler and print one hash per document: the
// fuzzer compares them with hashes computed in its own process (determinism across processes).
// Input on stdin: a JSON array of sources. Keep the hashed shape in step with `comparable` in
// test/fuzz/compile-outcome.ts.
import { createHash } from 'node:crypto'
import { compile } from '../dist/index.js'

let input = ''
for await (const chunk of process.stdin) input += chunk

for (const source of JSON.parse(input)) {
  let value
  try {
    const { code, map, diagnostics } = await compile(source, { filename: 'fuzz.svx' })
    value = { code, map, diagnostics }
  } catch (error) {
    value = {
      error: { name: error?.name, code: error?.code, message: error?.message, start: error?.start },
    }
  }
  process.stdout.write(`${createHash('sha256').update(JSON.stringify(value)).digest('hex')}\n`)
}
