-- GET /regions/GM0363: the region by code, then its province (a lazy association, loaded for the view)
SELECT code, capital, name, population, population_note, province_code, search_name, type FROM region WHERE code = 'GM0363';
SELECT code, capital, name, population, population_note, province_code, search_name, type FROM region WHERE code = 'PV27';
