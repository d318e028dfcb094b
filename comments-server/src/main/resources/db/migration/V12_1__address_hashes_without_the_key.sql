-- Address hashes were keyed by settings.address_key, which lives in this database: anyone with a copy
-- could test every IPv4 address against them in seconds. Their keys now live outside the database
-- (address.key, see SECURITY.md), and what was hashed under the old key is dropped: the hash of each
-- existing comment, and blocks by address (blocks by email stay). settings.address_key now only signs links.
UPDATE comments SET address_hash = '';
DELETE FROM blocks WHERE kind = 'address';
