-- wrk script for bench/run.py: requests cycle through the paths given after `--`
-- (a mixed load across page types); reports like wrk_report.lua.
local paths = {}
local counter = 0

init = function(args)
  for _, path in ipairs(args) do
    paths[#paths + 1] = path
  end
end

request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end

dofile(os.getenv("WRK_REPORT"))
