-- The mix for bench/replicas.sh: the home page, a cluster, a pathway and a job page, two searches, and the public
-- pages of the counselors' lists named in LISTS (comma-separated paths), in turn, every request asking for Brotli or
-- gzip as browsers do. Pages and searches come from each replica's output cache; list pages are read from PostgreSQL.
-- done() prints one "name value" line per figure, which bench/replicas.sh reads.
local paths = {
  "/", "/clusters/health-science", "/clusters/health-science/therapeutic-services", "/occupations/registered-nurses",
  "/search?q=nurse", "/search?q=coding",
}
for list in string.gmatch(os.getenv("LISTS") or "", "[^,]+") do
  table.insert(paths, list)
end
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  n, ok, failed = 0, 0, 0
end

function request()
  n = n + 1
  return wrk.format("GET", paths[(n % #paths) + 1], { ["Accept-Encoding"] = "br, gzip" })
end

function response(status, headers, body)
  if status >= 200 and status < 300 then ok = ok + 1 else failed = failed + 1 end
end

function done(summary, latency, requests)
  local ok_total, failed_total = 0, 0
  for _, thread in ipairs(threads) do
    ok_total = ok_total + thread:get("ok")
    failed_total = failed_total + thread:get("failed")
  end
  local e = summary.errors
  io.write(string.format("paths %d\n", #paths))
  io.write(string.format("requests %d\n", summary.requests))
  io.write(string.format("rps %.0f\n", summary.requests / (summary.duration / 1000000)))
  io.write(string.format("ok %d\n", ok_total))
  io.write(string.format("non2xx %d\n", failed_total))
  io.write(string.format("socket_errors %d\n", e.connect + e.read + e.write + e.timeout))
  io.write(string.format("socket_detail connect %d, read %d, write %d, timeout %d\n", e.connect, e.read, e.write, e.timeout))
  for _, p in ipairs({ 50, 95, 99 }) do
    io.write(string.format("p%d %.2f\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("max %.2f\n", latency.max / 1000))
end
