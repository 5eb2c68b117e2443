-- Corrections of starting content that overreached its sources (issue 11), for installations that
-- already hold it; a fresh installation gets the corrected texts the same way. Only rows that still
-- hold the starting text are changed.

-- Organisations: each source is one of the researched facts.
UPDATE organisation SET source_url = 'https://www.rijksoverheid.nl/actueel/nieuws/2021/12/02/eerste-gemeenten-krijgen-geld-voor-huisvesting-aandachtsgroepen'
WHERE code = 'RVO' AND source_url = 'https://www.rijksoverheid.nl/actueel/nieuws/2021/12/02/eerste-tranche-volkshuisvestingsfonds';
UPDATE organisation SET source_url = 'https://www.divosa.nl/handreiking-brede-intake-en-pip'
WHERE code = 'DIVOSA' AND source_url = 'https://vng.nl/artikelen/maatwerkondersteuning-implementatie';

-- Documents: GVL is not spelled out in any source; the four ambitions are the programme's (11 May 2022).
UPDATE document SET summary = 'De herinrichting van de asielketen: asielzoekers weten eerder of hun aanvraag kans maakt, zodat zij zich eerder voorbereiden op integratie of terugkeer. Drie soorten locaties: de GVL (een middelgrote locatie waar de procedure begint en de ketenpartners onder één dak werken), satellieten en regionale opvanglocaties. De agenda is gedateerd 14 mei 2020; de LRT stemde er op 19 juni 2020 mee in.'
WHERE slug = 'uitvoeringsagenda-flexibilisering-asielketen';
UPDATE document SET summary = 'Advies van de interbestuurlijke werkgroep huisvesting aandachtsgroepen (voorzitter Bernard ter Haar) over betere huisvesting van aandachtsgroepen, onder wie vergunninghouders. Het programma dat op 11 mei 2022 volgde (na de Handreiking), heeft vier ambities: meer woningen, een eerlijkere spreiding van sociale huurwoningen, een betere verbinding van wonen, zorg en werk, en het voorkomen van dakloosheid.'
WHERE slug = 'een-thuis-voor-iedereen';

-- Agenda: 14 May 2020 is the date of the agenda; the LRT agreed it on 19 June 2020.
UPDATE agenda_milestone SET title = 'Uitvoeringsagenda verschenen (gedateerd 14 mei 2020)'
WHERE agenda_item_id = 'a9c1e6f2-1b7d-4c33-8e51-2d4f6a8b0c04' AND position = 1 AND title = 'Uitvoeringsagenda vastgesteld';
UPDATE agenda_milestone SET title = 'LRT stemt in met de uitvoeringsagenda; provincies gevraagd om regionale plannen'
WHERE agenda_item_id = 'a9c1e6f2-1b7d-4c33-8e51-2d4f6a8b0c04' AND position = 2 AND title = 'LRT stemt in; provincies gevraagd om regionale plannen';
-- The working group's item is done since its advice of 8 July 2021: that is when its content last changed.
UPDATE agenda_item SET updated_at = '2021-07-08T00:00:00+02', created_at = '2021-07-08T00:00:00+02'
WHERE id = 'a9c1e6f2-1b7d-4c33-8e51-2d4f6a8b0c02' AND version = 1;
UPDATE agenda_item_change SET changed_at = '2021-07-08T00:00:00+02'
WHERE agenda_item_id = 'a9c1e6f2-1b7d-4c33-8e51-2d4f6a8b0c02' AND version = 1 AND actor_type = 'system';

-- Example signals: the team's texts are examples, not policy.
UPDATE signal SET answer = 'Voorbeeldantwoord: het team noemt hier wat het ondernam, bijvoorbeeld dat het signaal is gedeeld met de werkgroep huisvesting aandachtsgroepen, en verwijst naar de gekoppelde maatregel. Dit voorbeeld zegt niets over beleid.' WHERE example AND answer = 'BZK werkt met VNG aan een handreiking voor de verdeling van woningen over voorrangsgroepen; die komt in de uitvoeringsagenda bij de werkgroep voorrangsgroepen. Tot dan kunnen gemeenten de tijdelijke huisvesting uit de gekoppelde maatregel gebruiken.';
UPDATE signal_event SET text = 'Voorbeeldantwoord: het team noemt hier wat het ondernam, bijvoorbeeld dat het signaal is gedeeld met de werkgroep huisvesting aandachtsgroepen, en verwijst naar de gekoppelde maatregel. Dit voorbeeld zegt niets over beleid.' WHERE text = 'BZK werkt met VNG aan een handreiking voor de verdeling van woningen over voorrangsgroepen; die komt in de uitvoeringsagenda bij de werkgroep voorrangsgroepen. Tot dan kunnen gemeenten de tijdelijke huisvesting uit de gekoppelde maatregel gebruiken.'
    AND signal_id IN (SELECT id FROM signal WHERE example);
UPDATE signal SET answer = 'Voorbeeldantwoord: het team stuurt het signaal door naar de actie van de uitvoeringsagenda die erover gaat; de voortgang staat bij die actie.' WHERE example AND answer = 'Opgenomen in de uitvoeringsagenda, bij het onderdeel flexibilisering asielketen. U hoort daar de voortgang van.';
UPDATE signal_event SET text = 'Voorbeeldantwoord: het team stuurt het signaal door naar de actie van de uitvoeringsagenda die erover gaat; de voortgang staat bij die actie.' WHERE text = 'Opgenomen in de uitvoeringsagenda, bij het onderdeel flexibilisering asielketen. U hoort daar de voortgang van.'
    AND signal_id IN (SELECT id FROM signal WHERE example);
UPDATE signal SET answer = 'Voorbeeldantwoord: het team legt uit welke afspraken over de taakstelling gelden en waar die staan, en verwijst naar de gekoppelde maatregel. Dit voorbeeld zegt niets over hoe nareis telt.' WHERE example AND answer = 'Bij nareis telt de huisvesting mee in het halfjaar waarin het gezinslid zich meldt. Uw provincie kan daar in het toezicht rekening mee houden; de gekoppelde maatregel beschrijft de afspraken.';
UPDATE signal_event SET text = 'Voorbeeldantwoord: het team legt uit welke afspraken over de taakstelling gelden en waar die staan, en verwijst naar de gekoppelde maatregel. Dit voorbeeld zegt niets over hoe nareis telt.' WHERE text = 'Bij nareis telt de huisvesting mee in het halfjaar waarin het gezinslid zich meldt. Uw provincie kan daar in het toezicht rekening mee houden; de gekoppelde maatregel beschrijft de afspraken.'
    AND signal_id IN (SELECT id FROM signal WHERE example);
UPDATE signal SET answer = 'Voorbeeldantwoord: deze vraag hoort niet bij het ondersteuningsteam. Het team zegt waarom, en bij wie de vraag wel past.' WHERE example AND answer = 'Dit is een gemeentelijke aangelegenheid en geen vraag voor het ondersteuningsteam; het COA-locatiemanagement kan u verder helpen.';
UPDATE signal_event SET text = 'Voorbeeldantwoord: deze vraag hoort niet bij het ondersteuningsteam. Het team zegt waarom, en bij wie de vraag wel past.' WHERE text = 'Dit is een gemeentelijke aangelegenheid en geen vraag voor het ondersteuningsteam; het COA-locatiemanagement kan u verder helpen.'
    AND signal_id IN (SELECT id FROM signal WHERE example);
UPDATE signal SET answer = 'Voorbeeldantwoord: het team koppelt de maatregel en de financiering die passen, en verwijst naar het overzicht financiering voor de aanvraagperiode.' WHERE example AND answer = 'De gekoppelde maatregel en de financiering in de Handreiking beschrijven de mogelijkheden; kijk in het overzicht financiering voor de sluitingsdatum.';
UPDATE signal_event SET text = 'Voorbeeldantwoord: het team koppelt de maatregel en de financiering die passen, en verwijst naar het overzicht financiering voor de aanvraagperiode.' WHERE text = 'De gekoppelde maatregel en de financiering in de Handreiking beschrijven de mogelijkheden; kijk in het overzicht financiering voor de sluitingsdatum.'
    AND signal_id IN (SELECT id FROM signal WHERE example);
