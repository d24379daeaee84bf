-- A mix for bench/load-with-reloads.sh: content pages (some asking for br or gzip) and searches the output cache
-- cannot answer, counting every response by status class in each thread and adding them up at the end.
local pages = {
  "/", "/clusters", "/clusters/health-science", "/clusters/health-science/therapeutic-services",
  "/clusters/information-technology", "/occupations/registered-nurses", "/occupations/web-developers", "/occupations",
  "/guides/what-is-a-career-cluster", "/guides/faq", "/survey", "/sitemap.xml", "/compare?clusters=health-science,finance",
}
local words = { "nurse", "coding", "work%20with%20animals", "acounting", "IT", "EMT", "teacher", "electrician", "enginer", "welder" }
local encodings = { "", "br", "gzip" }
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  c2, c3, c4, c5, n = 0, 0, 0, 0, 0
end

function request()
  n = n + 1
  local path
  if n % 5 == 0 then
    -- A unique parameter: every search is a cache miss and runs the search itself.
    path = "/search?q=" .. words[(n % #words) + 1] .. "&n=" .. n .. "-" .. math.random(1000000)
  else
    path = pages[(n % #pages) + 1]
  end
  local encoding = encodings[(n % #encodings) + 1]
  if encoding == "" then
    return wrk.format("GET", path)
  end
  return wrk.format("GET", path, { ["Accept-Encoding"] = encoding })
end

function response(status, headers, body)
  if status < 300 then c2 = c2 + 1
  elseif status < 400 then c3 = c3 + 1
  elseif status < 500 then c4 = c4 + 1
  else c5 = c5 + 1 end
end

function done(summary, latency, requests)
  local total = { 0, 0, 0, 0 }
  for _, thread in ipairs(threads) do
    total[1] = total[1] + thread:get("c2")
    total[2] = total[2] + thread:get("c3")
    total[3] = total[3] + thread:get("c4")
    total[4] = total[4] + thread:get("c5")
  end
  io.write(string.format("responses: 2xx %d, 3xx %d, 4xx %d, 5xx %d\n", total[1], total[2], total[3], total[4]))
  local e = summary.errors
  io.write(string.format("socket errors: connect %d, read %d, write %d, timeout %d\n", e.connect, e.read, e.write, e.timeout))
  io.write(string.format("latency: p50 %.2f ms, p99 %.2f ms\n", latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
