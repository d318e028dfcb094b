-- wrk script: post comments as fast as possible (rate limits lifted for the benchmark).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
counter = 0
-- POST_PAGE: the page to post on (the benchmark warms up on one page and measures on another)
local page = os.getenv("POST_PAGE") or "/bench/post/"
local kind = os.getenv("POST_PAGE") and "Warm-up" or "Benchmark" -- no warm-up text repeats a measured one
request = function()
  counter = counter + 1
  local body = string.format('{"page":"%s","body":"%s comment %d with *some* Markdown.","author":"Bench"}', page, kind, counter)
  return wrk.format(nil, "/api/v1/comments", nil, body)
end
