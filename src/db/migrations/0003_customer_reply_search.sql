-- Each new reply adds its lexemes (positions stripped) to customers.reply_search, so searching reply text is one
-- index lookup on customers. The size check keeps the vector under tsvector's 1 MB limit: a customer who sent
-- megabytes of distinct words stops gaining lexemes rather than making the reply fail to store.
CREATE FUNCTION customers_add_reply_lexemes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE customers
  SET reply_search = coalesce(reply_search, ''::tsvector) || strip(NEW.search)
  WHERE id = NEW.customer_id
    AND pg_column_size(strip(coalesce(reply_search, ''::tsvector))) + pg_column_size(strip(NEW.search)) < 900000;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER replies_add_customer_lexemes AFTER INSERT ON replies FOR EACH ROW EXECUTE FUNCTION customers_add_reply_lexemes();--> statement-breakpoint
UPDATE customers c
SET reply_search = v.lexemes
FROM (
  SELECT r.customer_id, array_to_tsvector(array_agg(DISTINCT u.lexeme)) AS lexemes
  FROM replies r CROSS JOIN LATERAL unnest(r.search) u
  GROUP BY r.customer_id
  HAVING sum(octet_length(u.lexeme)) < 800000
) v
WHERE c.id = v.customer_id;
