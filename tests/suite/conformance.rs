//! The sandbox against the service description: status and body of each
//! error case, validation order, headers, and the secure reply's bytes.

use serde_json::{Value, json};
use smq_bootstrap::crypto;

use crate::harness::{CRYPTO_KEY, HttpReply, Sandbox, TOKEN};

const JSON: (&str, &str) = ("Content-Type", "application/json");

fn bearer() -> (&'static str, String) {
    ("Authorization", format!("Bearer {TOKEN}"))
}

fn body_json(r: &HttpReply) -> Value {
    serde_json::from_slice(&r.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", r.text()))
}

#[track_caller]
fn expect(r: &HttpReply, status: u16, error: &str, message: &str) {
    assert_eq!(r.status, status, "{}", r.text());
    assert_eq!(r.header("content-type"), Some("application/json"));
    assert_eq!(
        body_json(r),
        json!({"error": error, "message": message}),
        "{}",
        r.text()
    );
    assert!(r.body.ends_with(b"\n"));
}

const REQ: &str = "something went wrong with the request";

#[test]
fn create_validation_order_and_errors() {
    let sb = Sandbox::start();
    let p = "/things/configs";
    let (a, tok) = bearer();
    let auth = (a, tok.as_str());
    let post = |headers: &[(&str, &str)], body: &str| sb.http("POST", p, headers, body.as_bytes());
    let good = r#"{"external_id":"e1","external_key":"k1","channels":["c1"]}"#;
    // 415 before everything, even without a token.
    expect(&post(&[], good), 415, "unsupported content type", REQ);
    expect(
        &post(&[("Content-Type", "text/plain")], good),
        415,
        "unsupported content type",
        REQ,
    );
    // Decode errors before the token check.
    expect(&post(&[JSON], ""), 400, "EOF", REQ);
    expect(
        &post(&[JSON], "}"),
        400,
        "invalid character '}' looking for beginning of value",
        REQ,
    );
    expect(
        &post(&[JSON], r#"{"external_id":5}"#),
        400,
        "json: cannot unmarshal number into Go struct field addReq.external_id of type string",
        REQ,
    );
    expect(
        &post(&[JSON], good),
        401,
        "missing or invalid bearer user token",
        REQ,
    );
    expect(
        &post(&[JSON, ("Authorization", "bearer x")], good),
        401,
        "missing or invalid bearer user token",
        REQ,
    );
    expect(&post(&[JSON, auth], "{}"), 400, "missing entity id", REQ);
    expect(
        &post(&[JSON, auth], r#"{"external_id":"e"}"#),
        400,
        "missing or invalid bearer entity key",
        REQ,
    );
    expect(
        &post(&[JSON, auth], r#"{"external_id":"e","external_key":"k"}"#),
        400,
        "empty list provided",
        REQ,
    );
    expect(
        &post(
            &[JSON, auth],
            r#"{"external_id":"e","external_key":"k","channels":[]}"#,
        ),
        400,
        "empty list provided",
        REQ,
    );
    expect(
        &post(
            &[JSON, auth],
            r#"{"external_id":"e","external_key":"k","channels":[""]}"#,
        ),
        400,
        "missing entity id",
        REQ,
    );
    expect(
        &post(&[JSON, ("Authorization", "Bearer wrong")], good),
        401,
        "",
        "failed to perform authentication over the entity",
    );
    // Success: 201, Location, JSON content type, empty body.
    let r = post(
        &[("Content-Type", "application/json; charset=utf-8"), auth],
        &format!("{good} trailing garbage"),
    );
    assert_eq!(r.status, 201);
    assert_eq!(r.header("content-type"), Some("application/json"));
    assert!(r.body.is_empty());
    let loc = r.header("location").unwrap();
    assert!(loc.starts_with("/things/configs/"), "{loc}");
    // Duplicates are 400, as the real server (not 409).
    expect(
        &post(&[JSON, auth], good),
        400,
        "",
        "failed to add bootstrap configuration",
    );
    let dup_ch = r#"{"external_id":"e2","external_key":"k","channels":["a","a"]}"#;
    expect(
        &post(&[JSON, auth], dup_ch),
        400,
        "",
        "failed to add bootstrap configuration",
    );
    // Case-insensitive keys; a given thing id is used.
    let r = post(
        &[JSON, auth],
        r#"{"EXTERNAL_ID":"e3","External_Key":"k","channels":["c"],"thing_id":"my-thing"}"#,
    );
    assert_eq!(r.header("location"), Some("/things/configs/my-thing"));
    // Non-empty names are unique.
    let named = |ext: &str| {
        format!(r#"{{"external_id":"{ext}","external_key":"k","channels":["c"],"name":"same"}}"#)
    };
    assert_eq!(post(&[JSON, auth], &named("n1")).status, 201);
    expect(
        &post(&[JSON, auth], &named("n2")),
        400,
        "",
        "failed to add bootstrap configuration",
    );
}

#[test]
fn list_paging_filters_and_quirks() {
    let sb = Sandbox::start();
    for i in 0..12 {
        sb.seed(
            &format!("ext-{i:02}"),
            "k",
            &format!(r#","name":"Dev_{i:02}""#),
        );
    }
    let (a, tok) = bearer();
    let get = |q: &str| {
        sb.http(
            "GET",
            &format!("/things/configs{q}"),
            &[(a, tok.as_str())],
            b"",
        )
    };
    let page = body_json(&get(""));
    assert_eq!(
        (
            page["total"].as_u64(),
            page["offset"].as_u64(),
            page["limit"].as_u64()
        ),
        (Some(12), Some(0), Some(10))
    );
    let items = page["configs"].as_array().unwrap();
    assert_eq!(items.len(), 10);
    let ids: Vec<&str> = items
        .iter()
        .map(|c| c["thing_id"].as_str().unwrap())
        .collect();
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted, "ordered by thing id");
    let keys: Vec<&String> = items[0].as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        [
            "thing_id",
            "thing_key",
            "external_id",
            "external_key",
            "name",
            "state"
        ]
    );
    assert_eq!(
        body_json(&get("?offset=10&limit=5"))["configs"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    assert_eq!(body_json(&get("?limit=0"))["configs"], json!([]));
    assert_eq!(
        body_json(&get("?limit=100"))["configs"]
            .as_array()
            .unwrap()
            .len(),
        12
    );
    expect(&get("?limit=101"), 400, "invalid limit size", REQ);
    for bad in [
        "?limit=-1",
        "?limit=abc",
        "?limit=",
        "?offset=1&offset=2",
        "?limit=1;offset=2",
        "?name=%zz",
    ] {
        expect(&get(bad), 400, "invalid query parameters", REQ);
    }
    let r = sb.http("GET", "/things/configs", &[], b"");
    expect(&r, 401, "missing or invalid bearer user token", REQ);
    // Filters.
    assert_eq!(body_json(&get("?external_id=ext-03"))["total"], 1);
    assert_eq!(
        body_json(&get("?name=dev_0"))["total"],
        10,
        "case-insensitive substring"
    );
    // `%` is a wildcard (upstream quirk): dev%0 also matches Dev_10.
    assert_eq!(body_json(&get("?name=dev%250"))["total"], 11);
    assert_eq!(body_json(&get("?state=0"))["total"], 12);
    assert_eq!(body_json(&get("?state=1"))["total"], 0);
    // Broken filters give an empty page with zeros (upstream bug B2).
    let empty = json!({"total":0,"offset":0,"limit":0,"configs":[]});
    assert_eq!(body_json(&get("?state=abc")), empty);
    assert_eq!(body_json(&get("?thing_id=x")), empty);
    // The trailing-slash route serves the list too.
    assert_eq!(
        sb.http("GET", "/things/configs/", &[(a, tok.as_str())], b"")
            .status,
        200
    );
}

#[test]
fn view_update_certs_connections_remove_state() {
    let sb = Sandbox::start();
    let id = sb.seed("ext-1", "key-1", r#","name":"one","content":"<a&b>""#);
    let other = sb.seed("ext-2", "key-2", r#","name":"two""#);
    let (a, tok) = bearer();
    let auth = (a, tok.as_str());
    let p = |rest: &str| format!("/things/configs{rest}");
    // View: fields in order, channels with null metadata, HTML escaped.
    let r = sb.http("GET", &p(&format!("/{id}")), &[auth], b"");
    assert_eq!(r.status, 200);
    assert!(
        r.text().contains(r#""content":"\u003ca\u0026b\u003e""#),
        "{}",
        r.text()
    );
    let v = body_json(&r);
    let keys: Vec<&String> = v.as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        [
            "thing_id",
            "thing_key",
            "channels",
            "external_id",
            "external_key",
            "content",
            "name",
            "state"
        ]
    );
    // A set: the order is the service's channels table's, not the request's.
    let mut chs = v["channels"].as_array().unwrap().clone();
    chs.sort_by_key(|c| c["id"].as_str().unwrap().to_string());
    assert_eq!(
        chs,
        [
            json!({"id":"ch-1","metadata":null}),
            json!({"id":"ch-2","metadata":null})
        ]
    );
    expect(
        &sb.http("GET", &p("/never-a-thing"), &[auth], b""),
        403,
        "",
        "failed to perform authorization over the entity",
    );
    expect(
        &sb.http("GET", &p(&format!("/{id}")), &[], b""),
        401,
        "missing or invalid bearer user token",
        REQ,
    );
    // Update: full replace of name and content.
    let put = |path: &str, body: &str| sb.http("PUT", path, &[auth, JSON], body.as_bytes());
    let r = put(&p(&format!("/{id}")), r#"{"name":"uno"}"#);
    assert_eq!((r.status, r.body.len()), (200, 0));
    let v = body_json(&sb.http("GET", &p(&format!("/{id}")), &[auth], b""));
    assert_eq!(v["name"], "uno");
    assert!(
        v.get("content").is_none(),
        "content cleared by the full replace"
    );
    expect(
        &put(&p(&format!("/{id}")), r#"{"name":"two"}"#),
        422,
        "",
        "failed to update connections",
    );
    expect(
        &sb.http("PUT", &p(&format!("/{id}")), &[auth], b"{}"),
        415,
        "unsupported content type",
        REQ,
    );
    // Certs: full replace, response order thing_id, client_cert, ca_cert, client_key.
    let r = sb.http(
        "PATCH",
        &p(&format!("/certs/{id}")),
        &[auth, JSON],
        br#"{"ca_cert":"CA","client_key":"KEY","client_cert":"CRT"}"#,
    );
    assert_eq!(r.status, 200);
    assert_eq!(
        r.text(),
        format!(
            "{{\"thing_id\":\"{id}\",\"client_cert\":\"CRT\",\"ca_cert\":\"CA\",\"client_key\":\"KEY\"}}\n"
        )
    );
    let r = sb.http(
        "PATCH",
        &p(&format!("/certs/{id}")),
        &[auth, JSON],
        br#"{"client_cert":"CRT2"}"#,
    );
    assert_eq!(
        body_json(&r),
        json!({"thing_id": id, "client_cert": "CRT2"})
    );
    // Connections: replace; duplicates 422; empty list keeps the stored ones (B8).
    assert_eq!(
        put(
            &p(&format!("/connections/{id}")),
            r#"{"channels":["x","y","z"]}"#
        )
        .status,
        200
    );
    expect(
        &put(
            &p(&format!("/connections/{id}")),
            r#"{"channels":["x","x"]}"#,
        ),
        422,
        "",
        "failed to update connections",
    );
    assert_eq!(
        put(&p(&format!("/connections/{id}")), r#"{"channels":[]}"#).status,
        200
    );
    let v = body_json(&sb.http("GET", &p(&format!("/{id}")), &[auth], b""));
    assert_eq!(v["channels"].as_array().unwrap().len(), 3);
    // State: 0/1 only, no-op when unchanged, 404 for a missing config.
    let st = |tid: &str, body: &str| {
        sb.http(
            "PUT",
            &format!("/things/state/{tid}"),
            &[auth, JSON],
            body.as_bytes(),
        )
    };
    assert_eq!(st(&id, r#"{"state":1}"#).status, 200);
    assert_eq!(st(&id, r#"{"state":1}"#).status, 200);
    expect(
        &st(&id, r#"{"state":2}"#),
        400,
        "invalid bootstrap state",
        REQ,
    );
    expect(
        &st(&id, r#"{"state":"1"}"#),
        400,
        "json: cannot unmarshal string into Go struct field changeStateReq.state of type bootstrap.State",
        REQ,
    );
    expect(
        &st("nope", r#"{"state":1}"#),
        404,
        "",
        "failed to change state of bootstrap configuration",
    );
    assert_eq!(
        body_json(&sb.http("GET", &p(&format!("/{id}")), &[auth], b""))["state"],
        1
    );
    // Remove: 204, also for a known thing with no config; the thing remains.
    let r = sb.http("DELETE", &p(&format!("/{other}")), &[auth], b"");
    assert_eq!((r.status, r.body.len()), (204, 0));
    assert_eq!(
        sb.http("DELETE", &p(&format!("/{other}")), &[auth], b"")
            .status,
        204
    );
    expect(
        &sb.http("GET", &p(&format!("/{other}")), &[auth], b""),
        400,
        "",
        "view entity failed",
    );
    expect(
        &put(&p(&format!("/{other}")), "{}"),
        404,
        "",
        "failed to update connections",
    );
    let r = sb.http(
        "PATCH",
        &p(&format!("/certs/{other}")),
        &[auth, JSON],
        b"{}",
    );
    expect(&r, 404, "", "failed to update cert");
    expect(
        &sb.http("DELETE", &p("/never-a-thing"), &[auth], b""),
        403,
        "",
        "failed to perform authorization over the entity",
    );
}

#[test]
fn bootstrap_plain_and_secure() {
    let sb = Sandbox::start();
    let id = sb.seed(
        "dev-7",
        "ext-key-7",
        r#","content":"cfg","client_cert":"C","client_key":"K","ca_cert":"A""#,
    );
    let dev = |path: &str, auth: Option<&str>| match auth {
        Some(v) => sb.http("GET", path, &[("Authorization", v)], b""),
        None => sb.http("GET", path, &[], b""),
    };
    expect(
        &dev("/things/bootstrap/dev-7", None),
        400,
        "missing or invalid bearer entity key",
        REQ,
    );
    expect(
        &dev("/things/bootstrap/dev-7", Some("Thing ")),
        400,
        "missing or invalid bearer entity key",
        REQ,
    );
    expect(
        &dev("/things/bootstrap/dev-7", Some("thing ext-key-7")),
        400,
        "missing or invalid bearer entity key",
        REQ,
    );
    expect(
        &dev("/things/bootstrap", Some("Thing k")),
        400,
        "missing entity id",
        REQ,
    );
    expect(
        &dev("/things/bootstrap/", Some("Thing k")),
        400,
        "missing entity id",
        REQ,
    );
    expect(
        &dev("/things/bootstrap/nope", Some("Thing k")),
        404,
        "",
        "failed to read bootstrap configuration",
    );
    expect(
        &dev("/things/bootstrap/dev-7", Some("Thing wrong")),
        403,
        "",
        "failed to get bootstrap configuration for given external key",
    );
    let r = dev("/things/bootstrap/dev-7", Some("Thing ext-key-7"));
    assert_eq!(r.status, 200);
    let doc = body_json(&r);
    let keys: Vec<&String> = doc.as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        [
            "thing_id",
            "thing_key",
            "channels",
            "content",
            "client_cert",
            "client_key",
            "ca_cert"
        ]
    );
    assert_eq!(doc["thing_id"], id);
    // Secure.
    let key = CRYPTO_KEY.as_bytes();
    expect(
        &dev("/things/bootstrap/secure/nope", Some("Thing 00")),
        404,
        "",
        "failed to read bootstrap configuration",
    );
    let enc_msg = "failed to get bootstrap configuration for given encrypted external key";
    expect(
        &dev("/things/bootstrap/secure/dev-7", Some("Thing ext-key-7")),
        403,
        "",
        enc_msg,
    );
    expect(
        &dev("/things/bootstrap/secure/dev-7", Some("Thing abc")),
        403,
        "",
        enc_msg,
    );
    let plain_msg = "failed to get bootstrap configuration for given external key";
    expect(
        &dev("/things/bootstrap/secure/dev-7", Some("Thing 00112233")),
        403,
        "",
        plain_msg,
    );
    let wrong = crypto::encrypt_to_hex(b"0123456789abcdef", b"ext-key-7").unwrap();
    expect(
        &dev(
            "/things/bootstrap/secure/dev-7",
            Some(&format!("Thing {wrong}")),
        ),
        403,
        "",
        plain_msg,
    );
    let token = crypto::encrypt_to_hex(key, b"ext-key-7")
        .unwrap()
        .to_uppercase();
    let r = dev(
        "/things/bootstrap/secure/dev-7",
        Some(&format!("Thing {token}")),
    );
    assert_eq!(r.status, 200);
    assert_eq!(r.header("content-type"), Some("application/octet-stream"));
    let opened = crypto::open(key, &r.body).unwrap();
    assert!(!opened.ends_with(b"\n"), "plain marshal, no newline");
    assert_eq!(serde_json::from_slice::<Value>(&opened).unwrap(), doc);
    // `/things/bootstrap/secure/` has an empty id: unrouted.
    let r = dev("/things/bootstrap/secure/", Some("Thing 00"));
    assert_eq!((r.status, r.text().as_str()), (404, "404 page not found\n"));
}

#[test]
fn routing_health_and_methods() {
    let sb = Sandbox::start();
    let r = sb.http("GET", "/nowhere", &[], b"");
    assert_eq!(r.status, 404);
    assert_eq!(r.header("content-type"), Some("text/plain; charset=utf-8"));
    assert_eq!(r.text(), "404 page not found\n");
    let r = sb.http("PATCH", "/things/configs", &[], b"");
    assert_eq!(r.status, 405);
    // One `Allow` line per method, in no particular order, as chi sends them.
    let mut allow = r.all_headers("allow");
    allow.sort_unstable();
    assert_eq!(allow, ["GET", "POST"]);
    assert!(r.body.is_empty());
    // A method chi does not know: 405 before routing, with no `Allow`.
    let r = sb.http("FOO", "/nowhere", &[], b"");
    assert_eq!(r.status, 405);
    assert!(r.all_headers("allow").is_empty());
    assert_eq!(sb.http("POST", "/health", &[], b"").status, 405);
    let r = sb.http("GET", "/health", &[], b"");
    assert_eq!(r.status, 200);
    assert_eq!(r.header("content-type"), Some("application/health+json"));
    let v = body_json(&r);
    for k in [
        "status",
        "version",
        "commit",
        "description",
        "build_time",
        "instance_id",
    ] {
        assert!(v.get(k).is_some(), "health lacks {k}");
    }
    assert_eq!(v["status"], "pass");
    assert_eq!(v["description"], "bootstrap service");
}

#[test]
fn domain_generation_specifics() {
    let sb = Sandbox::start_with("domain", &[]);
    let p = format!("/{}/things/configs", sb.domain);
    let good = br#"{"external_id":"e1","external_key":"k1","channels":["c1"]}"#;
    // The token is checked in middleware, before the content type and body.
    expect(
        &sb.http("POST", &p, &[], good),
        401,
        "",
        "missing or invalid bearer user token",
    );
    expect(
        &sb.http("POST", &p, &[("Authorization", "Bearer nope")], b"junk"),
        401,
        "",
        "failed to perform authentication over the entity",
    );
    let (a, tok) = bearer();
    expect(
        &sb.http("POST", &p, &[(a, tok.as_str())], good),
        415,
        "unsupported content type",
        REQ,
    );
    // The path's domain is ignored (the token's is used); Location has no domain.
    let r = sb.http(
        "POST",
        "/another-domain/things/configs",
        &[(a, tok.as_str()), JSON],
        good,
    );
    assert_eq!(r.status, 201);
    assert!(
        r.header("location")
            .unwrap()
            .starts_with("/things/configs/")
    );
    // Device paths are unchanged; v1 management paths are not served.
    assert_eq!(
        sb.http(
            "GET",
            "/things/bootstrap/e1",
            &[("Authorization", "Thing k1")],
            b""
        )
        .status,
        200
    );
    let r = sb.http("GET", "/things/configs", &[(a, tok.as_str())], b"");
    assert_eq!((r.status, r.text().as_str()), (404, "404 page not found\n"));
}

#[test]
fn clients_generation_specifics() {
    let sb = Sandbox::start_with("clients", &[]);
    let (a, tok) = bearer();
    let auth = (a, tok.as_str());
    let p = format!("/{}/clients/configs", sb.domain);
    let body = br#"{"external_id":"e1","external_key":"k1","channels":["c1"],"client_id":"cid","client_cert":"CRT","client_key":"KEY","ca_cert":"CA"}"#;
    let r = sb.http("POST", &p, &[auth, JSON], body);
    assert_eq!(r.status, 201);
    assert_eq!(r.header("location"), Some("/clients/configs/cid"));
    // The path's domain is authoritative.
    let r = sb.http("GET", "/other-domain/clients/configs/cid", &[auth], b"");
    expect(
        &r,
        403,
        "",
        "failed to perform authorization over the domain",
    );
    let v = body_json(&sb.http("GET", &format!("{p}/cid"), &[auth], b""));
    let keys: Vec<&String> = v.as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        [
            "client_id",
            "client_secret",
            "channels",
            "external_id",
            "external_key",
            "state"
        ]
    );
    let r = sb.http(
        "PATCH",
        &format!("{p}/certs/cid"),
        &[auth, JSON],
        br#"{"client_cert":"A","client_key":"B","ca_cert":"C"}"#,
    );
    assert_eq!(
        r.text(),
        "{\"client_id\":\"cid\",\"ca_cert\":\"C\",\"client_cert\":\"A\",\"client_key\":\"B\"}\n"
    );
    let r = sb.http(
        "PUT",
        &format!("/{}/clients/state/cid", sb.domain),
        &[auth, JSON],
        br#"{"state":1}"#,
    );
    assert_eq!(r.status, 200);
    // Device side: /clients/bootstrap with the `Client ` header.
    expect(
        &sb.http(
            "GET",
            "/clients/bootstrap/e1",
            &[("Authorization", "Thing k1")],
            b"",
        ),
        400,
        "missing or invalid bearer entity key",
        REQ,
    );
    let r = sb.http(
        "GET",
        "/clients/bootstrap/e1",
        &[("Authorization", "Client k1")],
        b"",
    );
    let doc = body_json(&r);
    let keys: Vec<&String> = doc.as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        [
            "client_id",
            "client_secret",
            "channels",
            "client_cert",
            "client_key",
            "ca_cert"
        ]
    );
    let token = crypto::encrypt_to_hex(CRYPTO_KEY.as_bytes(), b"k1").unwrap();
    let r = sb.http(
        "GET",
        "/clients/bootstrap/secure/e1",
        &[("Authorization", &format!("Client {token}"))],
        b"",
    );
    assert_eq!(
        serde_json::from_slice::<Value>(&crypto::open(CRYPTO_KEY.as_bytes(), &r.body).unwrap())
            .unwrap(),
        doc
    );
    assert_eq!(
        sb.http(
            "GET",
            "/things/bootstrap/e1",
            &[("Authorization", "Thing k1")],
            b""
        )
        .status,
        404
    );
}

/// `--token T:DOMAIN`: a user of several domains, and a channel id that one
/// domain's configs use is refused in another until they let it go (§13.3).
#[test]
fn users_of_several_domains_and_channel_ownership() {
    let sb = Sandbox::start_with(
        "clients",
        &[
            "--token",
            "multi:dom-a",
            "--token",
            "multi:dom-b",
            "--token",
            "solo:dom-b",
        ],
    );
    let post = |tok: &str, dom: &str, body: &str| {
        sb.http(
            "POST",
            &format!("/{dom}/clients/configs"),
            &[("Authorization", &format!("Bearer {tok}")), JSON],
            body.as_bytes(),
        )
    };
    let r = post(
        "multi",
        "dom-a",
        r#"{"external_id":"e-a","external_key":"k","channels":["shared"],"client_id":"ca"}"#,
    );
    assert_eq!(r.status, 201, "{}", r.text());
    // The channel is dom-a's while e-a uses it.
    expect(
        &post(
            "multi",
            "dom-b",
            r#"{"external_id":"e-b","external_key":"k","channels":["shared"]}"#,
        ),
        400,
        "",
        "failed to add bootstrap configuration",
    );
    let r = post(
        "solo",
        "dom-b",
        r#"{"external_id":"e-b","external_key":"k","channels":["own"],"client_id":"cb"}"#,
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let conn = |ch: &str| {
        sb.http(
            "PUT",
            "/dom-b/clients/configs/connections/cb",
            &[("Authorization", "Bearer solo"), JSON],
            format!(r#"{{"channels":["{ch}"]}}"#).as_bytes(),
        )
    };
    expect(&conn("shared"), 422, "", "failed to update connections");
    // A domain the token is not a member of.
    expect(
        &post(
            "solo",
            "dom-a",
            r#"{"external_id":"e-x","external_key":"k","channels":["x"]}"#,
        ),
        403,
        "",
        "failed to perform authorization over the domain",
    );
    let r = sb.http(
        "GET",
        "/dom-a/clients/configs?offset=2&limit=7",
        &[("Authorization", "Bearer solo")],
        b"",
    );
    assert_eq!(
        body_json(&r),
        json!({"total":0,"offset":2,"limit":7,"configs":[]})
    );
    // Once dom-a lets the channel go, dom-b may use it.
    let r = sb.http(
        "DELETE",
        "/dom-a/clients/configs/ca",
        &[("Authorization", "Bearer multi")],
        b"",
    );
    assert_eq!(r.status, 204);
    assert_eq!(conn("shared").status, 200);
    // The multi-domain user sees each domain's configs under its path.
    let list = |dom: &str| {
        body_json(&sb.http(
            "GET",
            &format!("/{dom}/clients/configs"),
            &[("Authorization", "Bearer multi")],
            b"",
        ))["total"]
            .clone()
    };
    assert_eq!((list("dom-a"), list("dom-b")), (json!(0), json!(1)));
}
