-- A fixed mix of student queries: plain words, phrases, typos, abbreviations and filters.
local queries = {
  "nurse", "coding", "work%20with%20animals", "acounting", "IT", "cop", "EMT", "make%20video%20games",
  "nursse", "enginer", "programing", "doctor", "vet", "teacher", "health", "build%20houses",
  "fix%20cars", "electrician", "web%20developer", "cybersecurity", "engineer&kind=occupation",
  "technician&education=associates-degree", "workers&page=2", "what%20is%20a%20career%20cluster",
}
-- With SEARCH_LANG=es, the Spanish site's search (/es/search) with what students type in Spanish.
local spanish = os.getenv("SEARCH_LANG") == "es"
if spanish then
  queries = {
    "enfermera", "programador", "trabajar%20con%20animales", "contabilidad", "informatica", "policia", "paramedico",
    "videojuegos", "enfermra", "ingenero", "programacion", "doctor", "veterinario", "maestra", "salud",
    "construir%20casas", "arreglar%20carros", "electricista", "desarrollador%20web", "ciberseguridad",
    "ingeniero&kind=occupation", "tecnico&education=associates-degree", "trabajadores&page=2",
    "que%20es%20un%20grupo%20de%20carreras",
  }
end
-- With UNCACHED set, each request carries a unique extra parameter, so the output cache never answers it and
-- every request runs the search itself.
local uncached = os.getenv("UNCACHED") == "1"
local i = 0
request = function()
  i = i + 1
  local path = (spanish and "/es" or "") .. "/search?q=" .. queries[(i % #queries) + 1]
  if uncached then path = path .. "&n=" .. i .. "-" .. math.random(1000000) end
  return wrk.format("GET", path)
end
