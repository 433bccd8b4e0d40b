-- wrk script: each request asks for a different path, picked at random from the file named by PATHS.
local paths = {}
for line in io.lines(os.getenv("PATHS")) do
  paths[#paths + 1] = line
end
math.randomseed(os.time())

request = function()
  return wrk.format("GET", paths[math.random(#paths)])
end
