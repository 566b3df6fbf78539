-- wrk script: POST /api/v1/reflex/process with a unique ~1 KB English
-- prompt per request, so every request is a cache miss.
--   wrk -t1 -c32 -d15s --latency -s miss.lua http://127.0.0.1:8080 -- <api-key>
-- (the key may also come from the OCTOLLM_API_KEY environment variable)
local key
local body_fmt = '{"text":"Request %d-%08d. I am preparing the quarterly report for our regional sales team and need help ' ..
  'structuring it. The report should open with a short executive summary, followed by a ' ..
  'section on revenue by product line, a section on customer acquisition costs, and a ' ..
  'closing section with recommendations for the next quarter. Please suggest headings, ' ..
  'a rough word count for each section, and two or three charts that would make the ' ..
  'numbers easier to read. Our audience is the leadership team, so keep the tone concise ' ..
  'and avoid jargon. If anything is unclear you can reach me at jordan.reyes@example.com ' ..
  'before Friday. We also want to compare this quarter with the same quarter last year ' ..
  'and highlight the three biggest changes, positive or negative, with one sentence of ' ..
  'explanation each. Finally, suggest a short list of questions the leadership team is ' ..
  'likely to ask, so that we can prepare answers in advance of the review meeting."}'
local counter = 0
local thread_id = 0
local threads = {}

function setup(thread)
  thread:set("thread_id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  key = args[1] or os.getenv("OCTOLLM_API_KEY")
  -- A per-run salt keeps texts unique across repeated runs too.
  math.randomseed(os.time() + (thread_id or 0))
  run_salt = math.random(1, 1000000000)
  wrk.method = "POST"
  wrk.path = "/api/v1/reflex/process"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["X-API-Key"] = key
end

function request()
  counter = counter + 1
  return wrk.format(nil, nil, nil, string.format(body_fmt, run_salt, counter))
end
-- No response() callback: wrk reports non-2xx answers itself, and a Lua
-- call per response would cost the load generator CPU the server needs.
