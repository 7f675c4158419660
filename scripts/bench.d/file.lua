-- wrk script: files a different prepared draft per request (BENCH_DRAFTS: one dossier path a line),
-- with the family's token (BENCH_TOKEN). Thread i of BENCH_THREADS takes every BENCH_THREADS-th draft;
-- once its share is spent it asks for a case that does not exist (404), so only the 2xx are filings.
local counter = 0

function setup(thread)
  thread:set("index", counter)
  counter = counter + 1
end

function init(args)
  local threads = tonumber(os.getenv("BENCH_THREADS"))
  paths, next_path, n = {}, 1, 0
  for line in io.lines(os.getenv("BENCH_DRAFTS")) do
    if line ~= "" then
      if n % threads == index then table.insert(paths, line .. "/file") end
      n = n + 1
    end
  end
  wrk.method = "POST"
  wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")
end

function request()
  local path = paths[next_path] or "/api/v1/dossiers/00000000-0000-0000-0000-000000000000/file"
  next_path = next_path + 1
  return wrk.format(nil, path)
end
