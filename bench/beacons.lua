-- wrk script: view beacons for 1,000 pages from browser-like agents (rate limits lifted).
wrk.method = "POST"
wrk.headers["Origin"] = "http://localhost"
wrk.headers["Content-Type"] = "text/plain;charset=UTF-8"
counter = 0
request = function()
  counter = counter + 1
  wrk.headers["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0 Safari/537.36 r" .. (counter % 5000)
  local body = string.format('{"page":"/posts/p%d/","referrer":"https://news.example/%d"}', counter % 1000, counter % 7)
  return wrk.format(nil, "/api/v1/views", nil, body)
end
