//! Overhead of the generated client over bare reqwest + serde_json:
//! `cargo bench -p workspace-tests --bench client_overhead`.
//!
//! 1. Sequential `GET /customers/c1` requests against an in-process axum server on
//!    127.0.0.1 (HTTP/1.1 keep-alive, a fixed realistic `Customer` body) running on the
//!    client's own single-threaded Tokio runtime, through
//!    `client.customers().get_customer("c1").send()` (default retry policy, and
//!    `RetryPolicy::none()`) and through bare reqwest with the same settings (same
//!    `reqwest::Client` configuration, same headers, same per-request timeout, body decoded
//!    into the same model with `serde_json::from_slice`). The variants run interleaved in
//!    rounds, so that a change of machine load hits all of them alike.
//! 2. Decoding a 10,000-customer `CustomerPaginatedResponse`: into `serde_json::Value`, and
//!    into the model with `serde_json::from_slice`, which is the runtime's decode path
//!    (`RawResponse::json` of `src/runtime/response.rs`; the JSON path of an error is worked
//!    out only on failure); then the same page fetched end to end through the client and
//!    through bare reqwest.
//!
//! Figures, not assertions: nothing here fails on a time. The load average is printed with
//! the figures, which mean little on a busy machine. Environment: `BENCH_N` (requests per
//! variant, default 2000), `BENCH_ROUNDS` (default 20), `BENCH_DECODE_RUNS` (default 15).

use std::hint::black_box;
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::Response;
use axum::Router;
use serde_json::{json, Value};
use togai_client::models::{Customer, CustomerPaginatedResponse};
use togai_client::{Client, RetryPolicy};

const TOKEN: &str = "bench-token-0123456789abcdef";
/// The generated client's default per-attempt timeout, applied to bare reqwest too.
const TIMEOUT: Duration = Duration::from_secs(30);
const PAGE_ITEMS: usize = 10_000;

/// A named way to decode a page; returns the item count.
type Decoder = (&'static str, fn(&[u8]) -> usize);

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn load() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "?".into())
}

/// A customer as the Togai API sends it: every required field, a full address, timestamps
/// with and without offset (both occur in the API's examples).
fn customer_json(i: usize) -> Value {
    json!({
        "id": format!("c{i}"),
        "togaiCustomerId": format!("cus.2a8Ygl6KdJk.{i:06}"),
        "name": format!("Acme Corporation {i}"),
        "primaryEmail": format!("billing+{i}@acme.example.com"),
        "billingAddress": "1 Infinite Loop, Cupertino, CA 95014, US",
        "address": {
            "phoneNumber": "+1-408-555-0100",
            "line1": "1 Infinite Loop",
            "line2": "Building 4, Suite 200",
            "postalCode": "95014",
            "city": "Cupertino",
            "state": "California",
            "country": "US"
        },
        "status": if i.is_multiple_of(10) { "ARCHIVED" } else { "ACTIVE" },
        "createdAt": "2023-03-30T10:41:10.088499",
        "updatedAt": "2024-01-15T09:30:00.123Z"
    })
}

fn page_json() -> Vec<u8> {
    let data: Vec<Value> = (0..PAGE_ITEMS).map(customer_json).collect();
    serde_json::to_vec(&json!({
        "data": data,
        "nextToken": "eyJsYXN0SWQiOiJjOTk5OSIsInBhZ2VTaXplIjoxMDAwMH0=",
        "context": { "pageSize": PAGE_ITEMS, "sortOrder": "ASC" }
    }))
    .unwrap()
}

/// Starts the server as a task of `rt`, the client's single-threaded runtime, and returns
/// `http://127.0.0.1:<port>`. Client and server then take turns on one thread: no thread
/// wake-ups are measured (on an idle virtual machine they cost more than the request itself
/// and vary wildly), only the work of both ends and of the loopback. `/customers/<id>`
/// answers the customer, `/customers` the big page, both fixed bytes.
fn start_server(rt: &tokio::runtime::Runtime, customer: Vec<u8>, page: Vec<u8>) -> String {
    rt.block_on(async move {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let customer = bytes_of(customer);
        let page = bytes_of(page);
        let app = Router::new().fallback(move |request: axum::extract::Request| {
            let body = if request.uri().path() == "/customers" {
                page.clone()
            } else {
                customer.clone()
            };
            async move {
                let mut response = Response::new(Body::from(body));
                *response.status_mut() = StatusCode::OK;
                response.headers_mut().insert(
                    header::CONTENT_TYPE,
                    HeaderValue::from_static("application/json"),
                );
                response
            }
        });
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        url
    })
}

fn bytes_of(v: Vec<u8>) -> axum::body::Bytes {
    axum::body::Bytes::from(v)
}

/// Bare reqwest configured as the generated client configures its own: redirects off, the
/// client's default headers (`User-Agent`, `Authorization`) on every request, the 30 s
/// per-request timeout.
struct Bare {
    http: reqwest::Client,
    base: String,
    headers: HeaderMap,
}

impl Bare {
    fn new(base: &str) -> Self {
        let http = togai_client::http_client_builder().build().unwrap();
        let mut headers = HeaderMap::new();
        headers.insert(
            header::USER_AGENT,
            HeaderValue::from_static(concat!("togai-client/", "0.1.0")),
        );
        let mut auth = HeaderValue::from_str(&format!("Bearer {TOKEN}")).unwrap();
        auth.set_sensitive(true);
        headers.insert(header::AUTHORIZATION, auth);
        Bare {
            http,
            base: base.to_owned(),
            headers,
        }
    }

    async fn get<T: serde::de::DeserializeOwned>(&self, path: &str) -> T {
        let response = self
            .http
            .get(format!("{}{}", self.base, path))
            .headers(self.headers.clone())
            .timeout(TIMEOUT)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status().as_u16(), 200);
        let body = response.bytes().await.unwrap();
        serde_json::from_slice(&body).unwrap()
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Variant {
    Bare,
    Client,
    ClientNoRetry,
}

impl Variant {
    const ALL: [Variant; 3] = [Variant::Bare, Variant::Client, Variant::ClientNoRetry];
    fn name(self) -> &'static str {
        match self {
            Variant::Bare => "bare reqwest + serde_json",
            Variant::Client => "togai-client, default retry policy",
            Variant::ClientNoRetry => "togai-client, RetryPolicy::none()",
        }
    }
}

fn stats(samples: &mut [f64]) -> (f64, f64, f64) {
    samples.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let mean = samples.iter().sum::<f64>() / samples.len() as f64;
    let n = samples.len();
    let median = if n % 2 == 1 {
        samples[n / 2]
    } else {
        (samples[n / 2 - 1] + samples[n / 2]) / 2.0
    };
    (mean, median, samples[0])
}

fn main() {
    let n = env_usize("BENCH_N", 2000);
    let rounds = env_usize("BENCH_ROUNDS", 20).max(1);
    let decode_runs = env_usize("BENCH_DECODE_RUNS", 15).max(1);
    let customer = serde_json::to_vec(&customer_json(1)).unwrap();
    let page = page_json();
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let base = start_server(&rt, customer.clone(), page.clone());

    let client = Client::builder()
        .base_url(&base)
        .bearer_token(TOKEN)
        .build()
        .unwrap();
    let no_retry = Client::builder()
        .base_url(&base)
        .bearer_token(TOKEN)
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let bare = Bare::new(&base);

    println!(
        "client overhead (release build, {} cores; client and server on one current-thread runtime)",
        cores()
    );
    println!("load before: {}", load());

    // Same model from both paths.
    rt.block_on(async {
        let a = client.customers().get_customer("c1").send().await.unwrap();
        let b: Customer = bare.get("/customers/c1").await;
        assert_eq!(a, b);
    });

    // 1. sequential requests
    let per_round = n.div_ceil(rounds);
    let mut samples: Vec<Vec<f64>> = vec![Vec::with_capacity(n); Variant::ALL.len()];
    // median of each round, per variant: their ratios to bare's in the same round follow
    // load changes less than the overall figures
    let mut round_medians: Vec<Vec<f64>> = vec![Vec::with_capacity(rounds); Variant::ALL.len()];
    rt.block_on(async {
        // warm-up: connections open, allocator and caches warm
        for _ in 0..200 {
            for v in Variant::ALL {
                one(v, &client, &no_retry, &bare).await;
            }
        }
        for round in 0..rounds {
            // alternate the order so that no variant always runs first
            let mut order = Variant::ALL;
            if round % 2 == 1 {
                order.reverse();
            }
            for v in order {
                let i = v as usize;
                let mut round = Vec::with_capacity(per_round);
                for _ in 0..per_round {
                    let t = Instant::now();
                    one(v, &client, &no_retry, &bare).await;
                    round.push(t.elapsed().as_secs_f64() * 1e6);
                }
                samples[i].extend_from_slice(&round);
                round_medians[i].push(stats(&mut round).1);
            }
        }
    });
    let load_after_requests = load();
    println!(
        "\n## {} sequential `GET /customers/c1` per variant ({} bytes of JSON each), {rounds} interleaved rounds after 200 warm-up requests each\n",
        per_round * rounds,
        customer.len()
    );
    println!(
        "| variant | mean µs | median µs | min µs | mean vs bare | median vs bare | median of per-round median ratios |"
    );
    println!("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    let bare_stats = stats(&mut samples[0].clone());
    for v in Variant::ALL {
        let i = v as usize;
        let (mean, median, min) = stats(&mut samples[i]);
        let mut ratios: Vec<f64> = (round_medians[i].iter())
            .zip(&round_medians[0])
            .map(|(m, bare)| m / bare)
            .collect();
        println!(
            "| {} | {mean:.1} | {median:.1} | {min:.1} | {:.3} | {:.3} | {:.3} |",
            v.name(),
            mean / bare_stats.0,
            median / bare_stats.1,
            stats(&mut ratios).1
        );
    }
    println!("\nload after: {load_after_requests}");

    // 2. decoding a big page
    println!(
        "\n## decoding a {PAGE_ITEMS}-customer `CustomerPaginatedResponse` ({:.2} MB), median (min) of {decode_runs} interleaved runs after one warm-up\n",
        page.len() as f64 / 1e6
    );
    println!("load before: {}\n", load());
    let decoders: [Decoder; 2] = [
        ("serde_json::from_slice::<serde_json::Value>", |b| {
            let v: Value = serde_json::from_slice(b).unwrap();
            v["data"].as_array().unwrap().len()
        }),
        (
            "serde_json::from_slice::<CustomerPaginatedResponse> (the runtime's path)",
            |b| {
                let v: CustomerPaginatedResponse = serde_json::from_slice(b).unwrap();
                v.data.unwrap().len()
            },
        ),
    ];
    let mut decode_samples = vec![Vec::new(); decoders.len()];
    for run in 0..=decode_runs {
        for (i, (_, decode)) in decoders.iter().enumerate() {
            let t = Instant::now();
            let items = black_box(decode(black_box(&page)));
            let ms = t.elapsed().as_secs_f64() * 1e3;
            assert_eq!(items, PAGE_ITEMS);
            if run > 0 {
                decode_samples[i].push(ms);
            }
        }
    }
    let decode_stats: Vec<_> = decode_samples.iter_mut().map(|s| stats(s)).collect();
    println!("| decode into | median ms | min ms | vs Value | vs from_slice into the model |");
    println!("| --- | ---: | ---: | ---: | ---: |");
    for ((name, _), (_, median, min)) in decoders.iter().zip(&decode_stats) {
        println!(
            "| {name} | {median:.2} | {min:.2} | {:.3} | {:.3} |",
            median / decode_stats[0].1,
            median / decode_stats[1].1
        );
    }

    // the same page end to end over HTTP
    let mut e2e: [Vec<f64>; 2] = [Vec::new(), Vec::new()];
    rt.block_on(async {
        for run in 0..=decode_runs {
            let t = Instant::now();
            let page: CustomerPaginatedResponse = bare.get("/customers").await;
            let bare_ms = t.elapsed().as_secs_f64() * 1e3;
            assert_eq!(page.data.map(|d| d.len()), Some(PAGE_ITEMS));
            let t = Instant::now();
            let page = client.customers().get_customers().send().await.unwrap();
            let client_ms = t.elapsed().as_secs_f64() * 1e3;
            assert_eq!(page.data.map(|d| d.len()), Some(PAGE_ITEMS));
            if run > 0 {
                e2e[0].push(bare_ms);
                e2e[1].push(client_ms);
            }
        }
    });
    let e2e_bare = stats(&mut e2e[0]);
    let e2e_client = stats(&mut e2e[1]);
    println!("\n| `GET /customers` (the same page over HTTP) | median ms | min ms | vs bare |");
    println!("| --- | ---: | ---: | ---: |");
    println!(
        "| bare reqwest + serde_json | {:.2} | {:.2} | 1.000 |",
        e2e_bare.1, e2e_bare.2
    );
    println!(
        "| togai-client `get_customers().send()` | {:.2} | {:.2} | {:.3} |",
        e2e_client.1,
        e2e_client.2,
        e2e_client.1 / e2e_bare.1
    );
    println!("\nload after: {}", load());
}

async fn one(v: Variant, client: &Client, no_retry: &Client, bare: &Bare) {
    let customer: Customer = match v {
        Variant::Bare => bare.get("/customers/c1").await,
        Variant::Client => client.customers().get_customer("c1").send().await.unwrap(),
        Variant::ClientNoRetry => no_retry
            .customers()
            .get_customer("c1")
            .send()
            .await
            .unwrap(),
    };
    black_box(customer);
}

fn cores() -> usize {
    std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
}
