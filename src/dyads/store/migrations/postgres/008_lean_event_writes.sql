-- Writes (issue 13): every index is one more B-tree that each saved event updates. These
-- are read by no query any more: since 005 the listings walk the sort-key indexes and
-- event_keys (dates are a range of the sort key), and the actor filters read event_keys, not
-- event_actors. events keeps its primary key and events_sort_key, events_type_sort_key,
-- events_article_sort_key (007); event_actors keeps its rows and its primary key.
DROP INDEX events_date;
DROP INDEX events_type_date;
DROP INDEX events_id_order;
DROP INDEX event_actors_code;
DROP INDEX event_actors_country;
DROP INDEX event_actors_code_event;
DROP INDEX event_actors_country_event;
