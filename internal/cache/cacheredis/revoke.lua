-- Revoke a capability token id until its expiry.
--
-- KEYS[1]  the revoked_token key     ARGV[1]  time to live in milliseconds
-- Returns 1 when the key was written, 0 when an equal or longer revocation
-- exists: a second, shorter revocation never shortens the first.
local ttl = tonumber(ARGV[1])
local current = redis.call('PTTL', KEYS[1])
-- PTTL: -2 absent, -1 no expiry (kept: longer than any TTL).
if current == -1 or current >= ttl then return 0 end
redis.call('SET', KEYS[1], '1', 'PX', ttl)
return 1
