// Draws the add-in's icons (assets/*.png) from the SVGs below with Debian's Chromium (playwright-core).
// Run: node assets/build-icons.mjs   — the PNGs are committed; rerun after changing a drawing.
/* global URL, process, console */
/* eslint-disable no-console -- a build script that says where it wrote */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const sizes = [16, 32, 64, 80, 128];
const red = '#C4262E';
const ink = '#3B3B3B';
const paper = '#FFFFFF';

// A sheet of paper with a folded corner; every drawing is on a 32×32 grid (1 unit = ½ px at 16 px).
const page = `<path d="M7 3h13l6 6v20H7z" fill="${paper}" stroke="${ink}" stroke-width="2" stroke-linejoin="round"/>
  <path d="M20 3v6h6" fill="none" stroke="${ink}" stroke-width="2" stroke-linejoin="round"/>`;

const icons = {
  // The add-in: a document under a red band with a yellow star (a Party document).
  icon: `<rect x="4" y="2" width="24" height="28" rx="2" fill="${paper}" stroke="${ink}" stroke-width="2"/>
    <rect x="4" y="2" width="24" height="10" rx="2" fill="${red}"/>
    <path d="M16 4.2l1.3 2.7 3 .4-2.2 2 .6 2.9-2.7-1.5-2.7 1.5.6-2.9-2.2-2 3-.4z" fill="#FFD200"/>
    <path d="M9 17h14M9 21h14M9 25h9" stroke="${ink}" stroke-width="2" stroke-linecap="round"/>`,
  // Set up sheets: a grid with a green plus.
  setup: `<rect x="3" y="5" width="22" height="20" fill="${paper}" stroke="${ink}" stroke-width="2"/>
    <path d="M3 11h22M3 18h22M11 5v20" stroke="${ink}" stroke-width="2"/>
    <rect x="3" y="5" width="22" height="6" fill="#217346" opacity=".85"/>
    <circle cx="24" cy="24" r="7" fill="#217346"/><path d="M24 20v8M20 24h8" stroke="#fff" stroke-width="2.5" stroke-linecap="round"/>`,
  // Check: a page with a green tick.
  check: `${page}
    <path d="M11 18l4 4 8-9" fill="none" stroke="#107C10" stroke-width="3.5" stroke-linecap="round" stroke-linejoin="round"/>`,
  // Resolution: a page with a red seal.
  resolution: `${page}
    <path d="M11 11h8M11 15h11" stroke="${ink}" stroke-width="2" stroke-linecap="round"/>
    <circle cx="19" cy="23" r="5.5" fill="${red}"/><path d="M19 19.8l1 2 2.2.3-1.6 1.5.4 2.2-2-1.1-2 1.1.4-2.2-1.6-1.5 2.2-.3z" fill="#FFD200"/>`,
  // Conclusion notice: a page with a megaphone.
  notice: `${page}
    <path d="M11 19v-4l8-4v12l-8-4z" fill="#0F6CBD" stroke="#0F6CBD" stroke-width="1.5" stroke-linejoin="round"/>
    <path d="M12 19l1.5 5h2.5l-1-5" fill="#0F6CBD"/>
    <path d="M22 14.5c1.2 1 1.2 4 0 5" fill="none" stroke="#0F6CBD" stroke-width="2" stroke-linecap="round"/>`,
  // Minutes: a lined page with a pen.
  minutes: `${page}
    <path d="M11 12h9M11 16h9M11 20h5" stroke="${ink}" stroke-width="2" stroke-linecap="round"/>
    <path d="M27.5 15.5l2 2-9.5 9.5-3 1 1-3z" fill="#8764B8" stroke="#5C2E91" stroke-width="1.2" stroke-linejoin="round"/>`,
  // Rating report: a page with a bar chart.
  report: `${page}
    <path d="M11 25V19M15.5 25V14M20 25V17" stroke="#CA5010" stroke-width="3.2" stroke-linecap="butt"/>
    <path d="M10 26.5h13" stroke="${ink}" stroke-width="1.5"/>`,
  // Yearly export: a stack of pages going down into a box (one .zip).
  export: `<path d="M9 2h12v13H9z" fill="${paper}" stroke="${ink}" stroke-width="2"/>
    <path d="M12 6h6M12 10h6" stroke="${ink}" stroke-width="1.5"/>
    <path d="M15 14v7m-4-4l4 4 4-4" fill="none" stroke="#0F6CBD" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"/>
    <path d="M3 20h7l2 3h6l2-3h7v9H3z" fill="#F7C948" stroke="#8A6100" stroke-width="2" stroke-linejoin="round"/>`,
  // Templates: a page with a {{ }} slot.
  templates: `${page}
    <path d="M13 13c-2 0-2 1-2 2.5s-1 2-1.8 2c.8 0 1.8.5 1.8 2s0 2.5 2 2.5M20 13c2 0 2 1 2 2.5s1 2 1.8 2c-.8 0-1.8.5-1.8 2s0 2.5-2 2.5" fill="none" stroke="#0F6CBD" stroke-width="2" stroke-linecap="round"/>`,
};

// At 16 px the drawings above blur: these are drawn on a 16×16 grid, 1 px lines on half pixels, bigger symbols.
const page16 = `<path d="M2.5 1.5h7l3 3v10h-10z" fill="${paper}" stroke="${ink}"/>`;
const icons16 = {
  icon: `<rect x="1.5" y="1.5" width="13" height="13" fill="${paper}" stroke="${ink}"/><rect x="1" y="1" width="14" height="6" fill="${red}"/>
    <path d="M8 2l.9 1.9 2 .2-1.5 1.3.4 2-1.8-1-1.8 1 .4-2L5.1 4.1l2-.2z" fill="#FFD200"/><path d="M4 10h8M4 12.5h6" stroke="${ink}"/>`,
  setup: `<rect x="1.5" y="2.5" width="11" height="10" fill="${paper}" stroke="${ink}"/><rect x="1" y="2" width="12" height="3" fill="#217346"/>
    <path d="M1.5 8.5h11M5.5 5v7" stroke="${ink}"/><circle cx="12" cy="12" r="4" fill="#217346"/><path d="M12 9.5v5M9.5 12h5" stroke="#fff" stroke-width="1.5"/>`,
  check: `${page16}<path d="M4.5 8.5l2.5 2.5 4.5-5" fill="none" stroke="#107C10" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round"/>`,
  resolution: `${page16}<path d="M4.5 4.5h4" stroke="${ink}"/><circle cx="8.5" cy="10" r="3.5" fill="${red}"/><circle cx="8.5" cy="10" r="1.2" fill="#FFD200"/>`,
  notice: `${page16}<path d="M4 8.5v2h1.5l4 2.5v-7l-4 2.5z" fill="#0F6CBD"/><path d="M5 10.5l1 3h1.5l-.5-3" fill="#0F6CBD"/>`,
  minutes: `${page16}<path d="M4.5 5.5h5M4.5 8h5M4.5 10.5h2" stroke="${ink}"/><path d="M14 8l1.2 1.2-5.7 5.7-1.8.6.6-1.8z" fill="#8764B8" stroke="#5C2E91" stroke-width=".8"/>`,
  report: `${page16}<path d="M5 13V10M7.5 13V6.5M10 13V8.5" stroke="#CA5010" stroke-width="2"/>`,
  export: `<path d="M5.5 1.5h5v6h-5z" fill="${paper}" stroke="${ink}"/><path d="M8 6v4m-2.2-2.2L8 10l2.2-2.2" fill="none" stroke="#0F6CBD" stroke-width="1.5"/>
    <path d="M1.5 9.5h4l1 1.5h3l1-1.5h4v5h-13z" fill="#F7C948" stroke="#8A6100"/>`,
  templates: `${page16}<path d="M6.5 6.5c-1 0-1 .5-1 1.3s-.5 1.2-1 1.2c.5 0 1 .4 1 1.2s0 1.3 1 1.3M9.5 6.5c1 0 1 .5 1 1.3s.5 1.2 1 1.2c-.5 0-1 .4-1 1.2s0 1.3-1 1.3" fill="none" stroke="#0F6CBD" stroke-width="1.2"/>`,
};

const dir = new URL('.', import.meta.url).pathname;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
  ],
});
try {
  const tab = await browser.newPage({ deviceScaleFactor: 1 });
  for (const [name, body] of Object.entries(icons)) {
    for (const size of sizes) {
      const small = size === 16 && icons16[name] !== undefined;
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="${small ? '0 0 16 16' : '0 0 32 32'}">${small ? icons16[name] : body}</svg>`;
      await tab.setViewportSize({ width: size, height: size });
      await tab.setContent(
        `<html><body style="margin:0;background:transparent">${svg}</body></html>`,
      );
      writeFileSync(
        join(dir, `${name}-${size}.png`),
        await tab.locator('svg').screenshot({ omitBackground: true }),
      );
    }
  }
} finally {
  await browser.close();
}
console.log(`icons written to ${dir}`);
