import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { CHROMIUM_FLAGS, chromiumPath } from '/work/main/bench/lib/chromium.mjs';
const src = readFileSync('/work/main/node_modules/axe-core/axe.min.js','utf8');
const b = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
const ctx = await b.newContext({ viewport:{width:1280,height:800}, reducedMotion:'reduce', serviceWorkers:'block' });
const page = await ctx.newPage();
const t=()=>performance.now();
for (const loc of ['en','ar','ja']) for (const slug of ['', 'troubleshooting/','workshop/','check-your-configuration/','no-such-page/','external-access/','guest-access/']) {
  let a=t(); await page.goto(`http://127.0.0.1:4512/${loc}/${slug}`); const g=t()-a;
  a=t(); await page.evaluate(src); const inj=t()-a;
  a=t(); await page.evaluate(()=>axe.run(document,{resultTypes:['violations'],runOnly:{type:'rule',values:['color-contrast','link-in-text-block','target-size','scrollable-region-focusable']}})); const l=t()-a;
  a=t(); await page.evaluate(()=>axe.run(document,{resultTypes:['violations'],runOnly:{type:'rule',values:['color-contrast']}})); const c=t()-a;
  a=t(); await page.evaluate(()=>axe.run(document,{resultTypes:['violations'],runOnly:{type:'rule',values:['target-size']}})); const ts=t()-a;
  console.log(loc,slug.padEnd(28),'goto',g|0,'inj',inj|0,'layout',l|0,'contrast',c|0,'target',ts|0, 'nodes', await page.evaluate(()=>document.querySelectorAll('*').length));
}
await b.close();
