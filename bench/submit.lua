-- wrk script for bench/submit.py: each connection first fetches the form (GET /, which sets the
-- cv_csrf cookie), then only POSTs /submit with that token, as a browser tab would.
-- Counts POSTs answered with a receipt page (the thank-you) apart from anything else.

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("tid", counter)
  table.insert(threads, thread)
end

-- globals, so done() can read them from each thread with thread:get()
ok, bad, forms = 0, 0, 0
local connections_per_thread = 1
local started = 0
local token = nil
local n = 0
local questions = {
  "How+do+laws+stop+strangers+messaging+children+in+online+games%3F",
  "Why+can+apps+share+our+photos+without+asking+us+first%3F",
  "Pourquoi+les+r%C3%A9seaux+sociaux+ne+suppriment+pas+plus+vite+les+messages+m%C3%A9chants%3F",
  "%C2%BFQu%C3%A9+hacen+los+gobiernos+para+que+internet+sea+seguro+para+los+ni%C3%B1os%3F",
  "%D0%9F%D0%BE%D1%87%D0%B5%D0%BC%D1%83+%D0%B8%D0%B3%D1%80%D1%8B+%D1%81%D0%BE%D0%B1%D0%B8%D1%80%D0%B0%D1%8E%D1%82+%D0%BD%D0%B0%D1%88%D0%B8+%D0%B4%D0%B0%D0%BD%D0%BD%D1%8B%D0%B5%3F",
}

function init(args)
  connections_per_thread = tonumber(args[1] or "1")
end

function request()
  if started < connections_per_thread or token == nil then
    started = started + 1
    return wrk.format("GET", "/", {["Accept-Language"] = "en"})
  end
  n = n + 1
  local body = "csrf=" .. token .. "&message=" .. questions[(n % #questions) + 1] ..
    "+%28" .. tid .. "-" .. n .. "%29&age_band=14-15&country=PE&panel=&website="
  return wrk.format("POST", "/submit", {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = "cv_csrf=" .. token,
    ["Accept-Language"] = "en",
  }, body)
end

function response(status, headers, body)
  local cookie = headers["Set-Cookie"] or headers["set-cookie"]
  if cookie then
    local found = string.match(cookie, "cv_csrf=([^;]+)")
    if found then
      token = found
      forms = forms + 1
      return
    end
  end
  if status == 200 and string.find(body, "receipt-code", 1, true) then
    ok = ok + 1
  elseif string.find(body, 'name="csrf"', 1, true) and status == 200 then
    forms = forms + 1
  else
    bad = bad + 1
  end
end

function done(summary, latency, requests)
  local total_ok, total_bad, total_forms = 0, 0, 0
  for _, t in ipairs(threads) do
    total_ok = total_ok + (t:get("ok") or 0)
    total_bad = total_bad + (t:get("bad") or 0)
    total_forms = total_forms + (t:get("forms") or 0)
  end
  local e = summary.errors
  io.write(string.format(
    'JSON {"requests": %d, "seconds": %f, "p50_us": %f, "p99_us": %f, "posts_ok": %d, "posts_bad": %d, ' ..
    '"forms": %d, "errors": %d}\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50), latency:percentile(99),
    total_ok, total_bad, total_forms, e.connect + e.read + e.write + e.timeout))
end
