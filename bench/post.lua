-- wrk script: post comments as fast as possible (rate limits lifted for the benchmark).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
counter = 0
request = function()
  counter = counter + 1
  local body = string.format('{"page":"/bench/post/","body":"Benchmark comment %d with *some* Markdown.","author":"Bench"}', counter)
  return wrk.format(nil, "/api/v1/comments", nil, body)
end
