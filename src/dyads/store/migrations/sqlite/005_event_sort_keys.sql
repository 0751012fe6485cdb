-- GET /api/events sorted every matching event by (date, article, sentence, id) for each
-- page. The order becomes one column (rows.sort_key computes the same key for new events:
-- keep both alike), and `event_keys` lists, in that order, the events of each actor filter:
-- kind source | target | actor (either role), key a full code (RUSGOV) or a country (RUS);
-- kind dyad, key source>target (RUS>USA, RUSGOV>USA...). With the event's type, so that an
-- actor and a type are one range too.
ALTER TABLE events ADD COLUMN sort_key TEXT;
UPDATE events SET sort_key = coalesce(date, '') || char(1) || coalesce(article_id, '') || char(1)
    || printf('%010d', sentence_start) || char(1) || id;
CREATE INDEX events_sort_key ON events(sort_key);
CREATE INDEX events_type_sort_key ON events(type, sort_key);

CREATE TABLE event_keys (
    kind     TEXT NOT NULL,
    key      TEXT NOT NULL,
    type     TEXT NOT NULL,
    sort_key TEXT NOT NULL,
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    PRIMARY KEY (kind, key, sort_key, event_id)
) WITHOUT ROWID;
-- Deleting an event finds its keys (the cascade) through this index.
CREATE INDEX event_keys_event ON event_keys(event_id);
CREATE INDEX event_keys_type ON event_keys(kind, key, type, sort_key);

WITH actor_keys(event_id, role, key) AS (
    SELECT event_id, role, code FROM event_actors
    UNION SELECT event_id, role, country FROM event_actors)
INSERT INTO event_keys (kind, key, type, sort_key, event_id)
SELECT k.kind, k.key, e.type, e.sort_key, e.id
FROM (SELECT event_id, role AS kind, key FROM actor_keys
      UNION SELECT event_id, 'actor', key FROM actor_keys
      UNION SELECT s.event_id, 'dyad', s.key || '>' || t.key
            FROM actor_keys s JOIN actor_keys t ON t.event_id = s.event_id
            WHERE s.role = 'source' AND t.role = 'target') k
JOIN events e ON e.id = k.event_id;
