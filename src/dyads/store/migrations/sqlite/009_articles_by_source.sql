-- GET /api/articles?source=... read every article: the filter "source = ? OR source LIKE
-- '%.site'" cannot use an index, and the newest-first order walked articles_published past
-- every article of other sites (a query timeout at 430,000 articles). A site is now turned
-- into the stored sources it names (Store.site_sources, walking this index's distinct
-- values), each read newest first from one range of this index. It serves what
-- articles_source did.
CREATE INDEX articles_source_published ON articles(source, published_utc DESC, id);
DROP INDEX articles_source;
