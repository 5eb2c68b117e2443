-- Corrections of the catalogue's starting content (issue 11), for installations that already hold it: a
-- fresh installation loads the corrected data/catalogue/starting-content.json. An item is corrected only
-- while no editor or system has changed it (every version is the start's own); the correction is a new
-- version by the system, with what changed. Items that need no correction get their own date as
-- "last changed" instead of the moment the database was filled.


-- t_taakstelling: summary, body
WITH corrected AS (
    UPDATE catalogue_item i SET summary = 'Gemeenten moeten elk halfjaar een vastgesteld aantal vergunninghouders aan een woning helpen. Voor de tweede helft van 2021 ging het landelijk om 11.000 mensen, plus de achterstanden uit eerdere periodes (cijfer van maart 2021, na de Handreiking).', body = 'Gemeenten zijn volgens artikel 28 van de Huisvestingswet 2014 verplicht om vergunninghouders te huisvesten. Het Rijk bepaalt elk halfjaar hoeveel vergunninghouders landelijk een woning nodig hebben. Dat aantal wordt naar inwonertal over de gemeenten verdeeld. Het deel van uw gemeente heet de taakstelling.

Voor de periode van 1 juli tot en met 31 december 2021 was de landelijke taakstelling 11.000 vergunninghouders. Het getal is gebaseerd op het verwachte aantal verblijfsvergunningen tussen 1 april en 30 september 2021. Het is op 15 maart 2021 toegelicht in de Landelijke Regietafel en op 29 maart 2021 gepubliceerd in de Staatscourant. Eind 2020 ging men nog uit van 13.500. In juli 2021 zou een tussentijdse toets volgen. Het landelijke getal voor de eerste helft van 2021 is niet rechtstreeks in een bron gevonden.

Zo werkt het:
- Een achterstand schuift automatisch door naar het volgende halfjaar. Die telt niet mee in het nieuwe getal.
- Het COA koppelt een vergunninghouder aan een gemeente. Het COA werkt daarvoor met 5 regio''s en moet op de peildata 1 april en 1 oktober genoeg mensen hebben gekoppeld.
- De gemeente probeert binnen 10 weken na de koppeling een woning aan te bieden.
- Sinds 1 juli 2017 hoeven gemeenten vergunninghouders geen urgentie meer te geven.

De provincie houdt toezicht op de gemeente (interbestuurlijk toezicht). Zij gebruikt daarvoor een interventieladder: stappen die steeds zwaarder worden. De provincie beoordeelt ook of een achterstand verschoonbaar is. Als laatste middel kan de provincie de taak overnemen op kosten van de gemeente (indeplaatsstelling). Over boetes spreken de bronnen elkaar tegen; daarom staat hier geen bedrag. JenV publiceerde elke maand per gemeente de voorsprong of achterstand.

Andere bronnen:
- https://www.coa.nl/nl/huisvesting-van-statushouders
- https://www.tweedekamer.nl/kamerstukken/kamervragen/detail?did=2020D50519&id=2020D50519', version = version + 1, updated_at = now()
    WHERE id = '76bb69e6-74c6-3b13-91a0-e1c485ee8c57' AND NOT EXISTS (SELECT 1 FROM catalogue_version v WHERE v.item_id = i.id AND v.actor_type <> 'system')
    RETURNING id, version, updated_at)
INSERT INTO catalogue_version (item_id, version, changed_at, actor_type, actor_id, actor_name, action, changes)
SELECT id, version, updated_at, 'system', 'handreiking', 'Correctie startinhoud (bronnen)', 'updated', '[{"field": "summary", "from": "Gemeenten moeten elk halfjaar een vastgesteld aantal vergunninghouders aan een woning helpen. Voor de tweede helft van 2021 ging het landelijk om 11.000 mensen, plus de achterstanden uit eerdere periodes.", "to": "Gemeenten moeten elk halfjaar een vastgesteld aantal vergunninghouders aan een woning helpen. Voor de tweede helft van 2021 ging het landelijk om 11.000 mensen, plus de achterstanden uit eerdere periodes (cijfer van maart 2021, na de Handreiking)."}, {"field": "body", "from": "Gemeenten zijn volgens artikel 28 van de Huisvestingswet 2014 verplicht om vergunninghouders te huisvesten. Het Rijk bepaalt elk halfjaar hoeveel vergunninghouders landelijk een woning nodig hebben. Dat aantal wordt naar inwonertal over de gemeenten verdeeld. Het deel van uw gemeente heet de taakstelling.\n\nVoor de periode van 1 juli tot en met 31 december 2021 was de landelijke taakstelling 11.000 vergunninghouders. Het getal is gebaseerd op het verwachte aantal verblijfsvergunningen tussen 1 april en 30 september 2021. Het is op 15 maart 2021 toegelicht in de Landelijke Regietafel en op 29 maart 2021 gepubliceerd in de Staatscourant. Eind 2020 ging men nog uit van 13.500. In juli 2021 zou een tussentijdse toets volgen. Het landelijke getal voor de eerste helft van 2021 is niet rechtstreeks in een bron gevonden.\n\nZo werkt het:\n- Een achterstand schuift automatisch door naar het volgende halfjaar. Die telt niet mee in het nieuwe getal.\n- Het COA koppelt een vergunninghouder aan een gemeente. Het COA werkt daarvoor met 5 regio''s en moet op de peildata 1 april en 1 oktober genoeg mensen hebben gekoppeld.\n- De gemeente probeert binnen 10 weken na de koppeling een woning aan te bieden.\n- Sinds 1 juli 2017 hoeven gemeenten vergunninghouders geen urgentie meer te geven.\n\nDe provincie houdt interbestuurlijk toezicht, met een interventieladder. De provincie beoordeelt ook of een achterstand verschoonbaar is. Als laatste middel kan de provincie de taak overnemen op kosten van de gemeente (indeplaatsstelling). Over boetes spreken de bronnen elkaar tegen; daarom staat hier geen bedrag. JenV publiceerde elke maand per gemeente de voorsprong of achterstand.\n\nAndere bronnen:\n- https://www.coa.nl/nl/huisvesting-van-statushouders\n- https://www.tweedekamer.nl/kamerstukken/kamervragen/detail?did=2020D50519&id=2020D50519", "to": "Gemeenten zijn volgens artikel 28 van de Huisvestingswet 2014 verplicht om vergunninghouders te huisvesten. Het Rijk bepaalt elk halfjaar hoeveel vergunninghouders landelijk een woning nodig hebben. Dat aantal wordt naar inwonertal over de gemeenten verdeeld. Het deel van uw gemeente heet de taakstelling.\n\nVoor de periode van 1 juli tot en met 31 december 2021 was de landelijke taakstelling 11.000 vergunninghouders. Het getal is gebaseerd op het verwachte aantal verblijfsvergunningen tussen 1 april en 30 september 2021. Het is op 15 maart 2021 toegelicht in de Landelijke Regietafel en op 29 maart 2021 gepubliceerd in de Staatscourant. Eind 2020 ging men nog uit van 13.500. In juli 2021 zou een tussentijdse toets volgen. Het landelijke getal voor de eerste helft van 2021 is niet rechtstreeks in een bron gevonden.\n\nZo werkt het:\n- Een achterstand schuift automatisch door naar het volgende halfjaar. Die telt niet mee in het nieuwe getal.\n- Het COA koppelt een vergunninghouder aan een gemeente. Het COA werkt daarvoor met 5 regio''s en moet op de peildata 1 april en 1 oktober genoeg mensen hebben gekoppeld.\n- De gemeente probeert binnen 10 weken na de koppeling een woning aan te bieden.\n- Sinds 1 juli 2017 hoeven gemeenten vergunninghouders geen urgentie meer te geven.\n\nDe provincie houdt toezicht op de gemeente (interbestuurlijk toezicht). Zij gebruikt daarvoor een interventieladder: stappen die steeds zwaarder worden. De provincie beoordeelt ook of een achterstand verschoonbaar is. Als laatste middel kan de provincie de taak overnemen op kosten van de gemeente (indeplaatsstelling). Over boetes spreken de bronnen elkaar tegen; daarom staat hier geen bedrag. JenV publiceerde elke maand per gemeente de voorsprong of achterstand.\n\nAndere bronnen:\n- https://www.coa.nl/nl/huisvesting-van-statushouders\n- https://www.tweedekamer.nl/kamerstukken/kamervragen/detail?did=2020D50519&id=2020D50519"}]'::jsonb FROM corrected;

-- t_outflow_14w: summary
WITH corrected AS (
    UPDATE catalogue_item i SET summary = 'Afgesproken is dat vergunninghouders na hun vergunning niet langer dan 14 weken in de opvang blijven. In oktober 2021 woonden er meer dan 11.000 vergunninghouders in de opvang, van wie meer dan 6.000 langer dan 14 weken (cijfers van na de Handreiking).', version = version + 1, updated_at = now()
    WHERE id = 'b06722c5-5f80-3385-892a-66aaa12180c4' AND NOT EXISTS (SELECT 1 FROM catalogue_version v WHERE v.item_id = i.id AND v.actor_type <> 'system')
    RETURNING id, version, updated_at)
INSERT INTO catalogue_version (item_id, version, changed_at, actor_type, actor_id, actor_name, action, changes)
SELECT id, version, updated_at, 'system', 'handreiking', 'Correctie startinhoud (bronnen)', 'updated', '[{"field": "summary", "from": "Afgesproken is dat vergunninghouders na hun vergunning niet langer dan 14 weken in de opvang blijven. In oktober 2021 woonden er meer dan 11.000 vergunninghouders in de opvang, van wie meer dan 6.000 langer dan 14 weken.", "to": "Afgesproken is dat vergunninghouders na hun vergunning niet langer dan 14 weken in de opvang blijven. In oktober 2021 woonden er meer dan 11.000 vergunninghouders in de opvang, van wie meer dan 6.000 langer dan 14 weken (cijfers van na de Handreiking)."}]'::jsonb FROM corrected;

-- t_coa_capacity: summary
WITH corrected AS (
    UPDATE catalogue_item i SET summary = 'Begin 2021 verwachtte het COA tot 2023 ongeveer 31.000 opvangplekken nodig te hebben. Daarvoor waren in de eerste helft van 2021 ruim 2.000 nieuwe plekken nodig, en eind 2021 meer dan 5.000 als aflopende afspraken met gemeenten niet verlengd zouden worden. De tekst noemt ook cijfers van april 2021 (na de Handreiking).', version = version + 1, updated_at = now()
    WHERE id = '65e44ac2-36fa-3358-b73e-ac88107e11f4' AND NOT EXISTS (SELECT 1 FROM catalogue_version v WHERE v.item_id = i.id AND v.actor_type <> 'system')
    RETURNING id, version, updated_at)
INSERT INTO catalogue_version (item_id, version, changed_at, actor_type, actor_id, actor_name, action, changes)
SELECT id, version, updated_at, 'system', 'handreiking', 'Correctie startinhoud (bronnen)', 'updated', '[{"field": "summary", "from": "Begin 2021 verwachtte het COA tot 2023 ongeveer 31.000 opvangplekken nodig te hebben. Daarvoor waren in de eerste helft van 2021 ruim 2.000 nieuwe plekken nodig, en eind 2021 meer dan 5.000 als aflopende afspraken met gemeenten niet verlengd zouden worden.", "to": "Begin 2021 verwachtte het COA tot 2023 ongeveer 31.000 opvangplekken nodig te hebben. Daarvoor waren in de eerste helft van 2021 ruim 2.000 nieuwe plekken nodig, en eind 2021 meer dan 5.000 als aflopende afspraken met gemeenten niet verlengd zouden worden. De tekst noemt ook cijfers van april 2021 (na de Handreiking)."}]'::jsonb FROM corrected;

-- t_extra_4000
UPDATE catalogue_item i SET created_at = '2021-11-12T00:00:00+01', updated_at = '2021-11-12T00:00:00+01'
WHERE id = '10481a57-25ae-31d5-afa0-5c07579056d8' AND version = 1 AND NOT EXISTS (SELECT 1 FROM catalogue_version v WHERE v.item_id = i.id AND v.actor_type <> 'system');
UPDATE catalogue_version SET changed_at = '2021-11-12T00:00:00+01' WHERE item_id = '10481a57-25ae-31d5-afa0-5c07579056d8' AND version = 1 AND actor_type = 'system'
    AND NOT EXISTS (SELECT 1 FROM catalogue_item i WHERE i.id = '10481a57-25ae-31d5-afa0-5c07579056d8' AND i.version > 1);

-- t_provincial_plans: summary
WITH corrected AS (
    UPDATE catalogue_item i SET summary = 'Provincies, gemeenten en COA zouden per provincie een plan maken voor de opvang in de regio, passend bij de Uitvoeringsagenda Flexibilisering Asielketen. De plannen waren gepland voor de tweede helft van 2020; in oktober 2021 had volgens de VNG pas één provincie een afgerond plan (na de Handreiking).', version = version + 1, updated_at = now()
    WHERE id = '91b5a5af-1d2f-32bd-b083-ea6013a059eb' AND NOT EXISTS (SELECT 1 FROM catalogue_version v WHERE v.item_id = i.id AND v.actor_type <> 'system')
    RETURNING id, version, updated_at)
INSERT INTO catalogue_version (item_id, version, changed_at, actor_type, actor_id, actor_name, action, changes)
SELECT id, version, updated_at, 'system', 'handreiking', 'Correctie startinhoud (bronnen)', 'updated', '[{"field": "summary", "from": "Provincies, gemeenten en COA zouden per provincie een plan maken voor de opvang in de regio, passend bij de Uitvoeringsagenda Flexibilisering Asielketen. De plannen waren gepland voor de tweede helft van 2020; in 2021 was het opleveren ervan nog steeds een opgave.", "to": "Provincies, gemeenten en COA zouden per provincie een plan maken voor de opvang in de regio, passend bij de Uitvoeringsagenda Flexibilisering Asielketen. De plannen waren gepland voor de tweede helft van 2020; in oktober 2021 had volgens de VNG pas één provincie een afgerond plan (na de Handreiking)."}]'::jsonb FROM corrected;

-- t_wi2021_ready: summary
WITH corrected AS (
    UPDATE catalogue_item i SET summary = 'Met de Wet inburgering 2021 krijgen gemeenten de regie over de inburgering. De wet ging in op 1 januari 2022 (na de Handreiking); in 2021 moesten gemeenten hun werkwijze, inkoop en samenwerking daarop inrichten.', version = version + 1, updated_at = now()
    WHERE id = 'd9a20561-4da1-37ab-9476-33018ef7c443' AND NOT EXISTS (SELECT 1 FROM catalogue_version v WHERE v.item_id = i.id AND v.actor_type <> 'system')
    RETURNING id, version, updated_at)
INSERT INTO catalogue_version (item_id, version, changed_at, actor_type, actor_id, actor_name, action, changes)
SELECT id, version, updated_at, 'system', 'handreiking', 'Correctie startinhoud (bronnen)', 'updated', '[{"field": "summary", "from": "Met de Wet inburgering 2021 krijgen gemeenten de regie over de inburgering. De wet ging in op 1 januari 2022; in 2021 moesten gemeenten hun werkwijze, inkoop en samenwerking daarop inrichten.", "to": "Met de Wet inburgering 2021 krijgen gemeenten de regie over de inburgering. De wet ging in op 1 januari 2022 (na de Handreiking); in 2021 moesten gemeenten hun werkwijze, inkoop en samenwerking daarop inrichten."}]'::jsonb FROM corrected;

-- t_ondertussengroep: summary
WITH corrected AS (
    UPDATE catalogue_item i SET summary = 'Wie vóór 2022 een verblijfsstatus kreeg, valt nog onder de Wet inburgering 2013. Het gaat om ongeveer 60.000 mensen. In april 2021 kwam er extra geld voor hun begeleiding (na de Handreiking).', version = version + 1, updated_at = now()
    WHERE id = '9e0214ad-c7e2-3d55-b3bf-6995d2589834' AND NOT EXISTS (SELECT 1 FROM catalogue_version v WHERE v.item_id = i.id AND v.actor_type <> 'system')
    RETURNING id, version, updated_at)
INSERT INTO catalogue_version (item_id, version, changed_at, actor_type, actor_id, actor_name, action, changes)
SELECT id, version, updated_at, 'system', 'handreiking', 'Correctie startinhoud (bronnen)', 'updated', '[{"field": "summary", "from": "Wie vóór 2022 een verblijfsstatus kreeg, valt nog onder de Wet inburgering 2013. Het gaat om ongeveer 60.000 mensen. In april 2021 kwam er extra geld voor hun begeleiding.", "to": "Wie vóór 2022 een verblijfsstatus kreeg, valt nog onder de Wet inburgering 2013. Het gaat om ongeveer 60.000 mensen. In april 2021 kwam er extra geld voor hun begeleiding (na de Handreiking)."}]'::jsonb FROM corrected;

-- t_ind_backlog: summary
WITH corrected AS (
    UPDATE catalogue_item i SET summary = 'De Taskforce IND moest alle asielaanvragen van vóór 1 april 2020 afhandelen. Die voorraad daalde van 15.350 op 1 april 2020 naar 3.070 eind mei 2021 (na de Handreiking); het doel was medio 2021.', version = version + 1, updated_at = now()
    WHERE id = 'befdd8f9-a2d8-3435-8491-d418b2902fd0' AND NOT EXISTS (SELECT 1 FROM catalogue_version v WHERE v.item_id = i.id AND v.actor_type <> 'system')
    RETURNING id, version, updated_at)
INSERT INTO catalogue_version (item_id, version, changed_at, actor_type, actor_id, actor_name, action, changes)
SELECT id, version, updated_at, 'system', 'handreiking', 'Correctie startinhoud (bronnen)', 'updated', '[{"field": "summary", "from": "De Taskforce IND moest alle asielaanvragen van vóór 1 april 2020 afhandelen. Die voorraad daalde van 15.350 op 1 april 2020 naar 3.070 eind mei 2021; het doel was medio 2021.", "to": "De Taskforce IND moest alle asielaanvragen van vóór 1 april 2020 afhandelen. Die voorraad daalde van 15.350 op 1 april 2020 naar 3.070 eind mei 2021 (na de Handreiking); het doel was medio 2021."}]'::jsonb FROM corrected;

-- t_iua: body
WITH corrected AS (
    UPDATE catalogue_item i SET body = 'De Handreiking is bedoeld voor de korte termijn. In de brief bij de Handreiking staat dat in de Landelijke Regietafel is afgesproken om daarnaast een Integrale Uitvoeringsagenda (IUA) te maken voor de middellange en lange termijn. De signalen van gemeenten en provincies worden daarbij gebruikt.

Volgens de brief:
- ligt het accent eerst op huisvesting, vooral van aandachtsgroepen en bijzondere doelgroepen die gemeenten moeten huisvesten;
- pakt BZK de IUA samen met de VNG op vanuit wonen;
- komt er een Integrale Financiële paragraaf op Huisvesting, waarin VNG, BZK en JenV de financiële gevolgen zo goed mogelijk in beeld brengen;
- wordt de Uitvoeringsagenda Flexibilisering Asielketen onderdeel van de IUA.

Nog niet geverifieerd: er is geen openbare bron gevonden die de IUA, de financiële paragraaf of de geplande datum van een eerste versie (volgens de brief vóór 1 april 2021) bevestigt. Daarom is geen periode ingevuld.', version = version + 1, updated_at = now()
    WHERE id = 'e66e9203-dca2-3bf4-8ff3-f719d444fb99' AND NOT EXISTS (SELECT 1 FROM catalogue_version v WHERE v.item_id = i.id AND v.actor_type <> 'system')
    RETURNING id, version, updated_at)
INSERT INTO catalogue_version (item_id, version, changed_at, actor_type, actor_id, actor_name, action, changes)
SELECT id, version, updated_at, 'system', 'handreiking', 'Correctie startinhoud (bronnen)', 'updated', '[{"field": "body", "from": "De Handreiking is bedoeld voor de korte termijn. In de brief bij de Handreiking staat dat in de Landelijke Regietafel is afgesproken om daarnaast een Integrale Uitvoeringsagenda (IUA) te maken voor de middellange en lange termijn. De signalen van gemeenten en provincies worden daarbij gebruikt.\n\nVolgens de brief:\n- ligt het accent eerst op huisvesting, vooral van aandachtsgroepen en bijzondere doelgroepen die gemeenten moeten huisvesten;\n- pakt BZK de IUA samen met de VNG op vanuit wonen;\n- komt er een Integrale Financiële paragraaf op Huisvesting, waarin VNG, BZK en JenV de financiële gevolgen zo goed mogelijk in beeld brengen;\n- wordt de Uitvoeringsagenda Flexibilisering Asielketen onderdeel van de IUA.\n\nNog niet geverifieerd: er is geen openbare bron gevonden die de IUA, de financiële paragraaf of de geplande datum van een eerste versie (volgens de brief vóór 1 april 2021) bevestigt. Daarom is geen periode ingevuld. De bronvermelding verwijst naar een bericht over de Handreiking zelf.", "to": "De Handreiking is bedoeld voor de korte termijn. In de brief bij de Handreiking staat dat in de Landelijke Regietafel is afgesproken om daarnaast een Integrale Uitvoeringsagenda (IUA) te maken voor de middellange en lange termijn. De signalen van gemeenten en provincies worden daarbij gebruikt.\n\nVolgens de brief:\n- ligt het accent eerst op huisvesting, vooral van aandachtsgroepen en bijzondere doelgroepen die gemeenten moeten huisvesten;\n- pakt BZK de IUA samen met de VNG op vanuit wonen;\n- komt er een Integrale Financiële paragraaf op Huisvesting, waarin VNG, BZK en JenV de financiële gevolgen zo goed mogelijk in beeld brengen;\n- wordt de Uitvoeringsagenda Flexibilisering Asielketen onderdeel van de IUA.\n\nNog niet geverifieerd: er is geen openbare bron gevonden die de IUA, de financiële paragraaf of de geplande datum van een eerste versie (volgens de brief vóór 1 april 2021) bevestigt. Daarom is geen periode ingevuld."}]'::jsonb FROM corrected;

-- t_aandachtsgroepen_wg: summary
WITH corrected AS (
    UPDATE catalogue_item i SET summary = 'Een interbestuurlijke werkgroep onder leiding van Bernard ter Haar onderzocht hoe aandachtsgroepen, onder wie vergunninghouders, beter gehuisvest kunnen worden. Het advies ''Een thuis voor iedereen'' verscheen op 8 juli 2021 (na de Handreiking).', version = version + 1, updated_at = now()
    WHERE id = '9a4cbd51-0bd5-368f-b949-6a4883efe35f' AND NOT EXISTS (SELECT 1 FROM catalogue_version v WHERE v.item_id = i.id AND v.actor_type <> 'system')
    RETURNING id, version, updated_at)
INSERT INTO catalogue_version (item_id, version, changed_at, actor_type, actor_id, actor_name, action, changes)
SELECT id, version, updated_at, 'system', 'handreiking', 'Correctie startinhoud (bronnen)', 'updated', '[{"field": "summary", "from": "Een interbestuurlijke werkgroep onder leiding van Bernard ter Haar onderzocht hoe aandachtsgroepen, onder wie vergunninghouders, beter gehuisvest kunnen worden. Het advies ''Een thuis voor iedereen'' verscheen op 8 juli 2021.", "to": "Een interbestuurlijke werkgroep onder leiding van Bernard ter Haar onderzocht hoe aandachtsgroepen, onder wie vergunninghouders, beter gehuisvest kunnen worden. Het advies ''Een thuis voor iedereen'' verscheen op 8 juli 2021 (na de Handreiking)."}]'::jsonb FROM corrected;

-- m_integrale_handreiking: summary
WITH corrected AS (
    UPDATE catalogue_item i SET summary = 'Overzicht van de opgaven in opvang, huisvesting en inburgering, met verwijzingen naar ondersteuning en financiering waar gemeenten en provincies in 2021 gebruik van kunnen maken. Voor vragen is er een gezamenlijk ondersteuningsteam. Een openbaar bericht erover is van 17 februari 2021 (na de Handreiking).', version = version + 1, updated_at = now()
    WHERE id = 'd1f6f54e-5c7c-36d3-8402-0b84727d00cc' AND NOT EXISTS (SELECT 1 FROM catalogue_version v WHERE v.item_id = i.id AND v.actor_type <> 'system')
    RETURNING id, version, updated_at)
INSERT INTO catalogue_version (item_id, version, changed_at, actor_type, actor_id, actor_name, action, changes)
SELECT id, version, updated_at, 'system', 'handreiking', 'Correctie startinhoud (bronnen)', 'updated', '[{"field": "summary", "from": "Overzicht van de opgaven in opvang, huisvesting en inburgering, met verwijzingen naar ondersteuning en financiering waar gemeenten en provincies in 2021 gebruik van kunnen maken. Voor vragen is er een gezamenlijk ondersteuningsteam.", "to": "Overzicht van de opgaven in opvang, huisvesting en inburgering, met verwijzingen naar ondersteuning en financiering waar gemeenten en provincies in 2021 gebruik van kunnen maken. Voor vragen is er een gezamenlijk ondersteuningsteam. Een openbaar bericht erover is van 17 februari 2021 (na de Handreiking)."}]'::jsonb FROM corrected;

-- m_aanjager: summary
WITH corrected AS (
    UPDATE catalogue_item i SET summary = 'Van februari tot november 2021 was Jantine Kriens in opdracht van de Landelijke Regietafel bestuurlijk aanjager. Zij moest de huisvesting van vergunninghouders versnellen. Haar eindrapport is van november 2021 (na de Handreiking).', version = version + 1, updated_at = now()
    WHERE id = '8e354503-b1d5-3f60-b9bf-771af15c6d84' AND NOT EXISTS (SELECT 1 FROM catalogue_version v WHERE v.item_id = i.id AND v.actor_type <> 'system')
    RETURNING id, version, updated_at)
INSERT INTO catalogue_version (item_id, version, changed_at, actor_type, actor_id, actor_name, action, changes)
SELECT id, version, updated_at, 'system', 'handreiking', 'Correctie startinhoud (bronnen)', 'updated', '[{"field": "summary", "from": "Van februari tot november 2021 was Jantine Kriens in opdracht van de Landelijke Regietafel bestuurlijk aanjager. Zij moest de huisvesting van vergunninghouders versnellen.", "to": "Van februari tot november 2021 was Jantine Kriens in opdracht van de Landelijke Regietafel bestuurlijk aanjager. Zij moest de huisvesting van vergunninghouders versnellen. Haar eindrapport is van november 2021 (na de Handreiking)."}]'::jsonb FROM corrected;

-- m_ufa
UPDATE catalogue_item i SET created_at = '2021-02-12T00:00:00+01', updated_at = '2021-02-12T00:00:00+01'
WHERE id = '42b35906-5156-365d-9206-43af82784841' AND version = 1 AND NOT EXISTS (SELECT 1 FROM catalogue_version v WHERE v.item_id = i.id AND v.actor_type <> 'system');
UPDATE catalogue_version SET changed_at = '2021-02-12T00:00:00+01' WHERE item_id = '42b35906-5156-365d-9206-43af82784841' AND version = 1 AND actor_type = 'system'
    AND NOT EXISTS (SELECT 1 FROM catalogue_item i WHERE i.id = '42b35906-5156-365d-9206-43af82784841' AND i.version > 1);

-- m_taskforce_ind: summary
WITH corrected AS (
    UPDATE catalogue_item i SET summary = 'Tijdelijk team van de IND om de achterstand in asielaanvragen van vóór 1 april 2020 weg te werken. Het doel was medio 2021. Met een oordeel van de inspectie van januari 2022 (na de Handreiking).', version = version + 1, updated_at = now()
    WHERE id = '1bc7799b-b3f3-3f97-8842-e4ed31d59388' AND NOT EXISTS (SELECT 1 FROM catalogue_version v WHERE v.item_id = i.id AND v.actor_type <> 'system')
    RETURNING id, version, updated_at)
INSERT INTO catalogue_version (item_id, version, changed_at, actor_type, actor_id, actor_name, action, changes)
SELECT id, version, updated_at, 'system', 'handreiking', 'Correctie startinhoud (bronnen)', 'updated', '[{"field": "summary", "from": "Tijdelijk team van de IND om de achterstand in asielaanvragen van vóór 1 april 2020 weg te werken. Het doel was medio 2021.", "to": "Tijdelijk team van de IND om de achterstand in asielaanvragen van vóór 1 april 2020 weg te werken. Het doel was medio 2021. Met een oordeel van de inspectie van januari 2022 (na de Handreiking)."}]'::jsonb FROM corrected;

-- m_logeerregeling: summary
WITH corrected AS (
    UPDATE catalogue_item i SET summary = 'Een vergunninghouder die op een woning wacht, kan tot 3 maanden (met verlenging) logeren bij vrienden, familie of een gastgezin. Daarmee komt een plek in de opvang vrij. Met de tijdelijke verhoging van maart 2021 (na de Handreiking).', version = version + 1, updated_at = now()
    WHERE id = 'ff9ffb30-b8f1-36ed-8006-ab066cbec7ce' AND NOT EXISTS (SELECT 1 FROM catalogue_version v WHERE v.item_id = i.id AND v.actor_type <> 'system')
    RETURNING id, version, updated_at)
INSERT INTO catalogue_version (item_id, version, changed_at, actor_type, actor_id, actor_name, action, changes)
SELECT id, version, updated_at, 'system', 'handreiking', 'Correctie startinhoud (bronnen)', 'updated', '[{"field": "summary", "from": "Een vergunninghouder die op een woning wacht, kan tot 3 maanden (met verlenging) logeren bij vrienden, familie of een gastgezin. Daarmee komt een plek in de opvang vrij.", "to": "Een vergunninghouder die op een woning wacht, kan tot 3 maanden (met verlenging) logeren bij vrienden, familie of een gastgezin. Daarmee komt een plek in de opvang vrij. Met de tijdelijke verhoging van maart 2021 (na de Handreiking)."}]'::jsonb FROM corrected;

-- m_hotels_2021
UPDATE catalogue_item i SET created_at = '2021-10-29T00:00:00+01', updated_at = '2021-10-29T00:00:00+01'
WHERE id = 'b28a4954-a3ed-350d-b06a-6884de5fc064' AND version = 1 AND NOT EXISTS (SELECT 1 FROM catalogue_version v WHERE v.item_id = i.id AND v.actor_type <> 'system');
UPDATE catalogue_version SET changed_at = '2021-10-29T00:00:00+01' WHERE item_id = 'b28a4954-a3ed-350d-b06a-6884de5fc064' AND version = 1 AND actor_type = 'system'
    AND NOT EXISTS (SELECT 1 FROM catalogue_item i WHERE i.id = 'b28a4954-a3ed-350d-b06a-6884de5fc064' AND i.version > 1);

-- m_voorinburgering
UPDATE catalogue_item i SET created_at = '2021-02-12T00:00:00+01', updated_at = '2021-02-12T00:00:00+01'
WHERE id = '740acd4d-32ec-34a4-8ac5-e800c553bf60' AND version = 1 AND NOT EXISTS (SELECT 1 FROM catalogue_version v WHERE v.item_id = i.id AND v.actor_type <> 'system');
UPDATE catalogue_version SET changed_at = '2021-02-12T00:00:00+01' WHERE item_id = '740acd4d-32ec-34a4-8ac5-e800c553bf60' AND version = 1 AND actor_type = 'system'
    AND NOT EXISTS (SELECT 1 FROM catalogue_item i WHERE i.id = '740acd4d-32ec-34a4-8ac5-e800c553bf60' AND i.version > 1);

-- m_wi2021: summary
WITH corrected AS (
    UPDATE catalogue_item i SET summary = 'De nieuwe inburgeringswet geeft gemeenten de regie, met een brede intake, een persoonlijk plan en drie leerroutes. De wet geldt sinds 1 januari 2022 (na de Handreiking).', version = version + 1, updated_at = now()
    WHERE id = '99996137-e6c3-379a-a7de-7ae2c6b1afa5' AND NOT EXISTS (SELECT 1 FROM catalogue_version v WHERE v.item_id = i.id AND v.actor_type <> 'system')
    RETURNING id, version, updated_at)
INSERT INTO catalogue_version (item_id, version, changed_at, actor_type, actor_id, actor_name, action, changes)
SELECT id, version, updated_at, 'system', 'handreiking', 'Correctie startinhoud (bronnen)', 'updated', '[{"field": "summary", "from": "De nieuwe inburgeringswet geeft gemeenten de regie, met een brede intake, een persoonlijk plan en drie leerroutes. De wet geldt sinds 1 januari 2022.", "to": "De nieuwe inburgeringswet geeft gemeenten de regie, met een brede intake, een persoonlijk plan en drie leerroutes. De wet geldt sinds 1 januari 2022 (na de Handreiking)."}]'::jsonb FROM corrected;

-- m_brede_intake_pip: summary
WITH corrected AS (
    UPDATE catalogue_item i SET summary = 'Onder de Wet inburgering 2021 begint de inburgering met een brede intake door de gemeente. De uitkomst, waaronder de leerroute, staat in het Plan Inburgering en Participatie. Divosa heeft hiervoor een handreiking. De wet geldt sinds 1 januari 2022 (na de Handreiking).', version = version + 1, updated_at = now()
    WHERE id = 'c64bd13f-879a-38c4-a1cb-5037a31850ed' AND NOT EXISTS (SELECT 1 FROM catalogue_version v WHERE v.item_id = i.id AND v.actor_type <> 'system')
    RETURNING id, version, updated_at)
INSERT INTO catalogue_version (item_id, version, changed_at, actor_type, actor_id, actor_name, action, changes)
SELECT id, version, updated_at, 'system', 'handreiking', 'Correctie startinhoud (bronnen)', 'updated', '[{"field": "summary", "from": "Onder de Wet inburgering 2021 begint de inburgering met een brede intake door de gemeente. De uitkomst, waaronder de leerroute, staat in het Plan Inburgering en Participatie. Divosa heeft hiervoor een handreiking.", "to": "Onder de Wet inburgering 2021 begint de inburgering met een brede intake door de gemeente. De uitkomst, waaronder de leerroute, staat in het Plan Inburgering en Participatie. Divosa heeft hiervoor een handreiking. De wet geldt sinds 1 januari 2022 (na de Handreiking)."}]'::jsonb FROM corrected;

-- m_ondersteuningsprogramma_wi
UPDATE catalogue_item i SET created_at = '2021-02-12T00:00:00+01', updated_at = '2021-02-12T00:00:00+01'
WHERE id = '42d454f7-38e4-369d-864b-df12e01a9df5' AND version = 1 AND NOT EXISTS (SELECT 1 FROM catalogue_version v WHERE v.item_id = i.id AND v.actor_type <> 'system');
UPDATE catalogue_version SET changed_at = '2021-02-12T00:00:00+01' WHERE item_id = '42d454f7-38e4-369d-864b-df12e01a9df5' AND version = 1 AND actor_type = 'system'
    AND NOT EXISTS (SELECT 1 FROM catalogue_item i WHERE i.id = '42d454f7-38e4-369d-864b-df12e01a9df5' AND i.version > 1);

-- m_divosa_regio
UPDATE catalogue_item i SET created_at = '2021-02-12T00:00:00+01', updated_at = '2021-02-12T00:00:00+01'
WHERE id = '4fbba4be-ebea-3d7d-81b4-85e06d282607' AND version = 1 AND NOT EXISTS (SELECT 1 FROM catalogue_version v WHERE v.item_id = i.id AND v.actor_type <> 'system');
UPDATE catalogue_version SET changed_at = '2021-02-12T00:00:00+01' WHERE item_id = '4fbba4be-ebea-3d7d-81b4-85e06d282607' AND version = 1 AND actor_type = 'system'
    AND NOT EXISTS (SELECT 1 FROM catalogue_item i WHERE i.id = '4fbba4be-ebea-3d7d-81b4-85e06d282607' AND i.version > 1);

-- m_expertteam_woningbouw
UPDATE catalogue_item i SET created_at = '2021-02-12T00:00:00+01', updated_at = '2021-02-12T00:00:00+01'
WHERE id = '767b52a1-68cd-38a4-8bda-d60ae041da86' AND version = 1 AND NOT EXISTS (SELECT 1 FROM catalogue_version v WHERE v.item_id = i.id AND v.actor_type <> 'system');
UPDATE catalogue_version SET changed_at = '2021-02-12T00:00:00+01' WHERE item_id = '767b52a1-68cd-38a4-8bda-d60ae041da86' AND version = 1 AND actor_type = 'system'
    AND NOT EXISTS (SELECT 1 FROM catalogue_item i WHERE i.id = '767b52a1-68cd-38a4-8bda-d60ae041da86' AND i.version > 1);

-- m_een_thuis_voor_iedereen: body
WITH corrected AS (
    UPDATE catalogue_item i SET body = 'Op 8 juli 2021 bracht de interbestuurlijke werkgroep huisvesting aandachtsgroepen, onder leiding van Bernard ter Haar, het advies ''Een thuis voor iedereen'' uit. Op 11 mei 2022 volgde het programma met dezelfde naam.

Het programma heeft vier ambities:
- meer woningen;
- een eerlijkere spreiding van sociale huurwoningen;
- een betere verbinding tussen wonen, zorg en werk;
- het voorkomen van dakloosheid.

Vergunninghouders zijn een van de aandachtsgroepen waar het programma over gaat.

Andere bronnen:
- https://www.woningmarktbeleid.nl/documenten/praktijkverhalen/2021/07/01/drie-vragen-aan-bernard-ter-haar-voorzitter-van-de-interbestuurlijke-werkgroep-huisvesting-aandachtsgroepen
- https://www.platform31.nl/artikelen/een-thuis-voor-iedereen-koplopers-doen-ervaring-op/', version = version + 1, updated_at = now()
    WHERE id = '436096e2-d0d0-36b6-b2bc-4a3d96098d7c' AND NOT EXISTS (SELECT 1 FROM catalogue_version v WHERE v.item_id = i.id AND v.actor_type <> 'system')
    RETURNING id, version, updated_at)
INSERT INTO catalogue_version (item_id, version, changed_at, actor_type, actor_id, actor_name, action, changes)
SELECT id, version, updated_at, 'system', 'handreiking', 'Correctie startinhoud (bronnen)', 'updated', '[{"field": "body", "from": "Op 8 juli 2021 bracht de interbestuurlijke werkgroep huisvesting aandachtsgroepen, onder leiding van Bernard ter Haar, het advies ''Een thuis voor iedereen'' uit. Op 11 mei 2022 volgde het programma met dezelfde naam.\n\nHet programma heeft vier ambities:\n- meer woningen;\n- een eerlijker spreiding van sociale huurwoningen;\n- een betere verbinding tussen wonen, zorg en werk;\n- het voorkomen van dakloosheid.\n\nVergunninghouders zijn een van de aandachtsgroepen waar het programma over gaat.\n\nAndere bronnen:\n- https://www.woningmarktbeleid.nl/documenten/praktijkverhalen/2021/07/01/drie-vragen-aan-bernard-ter-haar-voorzitter-van-de-interbestuurlijke-werkgroep-huisvesting-aandachtsgroepen\n- https://www.platform31.nl/artikelen/een-thuis-voor-iedereen-koplopers-doen-ervaring-op/", "to": "Op 8 juli 2021 bracht de interbestuurlijke werkgroep huisvesting aandachtsgroepen, onder leiding van Bernard ter Haar, het advies ''Een thuis voor iedereen'' uit. Op 11 mei 2022 volgde het programma met dezelfde naam.\n\nHet programma heeft vier ambities:\n- meer woningen;\n- een eerlijkere spreiding van sociale huurwoningen;\n- een betere verbinding tussen wonen, zorg en werk;\n- het voorkomen van dakloosheid.\n\nVergunninghouders zijn een van de aandachtsgroepen waar het programma over gaat.\n\nAndere bronnen:\n- https://www.woningmarktbeleid.nl/documenten/praktijkverhalen/2021/07/01/drie-vragen-aan-bernard-ter-haar-voorzitter-van-de-interbestuurlijke-werkgroep-huisvesting-aandachtsgroepen\n- https://www.platform31.nl/artikelen/een-thuis-voor-iedereen-koplopers-doen-ervaring-op/"}]'::jsonb FROM corrected;

-- m_azc_bestuursovereenkomst
UPDATE catalogue_item i SET created_at = '2021-02-12T00:00:00+01', updated_at = '2021-02-12T00:00:00+01'
WHERE id = '9320fa6c-c0c2-3987-8c31-65f5bb0a63af' AND version = 1 AND NOT EXISTS (SELECT 1 FROM catalogue_version v WHERE v.item_id = i.id AND v.actor_type <> 'system');
UPDATE catalogue_version SET changed_at = '2021-02-12T00:00:00+01' WHERE item_id = '9320fa6c-c0c2-3987-8c31-65f5bb0a63af' AND version = 1 AND actor_type = 'system'
    AND NOT EXISTS (SELECT 1 FROM catalogue_item i WHERE i.id = '9320fa6c-c0c2-3987-8c31-65f5bb0a63af' AND i.version > 1);

-- m_taskforce_tijdelijke_huisvesting
UPDATE catalogue_item i SET created_at = '2022-05-31T00:00:00+01', updated_at = '2022-05-31T00:00:00+01'
WHERE id = '381e724c-2f48-37d2-a95a-a101ff10eb54' AND version = 1 AND NOT EXISTS (SELECT 1 FROM catalogue_version v WHERE v.item_id = i.id AND v.actor_type <> 'system');
UPDATE catalogue_version SET changed_at = '2022-05-31T00:00:00+01' WHERE item_id = '381e724c-2f48-37d2-a95a-a101ff10eb54' AND version = 1 AND actor_type = 'system'
    AND NOT EXISTS (SELECT 1 FROM catalogue_item i WHERE i.id = '381e724c-2f48-37d2-a95a-a101ff10eb54' AND i.version > 1);

-- f_spuk_kwetsbare_2020: windowEnded
WITH corrected AS (
    UPDATE catalogue_item i SET window_ended = true, version = version + 1, updated_at = now()
    WHERE id = 'f06b85f6-be93-3b35-b4bd-9fc7d9b7e3a6' AND NOT EXISTS (SELECT 1 FROM catalogue_version v WHERE v.item_id = i.id AND v.actor_type <> 'system')
    RETURNING id, version, updated_at)
INSERT INTO catalogue_version (item_id, version, changed_at, actor_type, actor_id, actor_name, action, changes)
SELECT id, version, updated_at, 'system', 'handreiking', 'Correctie startinhoud (bronnen)', 'updated', '[{"field": "windowEnded", "from": null, "to": "true"}]'::jsonb FROM corrected;

-- f_rha_2021: summary, body, windowEnded
WITH corrected AS (
    UPDATE catalogue_item i SET summary = 'Bijdrage van BZK van in totaal 50 miljoen euro voor extra woningen voor aandachtsgroepen, ook voor vergunninghouders. Gemeenten konden aanvragen vanaf 28 oktober 2021. De regeling is voorbij (najaar 2021, na de Handreiking).', body = 'De regeling van 20 september 2021 is de tweede tranche voor de huisvesting van aandachtsgroepen. Doelgroepen zijn dak- en thuislozen, arbeidsmigranten, studenten, vergunninghouders, woonwagenbewoners en andere spoedzoekers.

Voorwaarden:
- de woningen komen er extra bij in de woningvoorraad;
- ze zijn minstens 10 jaar helemaal of voor een deel bestemd voor deze groepen;
- voor kamers voor arbeidsmigranten geldt een maximum van 100 euro per persoon per week.

Het budget was 50 miljoen euro. Meer dan 80 gemeenten dienden 128 aanvragen in, samen voor 35,5 miljoen euro, voor 7.427 woningen en 1.651 kamers. RVO beoordeelt de aanvragen namens de minister.

De regeling is voorbij: op 2 december 2021 kregen de eerste gemeenten geld. De sluitingsdatum voor aanvragen staat niet in de bronnen.

Andere bronnen:
- https://www.rijksoverheid.nl/actueel/nieuws/2021/12/02/eerste-gemeenten-krijgen-geld-voor-huisvesting-aandachtsgroepen
- https://www.vvg.nl/actueel/nieuws/praktijkblad-grondzaken-en-gebiedsontwikkeling-editie-6-is-verschenen/89', window_ended = true, version = version + 1, updated_at = now()
    WHERE id = 'a1172e7c-d6eb-3855-8c0a-d339f9b134c8' AND NOT EXISTS (SELECT 1 FROM catalogue_version v WHERE v.item_id = i.id AND v.actor_type <> 'system')
    RETURNING id, version, updated_at)
INSERT INTO catalogue_version (item_id, version, changed_at, actor_type, actor_id, actor_name, action, changes)
SELECT id, version, updated_at, 'system', 'handreiking', 'Correctie startinhoud (bronnen)', 'updated', '[{"field": "summary", "from": "Bijdrage van BZK van in totaal 50 miljoen euro voor extra woningen voor aandachtsgroepen, ook voor vergunninghouders. Aanvragen kon vanaf 28 oktober 2021 (najaar 2021, na de Handreiking).", "to": "Bijdrage van BZK van in totaal 50 miljoen euro voor extra woningen voor aandachtsgroepen, ook voor vergunninghouders. Gemeenten konden aanvragen vanaf 28 oktober 2021. De regeling is voorbij (najaar 2021, na de Handreiking)."}, {"field": "body", "from": "De regeling van 20 september 2021 is de tweede tranche voor de huisvesting van aandachtsgroepen. Doelgroepen zijn dak- en thuislozen, arbeidsmigranten, studenten, vergunninghouders, woonwagenbewoners en andere spoedzoekers.\n\nVoorwaarden:\n- de woningen komen er extra bij in de woningvoorraad;\n- ze zijn minstens 10 jaar helemaal of voor een deel bestemd voor deze groepen;\n- voor kamers voor arbeidsmigranten geldt een maximum van 100 euro per persoon per week.\n\nHet budget was 50 miljoen euro. Meer dan 80 gemeenten dienden 128 aanvragen in, samen voor 35,5 miljoen euro, voor 7.427 woningen en 1.651 kamers. RVO beoordeelt de aanvragen namens de minister.\n\nNog niet geverifieerd: de sluitingsdatum voor aanvragen.\n\nAndere bronnen:\n- https://www.rijksoverheid.nl/actueel/nieuws/2021/12/02/eerste-gemeenten-krijgen-geld-voor-huisvesting-aandachtsgroepen\n- https://www.vvg.nl/actueel/nieuws/praktijkblad-grondzaken-en-gebiedsontwikkeling-editie-6-is-verschenen/89", "to": "De regeling van 20 september 2021 is de tweede tranche voor de huisvesting van aandachtsgroepen. Doelgroepen zijn dak- en thuislozen, arbeidsmigranten, studenten, vergunninghouders, woonwagenbewoners en andere spoedzoekers.\n\nVoorwaarden:\n- de woningen komen er extra bij in de woningvoorraad;\n- ze zijn minstens 10 jaar helemaal of voor een deel bestemd voor deze groepen;\n- voor kamers voor arbeidsmigranten geldt een maximum van 100 euro per persoon per week.\n\nHet budget was 50 miljoen euro. Meer dan 80 gemeenten dienden 128 aanvragen in, samen voor 35,5 miljoen euro, voor 7.427 woningen en 1.651 kamers. RVO beoordeelt de aanvragen namens de minister.\n\nDe regeling is voorbij: op 2 december 2021 kregen de eerste gemeenten geld. De sluitingsdatum voor aanvragen staat niet in de bronnen.\n\nAndere bronnen:\n- https://www.rijksoverheid.nl/actueel/nieuws/2021/12/02/eerste-gemeenten-krijgen-geld-voor-huisvesting-aandachtsgroepen\n- https://www.vvg.nl/actueel/nieuws/praktijkblad-grondzaken-en-gebiedsontwikkeling-editie-6-is-verschenen/89"}, {"field": "windowEnded", "from": null, "to": "true"}]'::jsonb FROM corrected;

-- f_13gemeenten_800vh: summary, windowEnded
WITH corrected AS (
    UPDATE catalogue_item i SET summary = 'Samen 14,9 miljoen euro voor 13 gemeenten om binnen 2 jaar woonruimte te maken voor ongeveer 800 vergunninghouders en 600 andere mensen uit aandachtsgroepen (eind 2021, na de Handreiking). Het geld is verdeeld; aanvragen kan niet meer.', window_ended = true, version = version + 1, updated_at = now()
    WHERE id = 'bd1fc60e-fbe2-30cf-b628-eef5a36fb0ac' AND NOT EXISTS (SELECT 1 FROM catalogue_version v WHERE v.item_id = i.id AND v.actor_type <> 'system')
    RETURNING id, version, updated_at)
INSERT INTO catalogue_version (item_id, version, changed_at, actor_type, actor_id, actor_name, action, changes)
SELECT id, version, updated_at, 'system', 'handreiking', 'Correctie startinhoud (bronnen)', 'updated', '[{"field": "summary", "from": "Samen 14,9 miljoen euro voor 13 gemeenten om binnen 2 jaar woonruimte te maken voor ongeveer 800 vergunninghouders en 600 andere mensen uit aandachtsgroepen (eind 2021, na de Handreiking).", "to": "Samen 14,9 miljoen euro voor 13 gemeenten om binnen 2 jaar woonruimte te maken voor ongeveer 800 vergunninghouders en 600 andere mensen uit aandachtsgroepen (eind 2021, na de Handreiking). Het geld is verdeeld; aanvragen kan niet meer."}, {"field": "windowEnded", "from": null, "to": "true"}]'::jsonb FROM corrected;

-- f_grote_gezinnen_2021: summary
WITH corrected AS (
    UPDATE catalogue_item i SET summary = 'Gemeenten konden 32.500 euro krijgen voor elk gehuisvest vergunninghoudersgezin van 8 personen of meer. Het budget was 1 miljoen euro; gemeenten konden zich aanmelden van 27 mei tot en met 11 juni 2021 (mei 2021, na de Handreiking).', version = version + 1, updated_at = now()
    WHERE id = 'b7ef1051-f5f8-35a9-988e-bb0645e6f082' AND NOT EXISTS (SELECT 1 FROM catalogue_version v WHERE v.item_id = i.id AND v.actor_type <> 'system')
    RETURNING id, version, updated_at)
INSERT INTO catalogue_version (item_id, version, changed_at, actor_type, actor_id, actor_name, action, changes)
SELECT id, version, updated_at, 'system', 'handreiking', 'Correctie startinhoud (bronnen)', 'updated', '[{"field": "summary", "from": "Gemeenten konden 32.500 euro krijgen voor elk gehuisvest vergunninghoudersgezin van 8 personen of meer. Het budget was 1 miljoen euro; aanmelden kon van 27 mei tot en met 11 juni 2021.", "to": "Gemeenten konden 32.500 euro krijgen voor elk gehuisvest vergunninghoudersgezin van 8 personen of meer. Het budget was 1 miljoen euro; gemeenten konden zich aanmelden van 27 mei tot en met 11 juni 2021 (mei 2021, na de Handreiking)."}]'::jsonb FROM corrected;

-- f_woningbouwimpuls: summary
WITH corrected AS (
    UPDATE catalogue_item i SET summary = 'Specifieke uitkering van BZK om sneller betaalbare woningen te bouwen waar projecten een tekort aan publieke financiering hebben. Gemeenten vragen aan per tranche; de derde tranche stond open van 1 tot en met 17 september 2021 (na de Handreiking).', version = version + 1, updated_at = now()
    WHERE id = '7769a3f5-b056-37e8-a52a-dd5e69a79655' AND NOT EXISTS (SELECT 1 FROM catalogue_version v WHERE v.item_id = i.id AND v.actor_type <> 'system')
    RETURNING id, version, updated_at)
INSERT INTO catalogue_version (item_id, version, changed_at, actor_type, actor_id, actor_name, action, changes)
SELECT id, version, updated_at, 'system', 'handreiking', 'Correctie startinhoud (bronnen)', 'updated', '[{"field": "summary", "from": "Specifieke uitkering van BZK om sneller betaalbare woningen te bouwen waar projecten een tekort aan publieke financiering hebben. Gemeenten vragen aan per tranche; de derde tranche stond open van 1 tot en met 17 september 2021.", "to": "Specifieke uitkering van BZK om sneller betaalbare woningen te bouwen waar projecten een tekort aan publieke financiering hebben. Gemeenten vragen aan per tranche; de derde tranche stond open van 1 tot en met 17 september 2021 (na de Handreiking)."}]'::jsonb FROM corrected;

-- f_volkshuisvestingsfonds: summary, body
WITH corrected AS (
    UPDATE catalogue_item i SET summary = 'Fonds van 450 miljoen euro (inclusief btw) voor de aanpak van de woningvoorraad in kwetsbare gebieden. Gemeenten konden via RVO aanvragen van 3 tot en met 19 mei 2021 (na de Handreiking). Niet speciaal voor vergunninghouders.', body = 'Het Volkshuisvestingsfonds (Regeling specifieke uitkering herstructurering volkshuisvesting) is bedoeld voor kwetsbare gebieden. Voorrang kregen 16 gebieden voor stedelijke vernieuwing en 13 grens- en krimpregio''s.

Voorwaarden:
- minimaal 200 woningen of 7,5 miljoen euro;
- 30% cofinanciering: de aanvrager betaalt zelf ook mee;
- een looptijd van maximaal 10 jaar;
- één uitkering per gemeente.

Aanvragen kon via RVO van 3 mei 2021 9.00 uur tot 19 mei 2021 17.00 uur. Op 15 juli 2021 kregen 20 gemeenten geld, voor 33 deelplannen en ongeveer 22.000 woningen.

Andere bron:
- https://nul20.nl/loket-volkshuistingsfonds-open-450-miljoen-voor-kwetsbare-gebieden', version = version + 1, updated_at = now()
    WHERE id = '74ac59f9-f11b-3906-b8ce-a1cbfe6ffb80' AND NOT EXISTS (SELECT 1 FROM catalogue_version v WHERE v.item_id = i.id AND v.actor_type <> 'system')
    RETURNING id, version, updated_at)
INSERT INTO catalogue_version (item_id, version, changed_at, actor_type, actor_id, actor_name, action, changes)
SELECT id, version, updated_at, 'system', 'handreiking', 'Correctie startinhoud (bronnen)', 'updated', '[{"field": "summary", "from": "Fonds van 450 miljoen euro (inclusief btw) voor de aanpak van de woningvoorraad in kwetsbare gebieden. Aanvragen via RVO kon van 3 tot en met 19 mei 2021. Niet specifiek voor vergunninghouders.", "to": "Fonds van 450 miljoen euro (inclusief btw) voor de aanpak van de woningvoorraad in kwetsbare gebieden. Gemeenten konden via RVO aanvragen van 3 tot en met 19 mei 2021 (na de Handreiking). Niet speciaal voor vergunninghouders."}, {"field": "body", "from": "Het Volkshuisvestingsfonds (Regeling specifieke uitkering herstructurering volkshuisvesting) is bedoeld voor kwetsbare gebieden. Voorrang kregen 16 gebieden voor stedelijke vernieuwing en 13 grens- en krimpregio''s.\n\nVoorwaarden:\n- minimaal 200 woningen of 7,5 miljoen euro;\n- 30% cofinanciering;\n- een looptijd van maximaal 10 jaar;\n- één uitkering per gemeente.\n\nAanvragen kon via RVO van 3 mei 2021 9.00 uur tot 19 mei 2021 17.00 uur. Op 15 juli 2021 kregen 20 gemeenten geld, voor 33 deelplannen en ongeveer 22.000 woningen.\n\nAndere bron:\n- https://nul20.nl/loket-volkshuistingsfonds-open-450-miljoen-voor-kwetsbare-gebieden", "to": "Het Volkshuisvestingsfonds (Regeling specifieke uitkering herstructurering volkshuisvesting) is bedoeld voor kwetsbare gebieden. Voorrang kregen 16 gebieden voor stedelijke vernieuwing en 13 grens- en krimpregio''s.\n\nVoorwaarden:\n- minimaal 200 woningen of 7,5 miljoen euro;\n- 30% cofinanciering: de aanvrager betaalt zelf ook mee;\n- een looptijd van maximaal 10 jaar;\n- één uitkering per gemeente.\n\nAanvragen kon via RVO van 3 mei 2021 9.00 uur tot 19 mei 2021 17.00 uur. Op 15 juli 2021 kregen 20 gemeenten geld, voor 33 deelplannen en ongeveer 22.000 woningen.\n\nAndere bron:\n- https://nul20.nl/loket-volkshuistingsfonds-open-450-miljoen-voor-kwetsbare-gebieden"}]'::jsonb FROM corrected;

-- f_faciliteitenbesluit: body, openEnded
WITH corrected AS (
    UPDATE catalogue_item i SET body = 'Een gemeente met een opvanglocatie van het COA krijgt een vergoeding op grond van het Faciliteitenbesluit opvangcentra. Die bestaat uit:
- een bedrag voor capaciteitsplaatsen (artikel 3);
- een bedrag voor woonruimte-eenheden, als compensatie voor gemiste onroerendezaakbelasting (artikel 4); vijf bewoners tellen als één eenheid;
- een bedrag voor vrijwilligersgroepen.

BZK stelt de bedragen elk jaar vast in de septembercirculaire van het gemeentefonds. Het COA berekent de vergoeding met de inschrijvingen in de BRP op 1 januari. Het geld komt als decentralisatie-uitkering via het gemeentefonds: een bedrag voor een bepaalde taak dat alleen de betrokken gemeenten krijgen.

Voorwaarde is een bestuursovereenkomst of een andere afspraak met het COA over een locatie.', open_ended = true, version = version + 1, updated_at = now()
    WHERE id = 'd2fdac96-d727-30fa-8a5b-145d08620933' AND NOT EXISTS (SELECT 1 FROM catalogue_version v WHERE v.item_id = i.id AND v.actor_type <> 'system')
    RETURNING id, version, updated_at)
INSERT INTO catalogue_version (item_id, version, changed_at, actor_type, actor_id, actor_name, action, changes)
SELECT id, version, updated_at, 'system', 'handreiking', 'Correctie startinhoud (bronnen)', 'updated', '[{"field": "body", "from": "Een gemeente met een opvanglocatie van het COA krijgt een vergoeding op grond van het Faciliteitenbesluit opvangcentra. Die bestaat uit:\n- een bedrag voor capaciteitsplaatsen (artikel 3);\n- een bedrag voor woonruimte-eenheden, als compensatie voor gemiste onroerendezaakbelasting (artikel 4); vijf bewoners tellen als één eenheid;\n- een bedrag voor vrijwilligersgroepen.\n\nBZK stelt de bedragen elk jaar vast in de septembercirculaire van het gemeentefonds. Het COA berekent de vergoeding met de inschrijvingen in de BRP op 1 januari. Het geld komt als decentralisatie-uitkering via het gemeentefonds.\n\nVoorwaarde is een bestuursovereenkomst of een andere afspraak met het COA over een locatie.", "to": "Een gemeente met een opvanglocatie van het COA krijgt een vergoeding op grond van het Faciliteitenbesluit opvangcentra. Die bestaat uit:\n- een bedrag voor capaciteitsplaatsen (artikel 3);\n- een bedrag voor woonruimte-eenheden, als compensatie voor gemiste onroerendezaakbelasting (artikel 4); vijf bewoners tellen als één eenheid;\n- een bedrag voor vrijwilligersgroepen.\n\nBZK stelt de bedragen elk jaar vast in de septembercirculaire van het gemeentefonds. Het COA berekent de vergoeding met de inschrijvingen in de BRP op 1 januari. Het geld komt als decentralisatie-uitkering via het gemeentefonds: een bedrag voor een bepaalde taak dat alleen de betrokken gemeenten krijgen.\n\nVoorwaarde is een bestuursovereenkomst of een andere afspraak met het COA over een locatie."}, {"field": "openEnded", "from": null, "to": "true"}]'::jsonb FROM corrected;

-- f_logeer_allowance: summary, body, windowEnded
WITH corrected AS (
    UPDATE catalogue_item i SET summary = 'Vanaf 22 maart 2021 kregen vergunninghouders die de logeerregeling gebruikten tijdelijk een hogere extra weekvergoeding van het COA: 75 euro voor de eerste persoon in plaats van 25 euro. Deze tijdelijke verhoging is voorbij (maart 2021, na de Handreiking).', body = 'Vergunninghouders die via de logeerregeling bij vrienden, familie of een gastgezin verblijven, krijgen van het COA een extra vergoeding per week. Vanaf 22 maart 2021 was die tijdelijk verhoogd:
- eerste persoon: 75 euro (was 25 euro);
- tweede persoon: 25 euro;
- derde en vierde persoon: 12,50 euro;
- maximaal 125 euro per gezin.

Voor wie en onder welke voorwaarden: zie de logeerregeling.

De verhoging was tijdelijk en is voorbij. Tot wanneer zij gold, staat niet in de bron.', window_ended = true, version = version + 1, updated_at = now()
    WHERE id = 'a81ceafc-b531-399e-9abc-6aac17d0ef63' AND NOT EXISTS (SELECT 1 FROM catalogue_version v WHERE v.item_id = i.id AND v.actor_type <> 'system')
    RETURNING id, version, updated_at)
INSERT INTO catalogue_version (item_id, version, changed_at, actor_type, actor_id, actor_name, action, changes)
SELECT id, version, updated_at, 'system', 'handreiking', 'Correctie startinhoud (bronnen)', 'updated', '[{"field": "summary", "from": "Vanaf 22 maart 2021 krijgen vergunninghouders die de logeerregeling gebruiken tijdelijk een hogere extra weekvergoeding van het COA: 75 euro voor de eerste persoon in plaats van 25 euro.", "to": "Vanaf 22 maart 2021 kregen vergunninghouders die de logeerregeling gebruikten tijdelijk een hogere extra weekvergoeding van het COA: 75 euro voor de eerste persoon in plaats van 25 euro. Deze tijdelijke verhoging is voorbij (maart 2021, na de Handreiking)."}, {"field": "body", "from": "Vergunninghouders die via de logeerregeling bij vrienden, familie of een gastgezin verblijven, krijgen van het COA een extra vergoeding per week. Vanaf 22 maart 2021 is die tijdelijk verhoogd:\n- eerste persoon: 75 euro (was 25 euro);\n- tweede persoon: 25 euro;\n- derde en vierde persoon: 12,50 euro;\n- maximaal 125 euro per gezin.\n\nVoor wie en onder welke voorwaarden: zie de logeerregeling.\n\nNog niet geverifieerd: tot wanneer de verhoging geldt; de bron noemt geen einddatum.", "to": "Vergunninghouders die via de logeerregeling bij vrienden, familie of een gastgezin verblijven, krijgen van het COA een extra vergoeding per week. Vanaf 22 maart 2021 was die tijdelijk verhoogd:\n- eerste persoon: 75 euro (was 25 euro);\n- tweede persoon: 25 euro;\n- derde en vierde persoon: 12,50 euro;\n- maximaal 125 euro per gezin.\n\nVoor wie en onder welke voorwaarden: zie de logeerregeling.\n\nDe verhoging was tijdelijk en is voorbij. Tot wanneer zij gold, staat niet in de bron."}, {"field": "windowEnded", "from": null, "to": "true"}]'::jsonb FROM corrected;

-- f_spuk_wi2021: summary, body, openEnded
WITH corrected AS (
    UPDATE catalogue_item i SET summary = 'SZW betaalt gemeenten via een specifieke uitkering voor de inburgeringsvoorzieningen onder de nieuwe wet. De voorlopige beschikkingen (besluiten over het bedrag) voor 2022 zijn op 30 september 2021 verstuurd (2022, na de Handreiking).', body = 'Voor de Wet inburgering 2021 krijgen gemeenten een specifieke uitkering van SZW: geld van het Rijk dat alleen voor dit doel mag worden gebruikt. Daaruit betalen zij de inburgeringsvoorzieningen: de leerroutes, de module arbeidsmarkt en participatie (MAP), maatschappelijke begeleiding, het participatieverklaringstraject (PVT) en tolken.

Alle gemeenten krijgen een bedrag dat afhangt van het verwachte aantal inburgeraars. Op 30 september 2021 zijn de beschikkingen met de voorlopige uitkering voor 2022 verstuurd.

De kosten van invoering en uitvoering lopen niet via deze uitkering, maar via het gemeentefonds.

Andere bron:
- https://divosa.nl/publicaties/wet-inburgering-vraag-en-antwoord/financien/financien-algemeen', open_ended = true, version = version + 1, updated_at = now()
    WHERE id = '4a4f1b15-af8c-3701-8be9-0d93e587001c' AND NOT EXISTS (SELECT 1 FROM catalogue_version v WHERE v.item_id = i.id AND v.actor_type <> 'system')
    RETURNING id, version, updated_at)
INSERT INTO catalogue_version (item_id, version, changed_at, actor_type, actor_id, actor_name, action, changes)
SELECT id, version, updated_at, 'system', 'handreiking', 'Correctie startinhoud (bronnen)', 'updated', '[{"field": "summary", "from": "SZW betaalt gemeenten via een specifieke uitkering voor de inburgeringsvoorzieningen onder de nieuwe wet. De voorlopige beschikkingen voor 2022 zijn op 30 september 2021 verstuurd (2022, na de Handreiking).", "to": "SZW betaalt gemeenten via een specifieke uitkering voor de inburgeringsvoorzieningen onder de nieuwe wet. De voorlopige beschikkingen (besluiten over het bedrag) voor 2022 zijn op 30 september 2021 verstuurd (2022, na de Handreiking)."}, {"field": "body", "from": "Voor de Wet inburgering 2021 krijgen gemeenten een specifieke uitkering van SZW. Daaruit betalen zij de inburgeringsvoorzieningen: de leerroutes, de module arbeidsmarkt en participatie (MAP), maatschappelijke begeleiding, het participatieverklaringstraject (PVT) en tolken.\n\nAlle gemeenten krijgen een bedrag dat afhangt van het verwachte aantal inburgeraars. Op 30 september 2021 zijn de beschikkingen met de voorlopige uitkering voor 2022 verstuurd.\n\nDe kosten van invoering en uitvoering lopen niet via deze uitkering, maar via het gemeentefonds.\n\nAndere bron:\n- https://divosa.nl/publicaties/wet-inburgering-vraag-en-antwoord/financien/financien-algemeen", "to": "Voor de Wet inburgering 2021 krijgen gemeenten een specifieke uitkering van SZW: geld van het Rijk dat alleen voor dit doel mag worden gebruikt. Daaruit betalen zij de inburgeringsvoorzieningen: de leerroutes, de module arbeidsmarkt en participatie (MAP), maatschappelijke begeleiding, het participatieverklaringstraject (PVT) en tolken.\n\nAlle gemeenten krijgen een bedrag dat afhangt van het verwachte aantal inburgeraars. Op 30 september 2021 zijn de beschikkingen met de voorlopige uitkering voor 2022 verstuurd.\n\nDe kosten van invoering en uitvoering lopen niet via deze uitkering, maar via het gemeentefonds.\n\nAndere bron:\n- https://divosa.nl/publicaties/wet-inburgering-vraag-en-antwoord/financien/financien-algemeen"}, {"field": "openEnded", "from": null, "to": "true"}]'::jsonb FROM corrected;

-- f_wi_invoering: summary, body
WITH corrected AS (
    UPDATE catalogue_item i SET summary = 'Voor de invoering van de Wet inburgering 2021 zouden gemeenten eenmalig 36,5 miljoen euro en daarnaast structureel (elk jaar) 35,2 miljoen euro krijgen, via het gemeentefonds. Dat waren de bedragen voor de eerst geplande start op 1 juli 2021; in april 2021 kwam er geld bij (na de Handreiking).', body = 'Gemeenten krijgen geld voor de invoering en uitvoering van de Wet inburgering 2021 via het gemeentefonds. Voor de oorspronkelijk geplande start op 1 juli 2021 zouden gemeenten eenmalig 36,5 miljoen euro krijgen voor de invoering en structureel 35,2 miljoen euro per jaar.

Ter vergelijking: een onderzoek van AEF voor VNG en SZW (30 augustus 2019) schatte de uitvoeringskosten van gemeenten op 103,2 miljoen euro per jaar en de eenmalige kosten op 36,5 tot 56,5 miljoen euro.

In april 2021 kwam er extra geld bij, onder meer 9 miljoen euro voor de invoering (zie de aparte financiering).

Andere bron:
- https://5dok.net/document/q2n0jepr-lees-verder.html', version = version + 1, updated_at = now()
    WHERE id = '71cd32b6-1835-33df-b816-fffc643191bc' AND NOT EXISTS (SELECT 1 FROM catalogue_version v WHERE v.item_id = i.id AND v.actor_type <> 'system')
    RETURNING id, version, updated_at)
INSERT INTO catalogue_version (item_id, version, changed_at, actor_type, actor_id, actor_name, action, changes)
SELECT id, version, updated_at, 'system', 'handreiking', 'Correctie startinhoud (bronnen)', 'updated', '[{"field": "summary", "from": "Voor de invoering van de Wet inburgering 2021 kregen gemeenten eenmalig 36,5 miljoen euro en daarnaast structureel 35,2 miljoen euro per jaar, via het gemeentefonds.", "to": "Voor de invoering van de Wet inburgering 2021 zouden gemeenten eenmalig 36,5 miljoen euro en daarnaast structureel (elk jaar) 35,2 miljoen euro krijgen, via het gemeentefonds. Dat waren de bedragen voor de eerst geplande start op 1 juli 2021; in april 2021 kwam er geld bij (na de Handreiking)."}, {"field": "body", "from": "Gemeenten krijgen geld voor de invoering en uitvoering van de Wet inburgering 2021 via het gemeentefonds. Voor de oorspronkelijk geplande start op 1 juli 2021 ging het om eenmalig 36,5 miljoen euro voor de invoering en structureel 35,2 miljoen euro per jaar.\n\nTer vergelijking: een onderzoek van AEF voor VNG en SZW (30 augustus 2019) schatte de uitvoeringskosten van gemeenten op 103,2 miljoen euro per jaar en de eenmalige kosten op 36,5 tot 56,5 miljoen euro.\n\nIn april 2021 kwam er extra geld bij, onder meer 9 miljoen euro voor de invoering (zie de aparte financiering).\n\nAndere bron:\n- https://5dok.net/document/q2n0jepr-lees-verder.html", "to": "Gemeenten krijgen geld voor de invoering en uitvoering van de Wet inburgering 2021 via het gemeentefonds. Voor de oorspronkelijk geplande start op 1 juli 2021 zouden gemeenten eenmalig 36,5 miljoen euro krijgen voor de invoering en structureel 35,2 miljoen euro per jaar.\n\nTer vergelijking: een onderzoek van AEF voor VNG en SZW (30 augustus 2019) schatte de uitvoeringskosten van gemeenten op 103,2 miljoen euro per jaar en de eenmalige kosten op 36,5 tot 56,5 miljoen euro.\n\nIn april 2021 kwam er extra geld bij, onder meer 9 miljoen euro voor de invoering (zie de aparte financiering).\n\nAndere bron:\n- https://5dok.net/document/q2n0jepr-lees-verder.html"}]'::jsonb FROM corrected;

-- f_extra_30m_ondertussen: summary, windowEnded
WITH corrected AS (
    UPDATE catalogue_item i SET summary = 'In april 2021 kwam er in totaal 30 miljoen euro bij: 21 miljoen euro voor de begeleiding van de ondertussengroep en 9 miljoen euro voor de invoering van de nieuwe wet (april 2021, na de Handreiking).', window_ended = true, version = version + 1, updated_at = now()
    WHERE id = '876409bf-1505-38b1-8132-00aac8d9891a' AND NOT EXISTS (SELECT 1 FROM catalogue_version v WHERE v.item_id = i.id AND v.actor_type <> 'system')
    RETURNING id, version, updated_at)
INSERT INTO catalogue_version (item_id, version, changed_at, actor_type, actor_id, actor_name, action, changes)
SELECT id, version, updated_at, 'system', 'handreiking', 'Correctie startinhoud (bronnen)', 'updated', '[{"field": "summary", "from": "In april 2021 kwam er in totaal 30 miljoen euro bij: 21 miljoen euro voor de begeleiding van de ondertussengroep en 9 miljoen euro voor de invoering van de nieuwe wet.", "to": "In april 2021 kwam er in totaal 30 miljoen euro bij: 21 miljoen euro voor de begeleiding van de ondertussengroep en 9 miljoen euro voor de invoering van de nieuwe wet (april 2021, na de Handreiking)."}, {"field": "windowEnded", "from": null, "to": "true"}]'::jsonb FROM corrected;

-- f_voi_pilots: summary, windowEnded
WITH corrected AS (
    UPDATE catalogue_item i SET summary = 'SZW stak 8 miljoen euro in pilots bij 30 tot 40 gemeenten om vooruitlopend op de nieuwe wet werkwijzen voor de inburgering te testen, van augustus 2019 tot december 2021. Aanmelden was in 2019; het programma is voorbij (liep tot december 2021, na de Handreiking).', window_ended = true, version = version + 1, updated_at = now()
    WHERE id = '3e108c50-9d31-3e9a-9405-fde310a048a1' AND NOT EXISTS (SELECT 1 FROM catalogue_version v WHERE v.item_id = i.id AND v.actor_type <> 'system')
    RETURNING id, version, updated_at)
INSERT INTO catalogue_version (item_id, version, changed_at, actor_type, actor_id, actor_name, action, changes)
SELECT id, version, updated_at, 'system', 'handreiking', 'Correctie startinhoud (bronnen)', 'updated', '[{"field": "summary", "from": "SZW stak 8 miljoen euro in pilots bij 30 tot 40 gemeenten om vooruitlopend op de nieuwe wet werkwijzen voor de inburgering te testen, van augustus 2019 tot december 2021. Aanmelden was in 2019.", "to": "SZW stak 8 miljoen euro in pilots bij 30 tot 40 gemeenten om vooruitlopend op de nieuwe wet werkwijzen voor de inburgering te testen, van augustus 2019 tot december 2021. Aanmelden was in 2019; het programma is voorbij (liep tot december 2021, na de Handreiking)."}, {"field": "windowEnded", "from": null, "to": "true"}]'::jsonb FROM corrected;

-- f_sft_2022: summary, body, amountNote, amountPerApplicantEur, windowEnded
WITH corrected AS (
    UPDATE catalogue_item i SET summary = 'Regeling van 100 miljoen euro voor flex- en transformatiewoningen, waarvan minstens een derde voor Oekraïners en vergunninghouders. Gemeenten konden aanvragen vanaf 20 september 2022; in oktober 2022 was het plafond bereikt (2022, na de Handreiking).', body = 'Met deze regeling stimuleert BZK de bouw van flexwoningen en transformatiewoningen. Minstens een derde van de woningen moet bestemd zijn voor Oekraïners en vergunninghouders.

Gemeenten konden vanaf 20 september 2022 aanvragen via realisatiehuisvesting.nl. De bijdrage is maximaal 12.000 euro per woning en maximaal 10 miljoen euro per gemeente. In de eerste ronde ging 22 miljoen euro naar 1.865 woningen. In totaal is 88 miljoen euro toegekend, voor 7.300 woningen.

In oktober 2022 bereikte de regeling haar plafond: er kon niet meer worden aangevraagd.

Deze regeling bestond nog niet toen de Handreiking verscheen.

Andere bronnen:
- https://www.gemeente.nu/ruimte-milieu/bouw/eerste-gemeenten-krijgen-geld-voor-versnellen-bouw-flexwoningen/
- https://www.rijksoverheid.nl/actueel/nieuws/2023/01/23/voortzetting-taskforce-versnelling-tijdelijke-huisvesting', amount_note = 'Totaalbudget 100 miljoen euro. Per gemeente hoogstens 10 miljoen euro (een maximum, geen vast bedrag) en per woning maximaal 12.000 euro. Toegekend: 88 miljoen euro voor 7.300 woningen.', amount_per_applicant_eur = NULL, window_ended = true, version = version + 1, updated_at = now()
    WHERE id = '62cb4510-0a28-302a-8e1c-22e148825199' AND NOT EXISTS (SELECT 1 FROM catalogue_version v WHERE v.item_id = i.id AND v.actor_type <> 'system')
    RETURNING id, version, updated_at)
INSERT INTO catalogue_version (item_id, version, changed_at, actor_type, actor_id, actor_name, action, changes)
SELECT id, version, updated_at, 'system', 'handreiking', 'Correctie startinhoud (bronnen)', 'updated', '[{"field": "summary", "from": "Regeling van 100 miljoen euro voor flex- en transformatiewoningen, waarvan minstens een derde voor Oekraïners en vergunninghouders. Aanvragen kon vanaf 20 september 2022 (2022, na de Handreiking).", "to": "Regeling van 100 miljoen euro voor flex- en transformatiewoningen, waarvan minstens een derde voor Oekraïners en vergunninghouders. Gemeenten konden aanvragen vanaf 20 september 2022; in oktober 2022 was het plafond bereikt (2022, na de Handreiking)."}, {"field": "body", "from": "Met deze regeling stimuleert BZK de bouw van flexwoningen en transformatiewoningen. Minstens een derde van de woningen moet bestemd zijn voor Oekraïners en vergunninghouders.\n\nGemeenten konden vanaf 20 september 2022 aanvragen via realisatiehuisvesting.nl. De bijdrage is maximaal 12.000 euro per woning en maximaal 10 miljoen euro per gemeente. In de eerste ronde ging 22 miljoen euro naar 1.865 woningen. In totaal is 88 miljoen euro toegekend, voor 7.300 woningen.\n\nDeze regeling bestond nog niet toen de Handreiking verscheen.\n\nAndere bronnen:\n- https://www.gemeente.nu/ruimte-milieu/bouw/eerste-gemeenten-krijgen-geld-voor-versnellen-bouw-flexwoningen/\n- https://www.rijksoverheid.nl/actueel/nieuws/2023/01/23/voortzetting-taskforce-versnelling-tijdelijke-huisvesting", "to": "Met deze regeling stimuleert BZK de bouw van flexwoningen en transformatiewoningen. Minstens een derde van de woningen moet bestemd zijn voor Oekraïners en vergunninghouders.\n\nGemeenten konden vanaf 20 september 2022 aanvragen via realisatiehuisvesting.nl. De bijdrage is maximaal 12.000 euro per woning en maximaal 10 miljoen euro per gemeente. In de eerste ronde ging 22 miljoen euro naar 1.865 woningen. In totaal is 88 miljoen euro toegekend, voor 7.300 woningen.\n\nIn oktober 2022 bereikte de regeling haar plafond: er kon niet meer worden aangevraagd.\n\nDeze regeling bestond nog niet toen de Handreiking verscheen.\n\nAndere bronnen:\n- https://www.gemeente.nu/ruimte-milieu/bouw/eerste-gemeenten-krijgen-geld-voor-versnellen-bouw-flexwoningen/\n- https://www.rijksoverheid.nl/actueel/nieuws/2023/01/23/voortzetting-taskforce-versnelling-tijdelijke-huisvesting"}, {"field": "amountNote", "from": "Totaalbudget 100 miljoen euro. Per gemeente maximaal 10 miljoen euro en per woning maximaal 12.000 euro. Toegekend: 88 miljoen euro voor 7.300 woningen.", "to": "Totaalbudget 100 miljoen euro. Per gemeente hoogstens 10 miljoen euro (een maximum, geen vast bedrag) en per woning maximaal 12.000 euro. Toegekend: 88 miljoen euro voor 7.300 woningen."}, {"field": "amountPerApplicantEur", "from": "10000000", "to": null}, {"field": "windowEnded", "from": null, "to": "true"}]'::jsonb FROM corrected;
