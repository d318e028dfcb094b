-- Each counted page's title, as its view beacon last gave it: the dashboard shows titles, not paths.
CREATE TABLE page_titles (
    site      TEXT   NOT NULL,
    page      TEXT   NOT NULL,
    title     TEXT   NOT NULL,
    seen_day  BIGINT NOT NULL,
    PRIMARY KEY (site, page)
);

-- A comment the site's owner wrote while logged in (the dashboard's session or the admin token):
-- the widget marks it with an "author" badge.
ALTER TABLE comments ADD COLUMN by_owner BOOLEAN NOT NULL DEFAULT FALSE;
