-- Writes (issue 13): every index is one more B-tree that each saved event updates. These
-- are read by no query any more: since 005 the listings walk the sort-key indexes and
-- event_keys (dates are a range of the sort key), and the actor filters read event_keys, not
-- event_actors. events keeps its primary key and events_sort_key, events_type_sort_key,
-- events_article_sort_key (007).
DROP INDEX events_date;
DROP INDEX events_type_date;
DROP INDEX events_id_order;

-- event_actors stays (each event's actors by role, with their countries) with its primary
-- key only, and becomes that key (WITHOUT ROWID): one B-tree per actor row instead of six
-- (the table, its primary key, event_actors_code, _country, _code_event, _country_event).
-- The rows are copied as they are.
CREATE TABLE event_actors_lean (
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    role     TEXT NOT NULL,         -- source | target
    code     TEXT NOT NULL,
    country  TEXT NOT NULL,         -- the code with its sector stripped (RUSGOV -> RUS)
    PRIMARY KEY (event_id, role, code)
) WITHOUT ROWID;
INSERT INTO event_actors_lean (event_id, role, code, country)
SELECT event_id, role, code, country FROM event_actors;
DROP TABLE event_actors;
ALTER TABLE event_actors_lean RENAME TO event_actors;
