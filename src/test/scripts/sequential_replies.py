#!/usr/bin/env python3
"""Sequential replies through the API, one client, one request at a time (docs/benchmarks.md, "Posting").

    python3 src/test/scripts/sequential_replies.py <port> <warm-up replies> <measured replies>

Signs in as a sample member (the app must run with the sample content, e.g. `mvn -Prun`, with
QIC_LIMITS_POSTS_PER_HOUR=0 QIC_LIMITS_POSTS_PER_HOUR_NEW=0 so the write limits do not stop it), then
posts replies to discussion 1 over one keep-alive connection and prints replies/s, p50 and p99 of the
measured ones.
"""
import http.client
import json
import sys
import time

port, warm, n = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
connection = http.client.HTTPConnection("localhost", port)


def post(path, body, token=None):
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = "Bearer " + token
    connection.request("POST", path, body=json.dumps(body), headers=headers)
    response = connection.getresponse()
    return response.status, response.read()


status, data = post("/api/tokens", {"email": "priya.raman@riverside-community.example",
                                     "password": "sample-password-2026"})
token = json.loads(data)["token"]
latencies = []
for i in range(warm + n):
    started = time.perf_counter()
    status, data = post("/api/discussions/1/posts",
                        {"body": f"Reply {i} on run charts: we changed the admission form and ethnicity "
                                 f"recording improved in week {i}."}, token)
    if status != 201:
        sys.exit(f"HTTP {status}: {data[:200]!r}")
    if i >= warm:
        latencies.append(time.perf_counter() - started)
latencies.sort()
print(f"{len(latencies)} replies: {len(latencies) / sum(latencies):.0f}/s, "
      f"p50 {latencies[len(latencies) // 2] * 1000:.1f} ms, p99 {latencies[int(len(latencies) * 0.99)] * 1000:.1f} ms")
