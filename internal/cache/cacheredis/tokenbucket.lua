-- Token bucket, checked and updated atomically: refill the bucket by the
-- time elapsed on the server's clock, then take the requested tokens if it
-- holds them. The arithmetic is the one of cachemem.
--
-- KEYS[1]  bucket hash {tokens, last_refill (microseconds since the epoch)}
-- ARGV[1]  capacity            ARGV[2]  refill per second
-- ARGV[3]  tokens requested
-- Returns {allowed (0|1), remaining (string: Lua numbers become integers
-- in replies), retry_after_us, reset_after_us}.

-- Before Redis 5 a script had to ask for effects replication to write after
-- TIME; since Redis 7 it is the only mode and this call is a no-op.
if redis.replicate_commands then redis.replicate_commands() end

local capacity = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local requested = tonumber(ARGV[3])
-- Durations are capped at 2^53 µs (285 years) so they stay exact integers.
local max_us = 9007199254740992

-- The server's clock: every replica of OctoLLM computes with the same time.
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])

local state = redis.call('HMGET', KEYS[1], 'tokens', 'last_refill')
local tokens = tonumber(state[1])
local last = tonumber(state[2])
if tokens == nil or last == nil then
  tokens = capacity
  last = now
end
-- The capacity may have been lowered since the last call.
if tokens > capacity then tokens = capacity end
if now > last then
  tokens = math.min(capacity, tokens + (now - last) / 1000000 * rate)
  last = now
end

local allowed = 0
local retry_us = 0
if tokens >= requested then
  tokens = tokens - requested
  allowed = 1
else
  retry_us = math.min(max_us, math.ceil((requested - tokens) / rate * 1000000))
end
local reset_us = math.min(max_us, math.ceil((capacity - tokens) / rate * 1000000))

-- Forget the bucket once it would be full again (it then equals a fresh
-- one), keeping it at least 1 s and at most 1 h.
local ttl = math.ceil(reset_us / 1000000)
if ttl < 1 then ttl = 1 end
if ttl > 3600 then ttl = 3600 end

local remaining = string.format('%.17g', tokens)
redis.call('HSET', KEYS[1], 'tokens', remaining, 'last_refill', string.format('%.0f', last))
redis.call('EXPIRE', KEYS[1], ttl)
return {allowed, remaining, retry_us, reset_us}
