import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { loadConfig } from '../../src/server/config.js';
import { DEMO_PASSWORD, openTestDatabase } from './app.js';
import { refreshMonitoring } from '../../src/server/modules/monitoring/refresh.js';
import { dayOf } from '../../src/server/platform/dates.js';

export { DEMO_PASSWORD };

const WEB_INDEX = fileURLToPath(new URL('../../dist/web/index.html', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Set E2E_SCREENSHOTS to a folder to keep a screenshot of each checked page (for a human to look at). */
const SCREENSHOTS = process.env.E2E_SCREENSHOTS;

export interface BrowserApp {
  baseUrl: string;
  browser: Browser;
  /** A fresh browser context (its own cookies: one person) with one page. */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/**
 * The real app (API and built web app) listening on a random port, on this test file's own copy of the
 * demo database, and a headless Chromium to drive it.
 */
export async function startBrowserApp(options: { monitoring?: boolean } = {}): Promise<BrowserApp> {
  if (!existsSync(WEB_INDEX)) {
    throw new Error(`The web app is not built: ${WEB_INDEX} is missing. Run \`npx vite build\` (npm test does this) before the browser tests.`);
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is not installed at ${CHROMIUM}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  }
  const database = await openTestDatabase();
  // The figures live in unlogged tables, which a copied database starts without: computed as the server's
  // scheduled job does when it starts.
  if (options.monitoring) await refreshMonitoring(database.db, dayOf(new Date()));
  const app = await buildApp({ db: database.db, config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), serveWeb: true, logger: false });
  let browser: Browser | undefined;
  try {
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const contexts: BrowserContext[] = [];
    const launched = browser;
    return {
      baseUrl: address,
      browser: launched,
      async newPage() {
        const context = await launched.newContext({ baseURL: address, locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
        context.setDefaultTimeout(10_000);
        contexts.push(context);
        return context.newPage();
      },
      async close() {
        for (const context of contexts) await context.close().catch(() => {});
        await launched.close();
        await app.close();
        await database.close();
      },
    };
  } catch (error) {
    await browser?.close().catch(() => {});
    await app.close();
    await database.close();
    throw error;
  }
}

/** Asserts that axe finds no WCAG 2.1 A/AA violations on the page as it is now. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  if (SCREENSHOTS) {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
  }
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const violations = result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  expect(violations, `axe violations on ${name} (${page.url()})`).toEqual([]);
}

/** Signs in through the sign-in page and waits for the home page. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('heading', { level: 1, name: /^Welkom/ }).waitFor();
}
