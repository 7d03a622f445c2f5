-- wrk script for bench/webhook: posts a realistic WAHA "message" webhook (NOWEB engine, like
-- tests/fixtures/waha/message-text-noweb.json) with a unique payload.id per request, across many chats.
-- Environment: BENCH_TOKEN (X-Waha-Token), BENCH_CHATS (distinct chats, default 5000),
-- BENCH_LIMIT (unique messages in all, 0 = unlimited; past it every request repeats an already sent id, which the
-- server acknowledges as a duplicate without replying, and the thread stops), BENCH_RUN (id prefix).

local token = os.getenv("BENCH_TOKEN") or "bench-token"
local chats = tonumber(os.getenv("BENCH_CHATS") or "5000")
local limit = tonumber(os.getenv("BENCH_LIMIT") or "0")
local run = os.getenv("BENCH_RUN") or tostring(os.time())

local counter = 1

function setup(thread)
   thread:set("tid", counter)
   counter = counter + 1
end

local texts = {
   "Bonjour, quels sont les horaires des messes dimanche ?",
   "Comment inscrire mon enfant au catéchisme ?",
   "Je voudrais parler au curé s'il vous plaît",
   "What time is mass on Sunday?",
   "Salamaleekum, ndax mën nga ma wax waxtu misa bi ?",
   "Quels documents pour un baptême ?",
}

-- Timestamps are the time of sending, as WhatsApp's are: the server keys its recent message ids by them.
local template = [[{"id":"evt_%s_%d_%d","timestamp":%d123,"event":"message","session":"default",]] ..
   [["metadata":{},"me":{"id":"221770000000@c.us","pushName":"Paroisse Sainte-Anne"},]] ..
   [["payload":{"id":"false_%s@c.us_B%s%dX%d","timestamp":%d,]] ..
   [["from":"%s@c.us","fromMe":false,"source":"app",]] ..
   [["body":"%s","hasMedia":false,"media":null,"ack":2,"ackName":"DEVICE","vCards":[],"replyTo":null,]] ..
   [["_data":{"key":{"remoteJid":"%s@s.whatsapp.net","fromMe":false,"id":"B%s%dX%d"},]] ..
   [["pushName":"Awa","message":{"conversation":"%s"}}},]] ..
   [["engine":"NOWEB","environment":{"version":"2026.2.1","engine":"NOWEB","tier":"CORE","browser":null,]] ..
   [["platform":"linux/x64","worker":{"id":null}}}]]

local headers = { ["Content-Type"] = "application/json", ["X-Waha-Token"] = token }
local n = 0
local perThread = 0
local firstBody = nil

function init(args)
   tid = tonumber(tid)
   if limit > 0 then
      -- each thread sends its share of the unique messages; thread 1 also takes the remainder
      local nthreads = tonumber(os.getenv("BENCH_THREADS") or "1")
      perThread = math.floor(limit / nthreads)
      if tid == 1 then perThread = perThread + (limit - perThread * nthreads) end
   end
end

local function body(k)
   local chat = string.format("2217%08d", ((tid - 1) * 7919 + k) % chats)
   local text = texts[(k % #texts) + 1]
   local now = os.time()
   return string.format(template, run, tid, k, now, chat, run, tid, k, now, chat, text, chat, run, tid, k, text)
end

function request()
   n = n + 1
   local b
   if perThread > 0 and n > perThread then
      b = firstBody -- a duplicate: acknowledged, no second reply
   else
      b = body(n)
      if n == 1 then firstBody = b end
   end
   return wrk.format("POST", "/api/v1/webhook", headers, b)
end

-- Only with a limit: a response() hook costs wrk time on every request.
if limit > 0 then
   local answered = 0
   function response(status, hdrs, b)
      answered = answered + 1
      if answered >= perThread then
         wrk.thread:stop()
      end
   end
end

function done(summary, latency, requests)
   local secs = summary.duration / 1e6
   local e = summary.errors
   io.write(string.format("RESULT requests=%d seconds=%.3f rps=%.1f p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f max_ms=%.3f " ..
                          "non2xx=%d connect=%d read=%d write=%d timeout=%d\n",
      summary.requests, secs, summary.requests / secs,
      latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
      latency.max / 1000, e.status, e.connect, e.read, e.write, e.timeout))
end
