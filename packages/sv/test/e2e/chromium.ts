import { launchChromium as launch } from '../../../../test-utils/launch-chromium.js'

/** Debian's Chromium with the color scheme a test checks (see test-utils/launch-chromium.ts). */
export function launchChromium(colorScheme: 'light' | 'dark') {
  return launch({ colorScheme })
}
