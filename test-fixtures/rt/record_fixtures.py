#!/usr/bin/env python3
"""Seeds a FRESH RT from start-rt.sh (RT_FRESH=1, ticket ids start at 1) through REST2 and records
the responses the Request Tracker adapter reads into test-fixtures/.../fixtures/rt as WireMock files.

    source $RT_STATE_DIR/rt.env && python3 test-fixtures/rt/record_fixtures.py

Scrubbing: the real auth tokens never reach the files (they are only sent, never echoed by RT); the
mappings require the fixture token below instead. Bodies are stored as RT sent them.
"""
import base64, json, os, sys, time, urllib.error, urllib.parse, urllib.request

URL = os.environ["RT_URL"]
REST = URL + "/REST/2.0"
ROOT = {"Authorization": "token " + os.environ["RT_TOKEN"]}
AGENT = {"Authorization": "token " + os.environ["RT_AGENT_TOKEN"]}
CUSTOMER = {"Authorization": "Basic " + base64.b64encode(b"customer1:customer1pass").decode()}
FIXTURE_TOKEN = "1-99-fixture-token-not-a-secret"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src/main/resources/fixtures/rt")
START = "2026-11-01 00:00:00"
PAGE_SIZE = "3"
SEARCH_FIELDS = "Subject,Status,Priority,Created,LastUpdated,Owner,Queue,Requestor,CustomFields"


def call(method, path, auth, body=None, query=None):
    url = REST + path + ("?" + urllib.parse.urlencode(query, doseq=True) if query else "")
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(url, data=data, method=method, headers=dict(auth))
    req.add_header("User-Agent", "Shiftlead-fixture-recorder")
    if data is not None:
        req.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(req) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()


def must(method, path, auth, body=None):
    status, text = call(method, path, auth, body)
    assert status in (200, 201), (method, path, status, text)
    return json.loads(text)


def seed():
    """Five tickets, each finished in its own second (LastUpdated order = id order), plus a deleted one."""
    t = must("POST", "/ticket", CUSTOMER, {"Queue": "General", "Subject": "Printer on fire",
             "Requestor": "customer1@example.com", "Content": "My printer is on fire. Please help!",
             "ContentType": "text/plain"})["id"]
    must("POST", f"/ticket/{t}/correspond", AGENT, {"Content": "Please unplug it and step away.",
         "ContentType": "text/plain"})
    must("POST", f"/ticket/{t}/comment", AGENT, {"Content": "VIP customer, handle with care.",
         "ContentType": "text/plain"})
    must("POST", f"/ticket/{t}/correspond", CUSTOMER, {"Content": "Unplugged. It is still smoking.",
         "ContentType": "text/plain"})
    must("PUT", f"/ticket/{t}", ROOT, {"Owner": "agent1", "Priority": 75,
         "CustomFields": {"First Reply Minutes": "12", "SLA Status": "At Risk"}})
    time.sleep(1.1)
    t = must("POST", "/ticket", CUSTOMER, {"Queue": "General", "Subject": "Invoice copy",
             "Requestor": "customer1@example.com", "Content": "Could you send me last month's invoice?",
             "ContentType": "text/plain"})["id"]
    must("POST", f"/ticket/{t}/correspond", AGENT, {"Content": "Attached, see you!",
         "ContentType": "text/plain", "Status": "resolved"})
    time.sleep(1.1)
    t = must("POST", "/ticket", ROOT, {"Queue": "Support", "Subject": "Grüße aus Köln – Zugang gesperrt",
             "Requestor": "kunde@example.org", "Content": "<p>Mein Zugang ist <b>gesperrt</b>.</p><p>Danke &amp; Gruß</p>",
             "ContentType": "text/html", "Priority": 100})["id"]
    must("PUT", f"/ticket/{t}", AGENT, {"Status": "stalled"})
    time.sleep(1.1)
    t = must("POST", "/ticket", CUSTOMER, {"Queue": "General", "Subject": "Spam?",
             "Requestor": "customer1@example.com", "Content": "Buy cheap watches", "ContentType": "text/plain"})["id"]
    must("PUT", f"/ticket/{t}", AGENT, {"Status": "rejected"})
    time.sleep(1.1)
    must("POST", "/ticket", ROOT, {"Queue": "General", "Subject": "Password reset",
         "Requestor": "customer1@example.com", "Content": "I forgot my password.", "ContentType": "text/plain"})
    time.sleep(1.1)
    t = must("POST", "/ticket", ROOT, {"Queue": "General", "Subject": "Duplicate",
             "Requestor": "customer1@example.com", "Content": "dup", "ContentType": "text/plain"})["id"]
    must("PUT", f"/ticket/{t}", ROOT, {"Status": "deleted"})


mappings = []


def record(name, method, path, query=None, body=None, match_query=(), status_override=None,
           mapping_extra=None, auth=ROOT):
    status, text = call(method, path, auth, body, query)
    folder = name.split("/")[0]
    os.makedirs(os.path.join(OUT, "__files", folder), exist_ok=True)
    with open(os.path.join(OUT, "__files", name + ".json"), "w") as f:
        f.write(text if text.endswith("\n") else text + "\n")
    request = {"method": method, "urlPath": "/REST/2.0" + path,
               "headers": {"Authorization": {"equalTo": "token " + FIXTURE_TOKEN}}}
    if match_query:
        request["queryParameters"] = {k: {"equalTo": query[k]} for k in match_query}
    if body is not None:
        request["bodyPatterns"] = [{"equalToJson": json.dumps(body), "ignoreExtraElements": True}]
    mapping = {"name": f"{method} {path} ({name})", "request": request,
               "response": {"status": status_override or status,
                            "headers": {"Content-Type": "application/json; charset=utf-8"},
                            "bodyFileName": name + ".json"}}
    mapping.update(mapping_extra or {})
    mappings.append(mapping)
    return status, text


def search(since, page="1"):
    return {"query": f"LastUpdated >= '{since}'", "orderby": ["LastUpdated", "id"], "order": ["ASC", "ASC"],
            "per_page": PAGE_SIZE, "page": page, "fields": SEARCH_FIELDS, "fields[Queue]": "Name"}


def main():
    status, _ = call("GET", "/ticket/1", ROOT)
    if status != 404:
        sys.exit("needs a fresh RT (RT_FRESH=1 start-rt.sh): ticket 1 already exists")
    seed()
    os.makedirs(os.path.join(OUT, "mappings"), exist_ok=True)
    q1 = search(START)
    _, page1 = record("tickets/page1", "GET", "/tickets", q1, match_query=("query", "page", "per_page"))
    last = json.loads(page1)["items"][-1]["LastUpdated"].replace("T", " ").replace("Z", "")
    q2 = search(last)
    record("tickets/page2_end", "GET", "/tickets", q2, match_query=("query", "page", "per_page"))
    for t in range(1, 7):
        record(f"tickets/{t}", "GET", f"/ticket/{t}", {"fields[Queue]": "Name"})
        if t == 6:
            continue  # deleted: the adapter reads no history
        record(f"history/{t}", "GET", f"/ticket/{t}/history",
               {"fields": "Type,Creator,Created,Field,OldValue,NewValue",
                "fields[Creator]": "Name,EmailAddress,RealName", "per_page": "100", "page": "1"},
               match_query=("page",))
        record(f"attachments/{t}", "GET", f"/ticket/{t}/attachments",
               {"fields": "TransactionId,ContentType,Content,Headers", "per_page": "100", "page": "1"},
               match_query=("page",))
    for user in ("customer1", "agent1", "root", "kunde@example.org"):
        record("users/" + user.replace("@", "_at_"), "GET", "/user/" + user)
    record("errors/ticket_not_found", "GET", "/ticket/999999")
    record("errors/put_not_found", "PUT", "/ticket/999999", body={"Priority": 75})
    record("errors/comment_not_found", "POST", "/ticket/999999/comment",
           body={"Content": "x", "ContentType": "text/plain"})
    mappings[-1]["request"].pop("bodyPatterns")
    mappings[-2]["request"].pop("bodyPatterns")
    # writes: recorded once on ticket 5, replayed for every ticket
    record("updates/put_ticket", "PUT", "/ticket/5", body={"Priority": 75, "CustomFields": {"First Reply Minutes": "9"}})
    mappings[-1]["request"].pop("bodyPatterns")
    mappings[-1]["request"]["urlPathPattern"] = "/REST/2.0/ticket/[0-9]+"
    mappings[-1]["request"].pop("urlPath")
    mappings[-1]["priority"] = 8
    record("updates/comment_added", "POST", "/ticket/5/comment",
           body={"Content": "Escalated.\n\n[shiftlead:fixture-key]", "ContentType": "text/plain"})
    mappings[-1]["request"].pop("bodyPatterns")
    mappings[-1]["request"]["urlPathPattern"] = "/REST/2.0/ticket/[0-9]+/comment"
    mappings[-1]["request"].pop("urlPath")
    mappings[-1]["priority"] = 8
    record("errors/bad_query", "GET", "/tickets", {"query": "Nonsense ~~ 1"})
    mappings.pop()  # body kept for RtErrorsTest only
    record("errors/unauthorized", "GET", "/ticket/1", auth={"Authorization": "token 1-1-wrong"})
    mappings.pop()  # served by mappings/auth.json for any other token
    with open(os.path.join(OUT, "mappings", "recorded.json"), "w") as f:
        json.dump({"mappings": mappings}, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print("recorded", len(mappings), "mappings into", os.path.normpath(OUT))


if __name__ == "__main__":
    main()
