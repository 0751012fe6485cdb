-- The events of an article in listing order, from one index range: GET /api/events with
-- `article` (alone or with other filters) read them through events_article and sorted
-- them. This index also serves what events_article did (lookups, the cascade from articles).
CREATE INDEX events_article_sort_key ON events(article_id, sort_key);
DROP INDEX events_article;
