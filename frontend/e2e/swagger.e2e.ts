import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { BASE_URL, browserSuite, screenshot } from './browser';
import { DEMO, apiAs } from './demo';

/** Journey 8: a developer opens Swagger UI, authorises with a bearer token and tries a protected call. */
describe('Swagger UI', () => {
  const suite = browserSuite();
  let page: Page;
  beforeEach(() => {
    page = suite.page;
  });

  it('authorises with a bearer token and tries a protected call on this server', async () => {
    const { api, token: accessToken } = await apiAs(DEMO.admin);
    await api.dispose();

    await page.goto('/q/swagger-ui/');
    await page.locator('.authorize').first().click();
    expect(await page.locator('.modal-ux input[type=text]').count()).toBe(1); // one scheme: bearer
    await page.locator('.modal-ux input[type=text]').fill(accessToken);
    await page.locator('.modal-ux .auth-btn-wrapper button.authorize').click();
    await page.locator('.modal-ux button.btn-done').click();

    const operation = page.locator('#operations-users-listUsers');
    await operation.locator('button.opblock-summary-control').click();
    await operation.locator('.try-out__btn').click();
    await operation.locator('.execute').click();
    const status = operation.locator('.live-responses-table tbody .response-col_status').first();
    await status.waitFor();
    expect((await status.textContent())?.trim()).toBe('200');
    expect(await operation.locator('.request-url pre').textContent()).toBe(`${BASE_URL}/api/v1/users`);
    await screenshot(page, 'swagger-authorised-call');
  });
});
