import { chromium } from '@playwright/test';
const [,, base, tag] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const [w, h] of [[390, 844], [1280, 800]]) for (const lang of ['', 'ko/']) for (const scheme of ['light', 'dark']) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h }, colorScheme: scheme });
  const page = await ctx.newPage();
  await page.addInitScript((s) => localStorage.setItem('starlight-theme', s), scheme);
  await page.goto(`${base}/${lang}backoff/`);
  await page.locator('cat-backoff').scrollIntoViewIfNeeded();
  await page.waitForSelector('cat-backoff[data-ready="true"]');
  await page.evaluate(() => window.scrollTo(0, 0));
  const m = await page.evaluate(() => {
    const r = (s) => { const e = document.querySelector(s); if (!e) return null; const b = e.getBoundingClientRect(); return [Math.round(b.top + scrollY), Math.round(b.left), Math.round(b.width), Math.round(b.height)]; };
    return { form: r('[data-testid="backoff-form"]'), summary: r('[data-testid="backoff-summary"]'), chart: r('[data-testid="backoff-delays-chart"]'), sw: document.documentElement.scrollWidth,
      tables: [...document.querySelectorAll('main table')].filter(t => t.getClientRects().length).map(t => Math.round(t.getBoundingClientRect().right)) };
  });
  console.log(tag, w, lang || 'en', scheme, JSON.stringify(m));
  if (scheme === 'light' || w === 1280) await page.screenshot({ path: `/tmp/wt20s-shots/${tag}-${w}-${lang ? 'ko' : 'en'}-${scheme}.png`, fullPage: w === 1280 && scheme === 'light' ? false : false });
  if (scheme === 'light') await page.screenshot({ path: `/tmp/wt20s-shots/${tag}-${w}-${lang ? 'ko' : 'en'}-full.png`, fullPage: true });
  await ctx.close();
}
await browser.close();
