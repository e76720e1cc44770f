// What mayors' offices do on a tablet: filter the list, search, open a profile, open the matrix,
// share a filtered view.

import { test, expect, onDevice } from './fixtures.mjs';
import { dist, readDataset, screenshot, syntheticDataset } from './support.mjs';

const { cities } = readDataset();
const AFRICAN_WASTE_NEEDS = ['Dakar', 'Freetown', 'Kanifing', 'Tunis'];

/** Filters the list to the African cities that need help with waste management. */
async function africanWasteNeeds(list) {
  await list.filter('Continent', 'Africa');
  await list.filter('Sector', 'Waste management');
  await list.filter('Stance', 'Need');
}

test.describe('the city list', () => {
  // Its screenshot, list-tablet-landscape, is taken by layout.test.mjs.
  test('shows every city of the dataset', async ({ list }) => {
    await list.open();
    await expect(list.cityNames).toHaveCount(cities.length);
    await expect(list.count).toHaveText(`Cities found: ${cities.length}`);
  });

  test('filters narrow it to the African cities that need help with waste management', async ({ list }) => {
    await list.open();
    await africanWasteNeeds(list);
    await expect(list.cityNames).toHaveText(AFRICAN_WASTE_NEEDS);
    await expect(list.count).toHaveText(`Cities found: ${AFRICAN_WASTE_NEEDS.length}`);
  });

  test('the filter counts follow a search once typing pauses', async ({ list }) => {
    await list.open();
    await list.showFilters();
    await expect(list.filterChip('Continent', 'Asia')).toBeEnabled();
    await list.search('Dakar');
    await expect(list.count).not.toHaveText(`Cities found: ${cities.length}`);
    // Each continent's count is the number of cards found there; none of them is in Asia.
    const found = await list.cityNames.allTextContents();
    const on = (continent) => cities.filter((c) => found.includes(c.name) && c.continent === continent).length;
    expect(on('africa')).toBeGreaterThan(0);
    expect(on('asia')).toBe(0);
    await expect(list.filterChip('Continent', 'Africa')).toHaveAccessibleName(new RegExp(`\\(${on('africa')}\\)$`));
    await expect(list.filterChip('Continent', 'Europe')).toHaveAccessibleName(new RegExp(`\\(${on('europe')}\\)$`));
    await expect(list.filterChip('Continent', 'Asia')).toHaveAccessibleName(/\(0\)$/);
    await expect(list.filterChip('Continent', 'Asia')).toBeDisabled();
    await list.search('');
    await expect(list.filterChip('Continent', 'Asia')).toBeEnabled();
  });

  test('the filters are written in the address', async ({ list, page }) => {
    await list.open();
    await africanWasteNeeds(list);
    await expect(page).toHaveURL(/continent=africa/);
    await expect(page).toHaveURL(/sector=waste-management/);
    await expect(page).toHaveURL(/stance=need/);
  });

  test('a value that would give no city says 0 and cannot be chosen', async ({ list, app }) => {
    await list.open();
    await africanWasteNeeds(list);
    // No African city offers waste expertise.
    const expertise = list.filterChip('Stance', 'Expertise');
    await expect(expertise).toHaveAccessibleName(/\(0\)$/);
    await expect(expertise).toBeDisabled();
    await app.screenshot('list-filtered-tablet-landscape');
  });

  test('a shared filtered address opens the same list on another device', async ({ list, page, newUser }) => {
    await list.open();
    await africanWasteNeeds(list);
    await expect(list.cityNames).toHaveCount(AFRICAN_WASTE_NEEDS.length);
    const colleague = await newUser('tablet-portrait');
    await colleague.goto(page.url());
    await expect(colleague.getByRole('main').getByRole('heading', { level: 3 })).toHaveText(AFRICAN_WASTE_NEEDS);
  });

  test('the back button undoes one filter at a time, and forward redoes it', async ({ list, page }) => {
    await list.open();
    await africanWasteNeeds(list);
    await expect(list.cityNames).toHaveCount(AFRICAN_WASTE_NEEDS.length);
    await page.goBack();
    await expect(page).not.toHaveURL(/stance=/);
    await expect(page).toHaveURL(/sector=waste-management/);
    await expect(list.filterChip('Stance', 'Need')).toHaveAttribute('aria-pressed', 'false');
    await expect.poll(() => list.cityNames.count()).toBeGreaterThan(AFRICAN_WASTE_NEEDS.length);
    await page.goForward();
    await expect(list.cityNames).toHaveText(AFRICAN_WASTE_NEEDS);
  });
});

test('each view names itself in the tab title, in the interface language', async ({ page, list }) => {
  await list.open();
  await expect(page).toHaveTitle('Cities · Passerelle');
  await list.openCity('Dakar');
  await expect(page).toHaveTitle('Dakar · Passerelle');
  await page.goBack();
  await expect(page).toHaveTitle('Cities · Passerelle');
  await page.goto('work.html?view=match&city=tunis');
  await expect(page).toHaveTitle('Find partners for Tunis · Passerelle');
  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page).toHaveTitle('Trouver des partenaires pour Tunis · Passerelle');
});

test.describe('a list of two thousand cities', () => {
  test.use({ serviceWorkers: 'block' });

  test('shows forty cards at a time, and a search starts again from the top', async ({ page, list, serveWith }) => {
    const body = syntheticDataset(2000);
    const server = await serveWith(dist, { '/data/dataset.bin': () => ({ body, type: 'application/octet-stream' }) });
    await page.goto(server.url);
    await expect(list.count).toHaveText('Cities found: 2000');
    await expect(list.cityNames).toHaveCount(40);
    await page.getByRole('button', { name: 'Show 40 more (1960 not shown yet)' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'list-2000-cities');
    await page.getByRole('button', { name: 'Show 40 more (1960 not shown yet)' }).click();
    await expect(list.cityNames).toHaveCount(80);
    await expect(list.cityNames.nth(79)).toBeVisible();
    // A search answers with the first screen of cards, then fills the forty in once typing
    // pauses.
    await list.search('City 12');
    await expect(list.cityNames).toHaveCount(40);
    await expect(page.getByRole('button', { name: /^Show 40 more/ })).toBeVisible();
    await list.search('City 1999');
    await expect(list.cityNames.first()).toHaveText('City 1999');
    await expect(page.getByRole('button', { name: /^Show \d+ more/ })).toHaveCount(0);
  });
});

// The list builds the rest of its cards a moment after a search; a city opened before that
// moment left a timer touching the gone list ("a reactive value that has already been
// disposed"), which stopped the app.
test('a city opened while the list is still filling in opens', async ({ list, profile, page }) => {
  await list.open();
  await list.search('a');
  await list.openCity('Accra');
  await expect(profile.heading('Accra')).toBeVisible();
  // Past the moment the list would have built the rest of its cards.
  await page.waitForTimeout(500);
  await expect(profile.heading('Accra')).toBeVisible();
});

test.describe('search', () => {
  test('ignores case and accents', async ({ list, page }) => {
    await list.open();
    await list.search('zurich');
    await expect(list.cityNames).toHaveText(['Zürich']);
    await expect(page).toHaveURL(/[?&]q=zurich/);
  });

  test('finds a city by its priorities and says where it matched', async ({ list }) => {
    await list.open();
    await list.search('CASC');
    await expect(list.cityNames.first()).toHaveText('Milan');
    await expect(list.matchedIn('Milan')).toContainText('Asylum & reception');
  });
});

onDevice('tablet-portrait', () => {
  test('the filters are folded away, with the ones in force shown above the cities', async ({ list }) => {
    await list.open('?continent=africa&sector=waste-management&stance=need');
    await expect(list.filters).toBeHidden();
    await expect(list.filtersButton).toHaveAttribute('aria-expanded', 'false');
    await expect(list.activeFilters.getByRole('button', { name: 'Remove filter Sector: Waste management' })).toBeVisible();
  });
});

onDevice('phone', () => {
  test('the folded filters open and narrow the list', async ({ list, app }) => {
    await list.open();
    await list.openFilters();
    await list.filter('Role', 'Dialogue city');
    await expect(list.cityNames).toHaveCount(cities.filter((c) => c.participant).length);
    await app.screenshot('list-filters-open-phone');
  });
});

test.describe('a city profile', () => {
  test('opens from its card in the list', async ({ list, profile, page }) => {
    await list.open();
    await list.openCity('Dakar');
    await expect(profile.heading('Dakar')).toBeVisible();
    await expect(page).toHaveURL(/[?&]city=dakar/);
  });

  onDevice('tablet-portrait', () => {
    test('shows a fact with its source on demand', async ({ profile }) => {
      await profile.open('dakar');
      await expect(profile.fact('Population')).toContainText('1.2 million');
      const source = await profile.showSource('Population');
      await expect(source).toContainText('Table 1');
    });

    test('quotes the city’s priorities from the sources', async ({ profile }) => {
      await profile.open('dakar');
      await expect(profile.section('Priorities')).toContainText('Improving waste management is a priority.');
    });

    // The screenshot profile-tablet-portrait is taken by layout.test.mjs.
    test('lists the city’s partnerships', async ({ profile }) => {
      await profile.open('dakar');
      await expect(profile.section('Partnerships').getByRole('link', { name: 'Evry', exact: true })).toBeVisible();
    });
  });

  test('says plainly when the sources do not give a fact', async ({ profile }) => {
    await profile.open('hamburg');
    await expect(profile.heading('Hamburg')).toBeVisible();
    await expect(profile.fact('Population')).toHaveText('Unknown (not given in the sources)');
  });

  test('says it in three words on a card, where there is little room', async ({ list }) => {
    await list.open();
    await expect(list.card('Agadez').getByText('Not in the sources')).toHaveCount(2);
  });
});

test.describe('the priority matrix', () => {
  test('has a row per city of Table A1 and a column per sector', async ({ matrix }) => {
    await matrix.open();
    await expect(matrix.cities, 'the eleven cities of Table A1').toHaveCount(11);
    await expect(matrix.columns, 'City and the thirteen sectors').toHaveCount(14);
  });

  test('a cell opens what the city said', async ({ matrix, page, app }) => {
    await matrix.open();
    await matrix.openCell('Zürich, Waste management: Expertise');
    await expect(matrix.cell('Zürich, Waste management: Expertise')).toHaveAttribute('aria-expanded', 'true');
    await expect(matrix.detailHeading('Zürich', 'Waste management')).toBeVisible();
    await expect(page.getByText('Expertise in waste management.')).toBeVisible();
    await app.screenshot('matrix-cell-tablet-landscape');
  });

  test('sorting by a sector puts the cities with expertise first', async ({ matrix, page }) => {
    await matrix.open();
    await matrix.sortBy('Waste management');
    await expect(page).toHaveURL(/sort=sector/);
    await expect(matrix.column('Waste management')).toHaveAttribute('aria-sort', 'other');
    await expect(matrix.cities.first()).toHaveText(/^(Milan|Zürich)$/);
  });
});
