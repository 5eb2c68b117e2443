-- Search that finds what people type (issue 15 item 6, decision 0020). Dutch writes compounds as one word, and
-- the Dutch stemmer does not split them: "opvang" does not find "noodopvang". The vocabulary below holds every
-- word of the catalogue with its lexeme (as the search index stores it); a search widens each of its lexemes
-- with the vocabulary's lexemes that contain it (a trigram index answers LIKE '%opvang%'), and then still
-- matches through the full-text index. The same vocabulary offers "did you mean" for a search without result
-- (trigram similarity and Levenshtein distance).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;

CREATE TABLE catalogue_word (
    word    text PRIMARY KEY,
    lexeme  text NOT NULL
);
CREATE INDEX catalogue_word_lexeme_idx ON catalogue_word USING gin (lexeme gin_trgm_ops);
CREATE INDEX catalogue_word_word_idx ON catalogue_word USING gin (word gin_trgm_ops);

-- Filled once per statement over all its rows, so loading many items at once stays one pass. Words are only
-- added, never removed: a word no item has any more widens a search by nothing, and a suggestion is only made
-- when it finds something for the one who searches (so a word of a draft is never suggested to the public).
CREATE FUNCTION catalogue_word_collect() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO catalogue_word (word, lexeme)
    SELECT w.word, l.lexeme
    FROM (SELECT DISTINCT t AS word
          FROM changed_item i
          CROSS JOIN LATERAL regexp_split_to_table(lower(i.title || ' ' || i.summary || ' ' || i.body), '[^[:alpha:]]+') t
          WHERE length(t) >= 3) w
    CROSS JOIN LATERAL (SELECT (tsvector_to_array(to_tsvector('handreiking_nl', w.word)))[1] AS lexeme) l
    WHERE l.lexeme IS NOT NULL AND NOT EXISTS (SELECT 1 FROM catalogue_word c WHERE c.word = w.word)
    ON CONFLICT (word) DO NOTHING;
    RETURN NULL;
END
$$;

CREATE TRIGGER catalogue_word_on_insert AFTER INSERT ON catalogue_item REFERENCING NEW TABLE AS changed_item
    FOR EACH STATEMENT EXECUTE FUNCTION catalogue_word_collect();
CREATE TRIGGER catalogue_word_on_update AFTER UPDATE ON catalogue_item REFERENCING NEW TABLE AS changed_item
    FOR EACH STATEMENT EXECUTE FUNCTION catalogue_word_collect();

INSERT INTO catalogue_word (word, lexeme)
SELECT w.word, l.lexeme
FROM (SELECT DISTINCT t AS word
      FROM catalogue_item i
      CROSS JOIN LATERAL regexp_split_to_table(lower(i.title || ' ' || i.summary || ' ' || i.body), '[^[:alpha:]]+') t
      WHERE length(t) >= 3) w
CROSS JOIN LATERAL (SELECT (tsvector_to_array(to_tsvector('handreiking_nl', w.word)))[1] AS lexeme) l
WHERE l.lexeme IS NOT NULL
ON CONFLICT (word) DO NOTHING;
