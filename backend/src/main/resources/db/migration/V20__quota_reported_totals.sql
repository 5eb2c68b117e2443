-- Totals of the housing quota as a source reported them, for the country (NL) or one province. They are
-- what is real where no figures per municipality are known: the monitor shows them as reported, and
-- quota/StartingQuotas spreads them over the municipalities without figures of their own, as estimates.
CREATE TABLE housing_quota_total (
    scope_code  text NOT NULL CHECK (scope_code ~ '^(NL|PV[0-9]{2})$'),
    period      text NOT NULL CHECK (period ~ '^[0-9]{4}-H[12]$'),
    target      int CHECK (target >= 0),
    realised    int CHECK (realised >= 0),
    arrears_in  int,
    source      text NOT NULL,
    note        text,
    PRIMARY KEY (scope_code, period)
);

INSERT INTO housing_quota_total (scope_code, period, target, realised, arrears_in, source, note) VALUES
('NL', '2020-H2', 6500, 7000, 2200,
 'https://www.nd.nl/nieuws/varia/966636/komend-half-jaar-huizen-nodig-voor-6500-statushouders',
 'Landelijk doel 6.500, verlaagd van 9.000 vanwege corona. Met de achterstand moesten er 8.700 worden gehuisvest (dus 2.200 achterstand); ongeveer 7.000 zijn gehuisvest (nul20.nl).'),
('PV25', '2021-H1', 1624, 1057, NULL,
 'https://www.destentor.nl/regio/grote-problemen-met-huisvesten-statushouders-gemeenten-in-oost-nederland-bieden-te-weinig-plekken~ae270d7f/',
 'Provincie Gelderland: doel 1.624, gehuisvest 1.057. De achterstand uit het halfjaar ervoor kwam erbovenop; hoe groot die was, is niet gemeld.'),
('PV23', '2021-H1', 901, 617, NULL,
 'https://www.destentor.nl/regio/grote-problemen-met-huisvesten-statushouders-gemeenten-in-oost-nederland-bieden-te-weinig-plekken~ae270d7f/',
 'Provincie Overijssel: doel 901, gehuisvest 617. De achterstand uit het halfjaar ervoor kwam erbovenop; hoe groot die was, is niet gemeld.'),
('PV24', '2021-H1', 328, 250, NULL,
 'https://www.destentor.nl/regio/grote-problemen-met-huisvesten-statushouders-gemeenten-in-oost-nederland-bieden-te-weinig-plekken~ae270d7f/',
 'Provincie Flevoland: doel 328, gehuisvest 250. De achterstand uit het halfjaar ervoor kwam erbovenop; hoe groot die was, is niet gemeld.'),
('NL', '2021-H2', 11000, NULL, NULL,
 'https://www.blikopnieuws.nl/nieuws/287476/komend-halfjaar-woningen-nodig-voor-11000-vergunninghouders.html',
 'Landelijk doel 11.000 (Staatscourant 29 maart 2021).'),
('NL', '2022-H1', 9979, 11886, 3728,
 'https://www.volkskrant.nl/nieuws-achtergrond/gemeenten-krijgen-achterstand-in-huisvesting-statushouders-niet-weggewerkt-en-de-opdracht-wordt-alleen-maar-groter~b3981bab/',
 'Landelijk doel 9.979, achterstand 3.728 op 1 januari 2022, 11.886 gehuisvest tot juni.'),
('NL', '2022-H2', 13500, NULL, 1836,
 'https://www.blikopnieuws.nl/nieuws/293694/komend-halfjaar-voor-13500-statushouders-huisvesting-nodig.html',
 'Landelijk doel 13.500 (Staatscourant 8 april 2022), met een achterstand van 1.836 aan het begin.');

-- The starting figures (every row that no import wrote) are made again at the next start from the
-- corrected sources: reported figures for Den Haag and neighbours, Tilburg and Gooise Meren, 2020, and
-- estimates that agree with the reported totals.
DELETE FROM housing_quota WHERE source IS NULL OR source NOT LIKE 'Aangeleverd door %';
