-- A fixed mix of student queries: plain words, phrases, typos, abbreviations and filters.
local queries = {
  "nurse", "coding", "work%20with%20animals", "acounting", "IT", "cop", "EMT", "make%20video%20games",
  "nursse", "enginer", "programing", "doctor", "vet", "teacher", "health", "build%20houses",
  "fix%20cars", "electrician", "web%20developer", "cybersecurity", "engineer&kind=occupation",
  "technician&education=associates-degree", "workers&page=2", "what%20is%20a%20career%20cluster",
}
-- With UNCACHED set, each request carries a unique extra parameter, so the output cache never answers it and
-- every request runs the search itself.
local uncached = os.getenv("UNCACHED") == "1"
local i = 0
request = function()
  i = i + 1
  local path = "/search?q=" .. queries[(i % #queries) + 1]
  if uncached then path = path .. "&n=" .. i .. "-" .. math.random(1000000) end
  return wrk.format("GET", path)
end
